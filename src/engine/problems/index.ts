// Every problem of MODEL.md 2.5, in a stable order: attachment, uplinks and
// the physical network, MTU, addresses, security, firewall rules, power.
import type { EngineContext } from '../context';
import { shadowedRules } from '../shadowing';
import type { Problem } from '../types';
import { addressProblems } from './addresses';
import { attachmentProblems } from './attachment';
import { poweredOffProblems, promiscuousProblems } from './misc';
import { mtuProblems } from './mtu';
import { uplinkProblems } from './uplinks';

/** The problems; `shadowed` when the caller already knows the shadowed-rule ones (shadowing.ts keeps them). */
export function findProblems(
  ctx: EngineContext,
  shadowed: readonly Problem[] = shadowedRules(ctx),
): Problem[] {
  return [
    ...attachmentProblems(ctx),
    ...uplinkProblems(ctx),
    ...mtuProblems(ctx),
    ...addressProblems(ctx),
    ...promiscuousProblems(ctx),
    ...shadowed,
    ...poweredOffProblems(ctx),
  ];
}
