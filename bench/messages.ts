// What the benchmark's child processes report to the runner over IPC. A tier
// reports after each phase, so a tier stopped at its time cap still gives
// what it measured.

export interface TierProgress {
  tier: string;
  /** The adapter through which edits were measured. */
  engine: string;
  /** A hash of the design's JSON: the naive reference must see the same document. */
  fingerprint: string;
  generateMs: number;
  validateMs: number;
  /** Wall-clock milliseconds per sample. */
  fullSamples: number[];
  localSamples: number[];
  globalSamples: number[];
  /** CPU milliseconds of the same samples. */
  fullCpu: number[];
  localCpu: number[];
  globalCpu: number[];
  heapMB: number;
}

export interface NaiveProgress {
  fingerprint: string;
  /** Whole runs of the reference (ms). */
  samples: number[];
  /** Runs without its brute-force shadowed-rule search (ms), timed first: a floor for a whole run. */
  partialSamples: number[];
  /** Sent just before each whole run starts, so a run cut off at the cap still bounds the time. */
  phase: 'partial' | 'whole';
}

/** FNV-1a over the text: equal designs give equal fingerprints. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length}`;
}
