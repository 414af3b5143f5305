// The benchmark's results: the JSON shape of the issue, exactly, and a table
// for people with the sample counts, notes and the issue's targets.
import type { NaiveProgress, TierProgress } from './messages';
import { median, percentile, roundMs } from './stats';
import { TIERS, type TierName } from './tiers';

export interface TierRow {
  tier: TierName;
  fullMs: number | null;
  localEditP50Ms: number | null;
  localEditP95Ms: number | null;
  globalEditP50Ms: number | null;
  globalEditP95Ms: number | null;
  naiveMs: number | null;
  speedupVsNaive: number | null;
  /** When no whole naive run finished within its cap: the time it is known to take at least. */
  naiveAtLeastMs: number | null;
  /** The speed-up that floor proves (the real one is larger). */
  speedupVsNaiveAtLeast: number | null;
  heapMB: number | null;
}

export interface TierResult {
  row: TierRow;
  progress: TierProgress | null;
  naive: NaiveProgress | null;
  notes: string[];
}

const p = (samples: readonly number[] | undefined, q: number): number | null =>
  samples && samples.length > 0 ? roundMs(percentile(samples, q)) : null;

export function tierRow(
  tier: TierName,
  progress: TierProgress | null,
  naiveSamples: readonly number[] | null,
  naiveFloorMs: number | null,
  gcPeakMB: number,
): TierRow {
  const fullMs = p(progress?.fullSamples, 50);
  const naiveMs = naiveSamples && naiveSamples.length > 0 ? roundMs(median(naiveSamples)) : null;
  const ratio = (naive: number | null) =>
    naive !== null && fullMs ? Math.round((naive / fullMs) * 10) / 10 : null;
  const heap = Math.max(progress?.heapMB ?? 0, gcPeakMB);
  return {
    tier,
    fullMs,
    localEditP50Ms: p(progress?.localSamples, 50),
    localEditP95Ms: p(progress?.localSamples, 95),
    globalEditP50Ms: p(progress?.globalSamples, 50),
    globalEditP95Ms: p(progress?.globalSamples, 95),
    naiveMs,
    speedupVsNaive: ratio(naiveMs),
    naiveAtLeastMs: naiveMs === null && naiveFloorMs !== null ? roundMs(naiveFloorMs) : null,
    speedupVsNaiveAtLeast: naiveMs === null ? ratio(naiveFloorMs) : null,
    heapMB: heap > 0 ? Math.round(heap) : null,
  };
}

export const toJson = (results: readonly TierResult[]): string =>
  JSON.stringify({ tiers: results.map((r) => r.row) }, null, 2);

const cell = (value: number | null, n?: number): string =>
  value === null ? '—' : `${value}${n === undefined ? '' : ` (${n})`}`;

/** The issue's targets, as checks against the table. */
const TARGETS: { tier: TierName; what: string; key: keyof TierRow; limit: number; atLeast?: boolean }[] = [
  { tier: 'L', what: 'full ≤ 300 ms', key: 'fullMs', limit: 300 },
  { tier: 'L', what: 'local edit p95 ≤ 10 ms', key: 'localEditP95Ms', limit: 10 },
  { tier: 'L', what: 'global edit p95 ≤ 60 ms', key: 'globalEditP95Ms', limit: 60 },
  {
    tier: 'M',
    what: 'speed-up over the naive reference ≥ 50×',
    key: 'speedupVsNaive',
    limit: 50,
    atLeast: true,
  },
  { tier: 'XL', what: 'full ≤ 1.5 s', key: 'fullMs', limit: 1500 },
];

export function toTable(results: readonly TierResult[], header: readonly string[]): string {
  const head = [
    'tier',
    'hosts',
    'VMs',
    'rules',
    'flows',
    'full ms (n)',
    'local p50',
    'local p95 (n)',
    'global p50',
    'global p95 (n)',
    'naive ms (n)',
    'speed-up',
    'heap MB',
  ];
  const rows = results.map(({ row, progress, naive }) => {
    const size = TIERS[row.tier];
    return [
      row.tier,
      String(size.hosts),
      String(size.vms),
      String(size.rules),
      String(size.flows),
      cell(row.fullMs, progress?.fullSamples.length),
      cell(row.localEditP50Ms),
      cell(row.localEditP95Ms, progress?.localSamples.length),
      cell(row.globalEditP50Ms),
      cell(row.globalEditP95Ms, progress?.globalSamples.length),
      row.naiveAtLeastMs !== null ? `≥ ${row.naiveAtLeastMs}` : cell(row.naiveMs, naive?.samples.length),
      row.speedupVsNaive !== null
        ? `${row.speedupVsNaive}×`
        : row.speedupVsNaiveAtLeast !== null
          ? `≥ ${row.speedupVsNaiveAtLeast}×`
          : '—',
      cell(row.heapMB),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const targets = TARGETS.flatMap((t) => {
    const row = results.find((r) => r.row.tier === t.tier)?.row;
    if (!row) return [];
    const exact = row[t.key] as number | null;
    // A lower bound on a speed-up meets an "at least" target as well as the exact figure would.
    const floor = t.key === 'speedupVsNaive' && exact === null ? row.speedupVsNaiveAtLeast : null;
    const value = exact ?? floor;
    const met = value === null ? null : t.atLeast ? value >= t.limit : value <= t.limit;
    const shown = value === null ? 'not measured' : floor !== null ? `≥ ${floor} (lower bound)` : `${value}`;
    return [`  ${t.tier} ${t.what}: ${shown} ${met === null ? '' : met ? 'met' : 'NOT met'}`];
  });
  const cpu = results.flatMap(({ row, progress }) => {
    if (!progress) return [];
    const parts = [
      ['full', progress.fullCpu, 50],
      ['local p95', progress.localCpu, 95],
      ['global p95', progress.globalCpu, 95],
    ] as const;
    return [`  ${row.tier}: ${parts.map(([what, s, q]) => `${what} ${cell(p(s, q))}`).join(', ')}`];
  });
  const notes = results.flatMap((r) => r.notes.map((n) => `  ${r.row.tier}: ${n}`));
  return [
    ...header,
    '',
    line(head),
    ...rows.map(line),
    '',
    'times in ms; (n) = samples; p50/p95 by nearest rank; edits are timed from the edited document to a complete result',
    'CPU time of the same samples (ms; less inflated by a busy machine than wall-clock):',
    ...cpu,
    'targets (wall-clock):',
    ...targets,
    ...(notes.length > 0 ? ['notes:', ...notes] : []),
  ].join('\n');
}
