// Every problem of MODEL.md 2.5 of one document (phase.ts keeps them from
// version to version).
import type { EngineContext } from '../context';
import { shadowedRules } from '../shadowing';
import type { Problem } from '../types';
import { ProblemPhase } from './phase';

/** The problems; `shadowed` when the caller already knows the shadowed-rule ones (shadowing.ts keeps them). */
export function findProblems(
  ctx: EngineContext,
  shadowed: readonly Problem[] = shadowedRules(ctx),
): Problem[] {
  return new ProblemPhase().update(ctx, null, shadowed);
}
