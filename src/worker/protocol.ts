// The one typed protocol between the app and the evaluator: plain data only,
// so it crosses postMessage unchanged and works the same in-thread.
import type { Evaluation, FlowResult } from '../engine/types';
import type { Design, Flow } from '../model/types';
import type { PatchOp } from './docPatch';

export type ToEvaluator =
  /** Replaces the evaluator's copy of the document (start, restart, open, undo of a big change). */
  | { type: 'load'; seq: number; doc: Design }
  /** An edit: patches to the evaluator's copy; it answers with a result for the newest state. */
  | { type: 'patch'; seq: number; ops: PatchOp[] }
  /** An ad-hoc flow that is not saved in the document ("Test from here"). */
  | { type: 'probe'; seq: number; flow: Flow }
  /** Diagnostics: makes the worker throw, so the restart path can be exercised. */
  | { type: 'crash' };

export type FromEvaluator =
  | { type: 'result'; seq: number; evaluation: Evaluation; ms: number }
  | { type: 'probe-result'; seq: number; result: FlowResult }
  | { type: 'failed'; seq: number; message: string };
