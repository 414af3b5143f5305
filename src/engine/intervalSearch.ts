// Questions about interval sets (intervals.ts) answered by binary search
// where the plain merges walk every interval: coverSearch.ts asks them of a
// rule's few address runs against another rule's hundreds.
import { intersectsFrom, type Intervals } from './intervals';

/** From flat index `from` on, the first interval of `set` that does not end before v (set.length if none). */
export function firstEndingFrom(set: Intervals, from: number, v: number): number {
  if (from >= set.length || set[from + 1]! >= v) return from;
  // The next one often does; else many may be skipped: search the rest.
  let lo = (from >>> 1) + 1;
  let hi = set.length >>> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (set[2 * mid + 1]! < v) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

export const MISSES = 0;
export const MEETS = 1;
export const HOLDS = 2;

/** Whether b misses, meets or holds all of a (not empty): one pass where intersects and isSubset take two. */
export function relation(a: Intervals, b: Intervals): typeof MISSES | typeof MEETS | typeof HOLDS {
  let met = false;
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    const lo = a[i]!;
    const hi = a[i + 1]!;
    j = firstEndingFrom(b, j, lo);
    if (j >= b.length) return met ? MEETS : MISSES;
    if (b[j]! <= lo && b[j + 1]! >= hi) met = true;
    else if (met || b[j]! <= hi) return MEETS;
    else return intersectsFrom(a, i + 2, b, j) ? MEETS : MISSES;
  }
  return HOLDS;
}

/** How many intervals `intersect(a, b)` has; b's runs between a's are skipped by search, b being often far longer. */
export function meetingRuns(a: Intervals, b: Intervals): number {
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    const hi = a[i + 1]!;
    for (j = firstEndingFrom(b, j, a[i]!); j < b.length && b[j]! <= hi; j += 2) n++;
    // The last run met may reach into a's next interval.
    if (j > 0 && b[j - 1]! > hi) j -= 2;
  }
  return n;
}
