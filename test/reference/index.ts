// The naive reference evaluator of MODEL.md section 2. It answers what the
// spec decides and says "gap" where the spec leaves a question open.
import { flowExpect } from '../../src/model/defaults';
import type { Design } from '../../src/model/types';
import { makeContext } from './context';
import type { Outcome } from './flows/outcome';
import { walkFlow } from './flows/walk';
import { tryGap } from './gap';
import type { RefLink } from './linkStatus';
import { referenceLinks } from './linkStatus';
import { referenceProblems } from './problems/index';
import type { RefProblems } from './problems/types';

export interface RefFlow {
  id: string;
  expected: 'allow' | 'deny';
  /** null when the spec leaves this flow's result open (see `gap`). */
  outcome: Outcome | null;
  pass: boolean | null;
  gap: string | null;
}

export interface RefEvaluation {
  flows: RefFlow[];
  problems: RefProblems;
  links: RefLink[];
}

export interface ReferenceOptions {
  /**
   * Whether to run the brute-force shadowed-rule search, by far the slowest part. The benchmark
   * turns it off to time the rest of the reference when the whole cannot finish.
   */
  shadowing?: boolean;
}

export function referenceEvaluate(doc: Design, options: ReferenceOptions = {}): RefEvaluation {
  const ctx = makeContext(doc);
  const flows = (doc.flows ?? []).map((flow): RefFlow => {
    const expected = flowExpect(flow);
    const r = tryGap(() => walkFlow(ctx, flow));
    if ('gap' in r) return { id: flow.id, expected, outcome: null, pass: null, gap: r.gap };
    const pass = (r.value.verdict === 'allowed') === (expected === 'allow');
    return { id: flow.id, expected, outcome: r.value, pass, gap: null };
  });
  return {
    flows,
    problems: referenceProblems(ctx, options.shadowing ?? true),
    links: referenceLinks(ctx, flows),
  };
}
