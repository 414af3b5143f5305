// The evaluator of MODEL.md section 2: a pure function of the document (its
// `layout` aside) that returns problems, flow results and link statuses. It
// runs unchanged in the worker, in Node and in tests.
import type { Design, Flow } from '../model/types';
import { buildContext, type EngineContext } from './context';
import { flowResult } from './flows';
import { linkStatuses } from './linkStatus';
import { findProblems } from './problems/index';
import type { Evaluation, FlowResult } from './types';

export type * from './types';

/** One document prepared for evaluation: its domains and addresses are computed once. */
export interface Evaluator {
  evaluate(): Evaluation;
  /** An ad-hoc flow that need not be in the document ("Test from here"). */
  flow(flow: Flow): FlowResult;
}

function evaluateContext(ctx: EngineContext): Evaluation {
  const problems = findProblems(ctx);
  const flows = (ctx.net.doc.flows ?? []).map((f) => flowResult(ctx, f));
  const links = linkStatuses(ctx, flows, problems);
  const ok = flows.every((f) => f.pass) && !problems.some((p) => p.severity === 'error');
  return { valid: true, ok, flows, problems, links };
}

export function prepare(doc: Design): Evaluator {
  const ctx = buildContext(doc);
  return { evaluate: () => evaluateContext(ctx), flow: (flow) => flowResult(ctx, flow) };
}

export function evaluate(doc: Design): Evaluation {
  return prepare(doc).evaluate();
}

export function evaluateFlow(doc: Design, flow: Flow): FlowResult {
  return prepare(doc).flow(flow);
}
