// The evaluator of MODEL.md section 2: a pure function of the document (its
// `layout` aside) that returns problems, flow results and link statuses. It
// runs unchanged in the worker, in Node and in tests. createEvaluator keeps
// one document's evaluation up to date as it is edited (evaluator.ts); a
// fresh evaluate() gives the same result from nothing.
import type { Design, Flow } from '../model/types';
import { buildContext } from './context';
import { EvaluationSession } from './evaluator';
import { flowResult } from './flows';
import type { Evaluation, FlowResult } from './types';

export type * from './types';

/** One document prepared for evaluation. */
export interface Evaluator {
  evaluate(): Evaluation;
  /** An ad-hoc flow that need not be in the document ("Test from here"). */
  flow(flow: Flow): FlowResult;
}

/** An evaluator that follows a document through its edits. */
export interface IncrementalEvaluator extends Evaluator {
  /**
   * The evaluation of the document's next version. Unchanged parts must be
   * the same objects as in the previous version (the store's commands and
   * the worker's patches keep them): that is how changes are found.
   */
  apply(doc: Design): Evaluation;
}

export function createEvaluator(doc: Design): IncrementalEvaluator {
  const session = new EvaluationSession();
  let current = session.evaluate(doc);
  return {
    evaluate: () => current,
    apply: (next) => (current = session.evaluate(next)),
    flow: (flow) => session.flow(flow),
  };
}

export function evaluate(doc: Design): Evaluation {
  return new EvaluationSession().evaluate(doc);
}

export function evaluateFlow(doc: Design, flow: Flow): FlowResult {
  return flowResult(buildContext(doc), flow);
}
