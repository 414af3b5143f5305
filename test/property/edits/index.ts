// Random edits made the way the editor makes them: the real commands of
// src/model/commands (inspector edits, what-if toggles, canvas connections,
// deletes, renames, rule tables, flows, layout moves), each with a target and
// a value drawn from the current document. A command may refuse, as it would
// in the editor.
import type { Design } from '../../../src/model/types';
import type { Rand } from '../../arbitraries/random';
import { NETWORK_EDITS } from './network';
import type { PlannedEdit, Planner } from './planning';
import { POLICY_EDITS } from './policy';
import { WORKLOAD_EDITS } from './workloads';

export type { PlannedEdit } from './planning';

const PLANNERS: Record<string, Planner> = { ...WORKLOAD_EDITS, ...NETWORK_EDITS, ...POLICY_EDITS };

export const EDIT_KINDS = Object.keys(PLANNERS);

/** An edit of this kind planned on `doc`, or null when the document has nothing it could edit. */
export function planEdit(kind: string, doc: Design, r: Rand): PlannedEdit | null {
  const planner = PLANNERS[kind];
  if (!planner) throw new Error(`no edit "${kind}"`);
  return planner(doc, r);
}
