// Reads a V8 CPU profile (.cpuprofile, from `node --cpu-prof` or the
// inspector) and sums self time by function and by file, and total
// (inclusive) time by function: where the time goes, and under which phase.

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, in the code V8 ran (for TypeScript, the transpiled code). */
  lineNumber: number;
  columnNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  label: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: SelfTime[];
  byFile: SelfTime[];
  /** Time with the function anywhere on the stack (each sample counted once per function). */
  totalByFunction: SelfTime[];
}

const shortUrl = (url: string): string => {
  const at = url.indexOf('/src/');
  if (at >= 0) return url.slice(at + 1);
  const nodeModules = url.lastIndexOf('node_modules/');
  if (nodeModules >= 0) return url.slice(nodeModules);
  return url.replace(/^file:\/\//, '') || '(native)';
};

function ranked(totals: Map<string, number>, totalMs: number, top: number): SelfTime[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([label, ms]) => ({ label, ms, share: totalMs > 0 ? ms / totalMs : 0 }));
}

/** Maps a frame back to its source ("src/engine/walk.ts:120"), e.g. through the module's source map. */
export type Locate = (frame: CallFrame) => string | null;

const where = (frame: CallFrame): string => `${shortUrl(frame.url)}:${frame.lineNumber + 1}`;

export function summariseProfile(profile: CpuProfile, locate: Locate = () => null, top = 25): ProfileSummary {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const total = new Map<string, number>();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const label = (frame: CallFrame) =>
    `${frame.functionName || '(anonymous)'} ${locate(frame) ?? where(frame)}`;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalMs = 0;
  samples.forEach((id, i) => {
    // timeDeltas[i] is the time before sample i; it is the best estimate of that sample's duration.
    const ms = (deltas[i] ?? 0) / 1000;
    const frame = frames.get(id);
    if (!frame) return;
    totalMs += ms;
    const file = shortUrl(frame.url);
    const fn = label(frame);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = frames.get(at);
      if (f && f.functionName) onStack.add(label(f));
    }
    for (const name of onStack) total.set(name, (total.get(name) ?? 0) + ms);
  });
  return {
    totalMs,
    byFunction: ranked(byFunction, totalMs, top),
    byFile: ranked(byFile, totalMs, top),
    totalByFunction: ranked(total, totalMs, top),
  };
}

export function formatSummary(summary: ProfileSummary): string {
  const rows = (list: SelfTime[]) =>
    list.map(
      (s) => `  ${s.ms.toFixed(0).padStart(9)} ms ${(100 * s.share).toFixed(1).padStart(5)} %  ${s.label}`,
    );
  return [
    `self time sampled: ${summary.totalMs.toFixed(0)} ms`,
    'by function:',
    ...rows(summary.byFunction),
    'by file:',
    ...rows(summary.byFile),
    'total (self and callees) by named function:',
    ...rows(summary.totalByFunction),
  ].join('\n');
}
