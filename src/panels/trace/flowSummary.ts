// How the saved flows fare against their expectations, for the panel's summary line.
import type { FlowResult } from '../../engine/types';

export interface FlowSummary {
  passing: number;
  failing: number;
  /** Flows the shown evaluation does not cover yet (just added, evaluation on its way). */
  pending: number;
}

export function flowSummary(
  flowIds: readonly string[],
  results: ReadonlyMap<string, Pick<FlowResult, 'pass'>>,
): FlowSummary {
  const summary: FlowSummary = { passing: 0, failing: 0, pending: 0 };
  for (const id of flowIds) {
    const result = results.get(id);
    if (!result) summary.pending++;
    else if (result.pass) summary.passing++;
    else summary.failing++;
  }
  return summary;
}

export function summaryText({ passing, failing, pending }: FlowSummary): string {
  const parts = [`${passing} passing`, `${failing} failing`];
  if (pending > 0) parts.push(`${pending} evaluating`);
  return parts.join(' / ');
}

/** Results by flow id; an evaluation lists each flow once. */
export function resultsById(results: readonly FlowResult[] | undefined): Map<string, FlowResult> {
  return new Map((results ?? []).map((r) => [r.id, r]));
}
