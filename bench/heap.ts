// Peak heap of a tier. JavaScript cannot look at the heap while a synchronous
// evaluation runs, so two views are combined: heapUsed sampled between steps
// (after generation, after every evaluation, before any collection), and the
// "before" size of every collection that V8 reports with --trace-gc, which is
// the heap at its fullest moments. The larger of the two is the peak.

const MiB = 1024 * 1024;

export class HeapSampler {
  private peakBytes = 0;

  sample(): void {
    this.peakBytes = Math.max(this.peakBytes, process.memoryUsage().heapUsed);
  }

  get peakMB(): number {
    return this.peakBytes / MiB;
  }
}

/** "[123:0x55]   812 ms: Mark-Compact 310.4 (330.1) -> 120.2 (335.0) MB, …": 310.4 is the heap before it. */
const TRACE_GC = /ms: [A-Za-z][A-Za-z ()-]*? ([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/;

/** The heap (MB) before a collection, from one line of --trace-gc output, or null for other lines. */
export function heapBeforeGc(line: string): number | null {
  const match = TRACE_GC.exec(line);
  return match ? Number(match[1]) : null;
}
