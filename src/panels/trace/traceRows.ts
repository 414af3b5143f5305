// A flow result read like a traceroute: numbered hops, the one where the
// packet stopped marked with why. Pure, so the panel, the "Test from here"
// popover and the copied text all say the same thing.
import type { FlowResult, Hop, HopKind } from '../../engine/types';

export interface TraceRow {
  /** 1-based, as traceroute counts. */
  n: number;
  /** An element id; "" for the world outside the design. */
  element: string;
  kind: HopKind;
  note: string;
  /** The hop where a flow that was not delivered stopped: the last one. */
  stop: boolean;
}

export function traceRows(result: Pick<FlowResult, 'hops' | 'verdict'>): TraceRow[] {
  const last = result.hops.length - 1;
  return result.hops.map((hop: Hop, i) => ({
    n: i + 1,
    element: hop.element,
    kind: hop.kind,
    note: hop.note,
    stop: i === last && result.verdict !== 'allowed',
  }));
}

const elementText = (row: Pick<TraceRow, 'element'>): string => row.element || 'outside';

/** `1  web-01-n0 (adapter)  note`, numbers right-aligned to `width` digits. */
export function formatTraceRow(row: TraceRow, width = 1): string {
  return `${String(row.n).padStart(width)}  ${elementText(row)} (${row.kind})  ${row.note}`;
}

/** The verdict with its reason and deciding rule: "unreachable (vlan-not-carried)", "blocked (firewall, rule fw-10)". */
export function verdictText(result: Pick<FlowResult, 'verdict' | 'reason' | 'rule'>): string {
  if (result.verdict === 'allowed') return 'allowed';
  const details = [
    result.reason && result.reason !== result.verdict ? result.reason : null,
    result.rule ? (result.rule === 'default' ? 'default rule' : `rule ${result.rule}`) : null,
  ].filter((d): d is string => d !== null);
  return details.length > 0 ? `${result.verdict} (${details.join(', ')})` : result.verdict;
}

/** The whole trace as plain text, for pasting into a ticket. */
export function traceText(result: FlowResult): string {
  const rows = traceRows(result);
  const width = String(rows.length).length;
  const lines = rows.map(
    (row) => formatTraceRow(row, width) + (row.stop ? `  <- ${verdictText(result)}` : ''),
  );
  return [`${result.message}`, ...lines].join('\n');
}
