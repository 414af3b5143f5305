// Reading an evaluation in tests: one flow by id, the problems of one code.
import type { Design, Flow } from '../../model/types';
import { evaluate, evaluateFlow } from '../index';
import type { Evaluation, FlowResult, Problem, ProblemCode } from '../types';

export function flowOf(result: Evaluation, id: string): FlowResult {
  const flow = result.flows.find((f) => f.id === id);
  if (!flow) throw new Error(`no flow ${id} in the result`);
  return flow;
}

export function problemsOf(result: Evaluation, code: ProblemCode): Problem[] {
  return result.problems.filter((p) => p.code === code);
}

/** The verdict, reason and `at` of one ad-hoc flow, in one string that reads well in a failed assertion. */
export function walk(doc: Design, from: string, to: string, extra: Partial<Flow> = {}): string {
  const f = evaluateFlow(doc, { id: 'adhoc', from, to, ...extra });
  const rule = f.rule ? ` ${f.rule}` : '';
  return `${f.verdict}${f.reason && f.reason !== 'mtu' ? `/${f.reason}` : ''}${rule} at ${f.at}`;
}

export { evaluate };
