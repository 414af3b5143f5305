// Run settings for the property suite. PROPERTY_SEED (with PROPERTY_PATH) replays a reported
// failure; without it every run draws new designs. PROPERTY_RUNS scales the number of runs.
import type { Parameters } from 'fast-check';

export function runs<T>(numRuns: number): Parameters<T> {
  const scale = Number(process.env.PROPERTY_RUNS ?? '1');
  const seed = process.env.PROPERTY_SEED;
  return {
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(scale) ? scale : 1))),
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
    ...(process.env.PROPERTY_PATH !== undefined ? { path: process.env.PROPERTY_PATH } : {}),
  };
}

/** Vitest's per-test limit (5 s by default) is a guard against hangs, not a speed requirement. */
export const LONG = { timeout: 300_000 };
