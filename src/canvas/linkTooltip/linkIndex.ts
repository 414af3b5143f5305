// Why each link has its colour: link id → the problems that name it and the
// flows that cross it or stop at it (MODEL.md 2.5 `links`, 2.7 "stops at").
// Built once per evaluation object, so hovering many links costs one pass.
import type { Evaluation, FlowResult, Problem } from '../../engine/types';

export interface LinkFlow {
  flow: FlowResult;
  /** `stops`: the walk ended at this link (its verdict was decided here); `crosses`: it went through. */
  relation: 'stops' | 'crosses';
}

export interface LinkExplanation {
  problems: Problem[];
  flows: LinkFlow[];
}

export type LinkIndex = ReadonlyMap<string, LinkExplanation>;

const NOTHING: LinkExplanation = { problems: [], flows: [] };

export function buildLinkIndex(evaluation: Pick<Evaluation, 'flows' | 'problems'>): LinkIndex {
  const index = new Map<string, LinkExplanation>();
  const entry = (link: string): LinkExplanation => {
    let found = index.get(link);
    if (!found) {
      found = { problems: [], flows: [] };
      index.set(link, found);
    }
    return found;
  };
  for (const problem of evaluation.problems)
    for (const link of new Set(problem.links)) entry(link).problems.push(problem);
  for (const flow of evaluation.flows) {
    if (flow.stopLink) entry(flow.stopLink).flows.push({ flow, relation: 'stops' });
    for (const link of new Set(flow.links))
      if (link !== flow.stopLink) entry(link).flows.push({ flow, relation: 'crosses' });
  }
  // The flows that decided a link's colour first: those that stop there.
  for (const explanation of index.values())
    explanation.flows.sort((a, b) => (a.relation === b.relation ? 0 : a.relation === 'stops' ? -1 : 1));
  return index;
}

const indexes = new WeakMap<Evaluation, LinkIndex>();

/** The index of an evaluation, built on first use and kept as long as the evaluation is. */
export function linkIndexOf(evaluation: Evaluation): LinkIndex {
  let index = indexes.get(evaluation);
  if (!index) {
    index = buildLinkIndex(evaluation);
    indexes.set(evaluation, index);
  }
  return index;
}

export function explainLink(evaluation: Evaluation | null, linkId: string): LinkExplanation {
  return (evaluation && linkIndexOf(evaluation).get(linkId)) ?? NOTHING;
}

/** A link id in an admin's words: "adapter web-01-n0", "uplink vmnic0 of esx1 on dvs1", "cable c1". */
export function linkTitle(linkId: string): string {
  const [kind, ...rest] = linkId.split(':');
  if (kind === 'nic' && rest.length > 0) return `adapter ${rest.join(':')}`;
  if (kind === 'cable' && rest.length > 0) return `cable ${rest.join(':')}`;
  if (kind === 'uplink' && rest.length === 3) return `uplink ${rest[2]} of ${rest[1]} on ${rest[0]}`;
  return linkId;
}
