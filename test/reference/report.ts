// The reference's answer in the shape of the command line's JSON (MODEL.md
// section 3), for comparing with scenario expectations. Open questions stay
// visible: a flow the spec leaves open has `gap`, a link `unsure`.
import type { LinkStatus, ProblemCode } from '../../src/engine/types';
import type { RefEvaluation } from './index';
import { certain, expectedStatus } from './linkStatus';
import { SEVERITY } from './problems/types';

export interface ReferenceReport {
  ok: boolean | 'unsure';
  flows: {
    id: string;
    verdict?: string;
    reason?: string;
    rule?: string;
    at?: string;
    pass?: boolean;
    gap?: string;
  }[];
  problems: { code: ProblemCode; elements: string[] }[];
  /** Codes for which some problem was left undecided. */
  undecided: ProblemCode[];
  links: Record<string, LinkStatus | 'unsure'>;
}

export function toReport(ref: RefEvaluation): ReferenceReport {
  const errorLinks = new Set<string>();
  const mtuLinks = new Set<string>();
  for (const p of ref.problems.problems) {
    if (SEVERITY[p.code] === 'error') for (const l of p.links ?? []) errorLinks.add(l);
    if (p.code === 'mtu-mismatch') for (const l of p.links ?? []) mtuLinks.add(l);
  }
  const links: Record<string, LinkStatus | 'unsure'> = {};
  for (const l of ref.links) links[l.id] = certain(expectedStatus(l, errorLinks, mtuLinks), ref.flows);
  const hasError = ref.problems.problems.some((p) => SEVERITY[p.code] === 'error');
  const errorUndecided = ref.problems.ignores.some((i) => SEVERITY[i.code] === 'error');
  const allPass = ref.flows.every((f) => f.pass === true);
  const someFlowOpen = ref.flows.some((f) => f.pass === null);
  const ok =
    hasError || ref.flows.some((f) => f.pass === false)
      ? false
      : errorUndecided || someFlowOpen
        ? 'unsure'
        : allPass;
  return {
    ok,
    flows: ref.flows.map((f) =>
      f.outcome
        ? {
            id: f.id,
            verdict: f.outcome.verdict,
            reason: f.outcome.reason,
            ...(f.outcome.rule !== undefined ? { rule: f.outcome.rule } : {}),
            at: f.outcome.at,
            pass: f.pass ?? false,
          }
        : { id: f.id, gap: f.gap ?? '' },
    ),
    problems: ref.problems.problems.map((p) => ({ code: p.code, elements: p.elements })),
    undecided: [...new Set(ref.problems.ignores.map((i) => i.code))],
    links,
  };
}
