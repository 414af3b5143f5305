// Sets of integers as sorted, disjoint, non-adjacent inclusive ranges, stored
// flat: [lo0, hi0, lo1, hi1, …]. Every dimension of a firewall rule's packet
// space is one (adapter indices, directions, addresses, encoded services), so
// that shadowing works on exact values, never on enumerated members.
export type Intervals = readonly number[];

export const EMPTY: Intervals = [];

export const range = (lo: number, hi: number): Intervals => (lo <= hi ? [lo, hi] : EMPTY);

/** From values in any order, duplicates allowed. */
export function fromValues(values: Iterable<number>): Intervals {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out.length - 1;
    if (last > 0 && v <= out[last]! + 1) {
      if (v > out[last]!) out[last] = v;
    } else out.push(v, v);
  }
  return out;
}

/** From ranges in any order, overlapping allowed. */
export function fromRanges(ranges: readonly (readonly [number, number])[]): Intervals {
  const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) {
      if (hi > out[last]!) out[last] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

export const isEmpty = (a: Intervals): boolean => a.length === 0;

/** The last value of the run of `set` that holds v, or v - 1 when none does. */
export function runEnd(set: Intervals, v: number): number {
  let lo = 0;
  let hi = set.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (v < set[2 * mid]!) hi = mid - 1;
    else if (v > set[2 * mid + 1]!) lo = mid + 1;
    else return set[2 * mid + 1]!;
  }
  return v - 1;
}

export function contains(a: Intervals, v: number): boolean {
  return runEnd(a, v) >= v;
}

export function union(a: Intervals, b: Intervals): Intervals {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let lo: number;
    let hi: number;
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      lo = a[i]!;
      hi = a[i + 1]!;
      i += 2;
    } else {
      lo = b[j]!;
      hi = b[j + 1]!;
      j += 2;
    }
    const last = out.length - 1;
    if (last > 0 && lo <= out[last]! + 1) {
      if (hi > out[last]!) out[last] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

export function intersect(a: Intervals, b: Intervals): Intervals {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/** How many intervals `intersect(a, b)` would have, without making them. */
export function intersectionCount(a: Intervals, b: Intervals): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.max(a[i]!, b[j]!) <= Math.min(a[i + 1]!, b[j + 1]!)) n++;
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return n;
}

export function intersects(a: Intervals, b: Intervals): boolean {
  return intersectsFrom(a, 0, b, 0);
}

/** Whether a's intervals from flat index i on meet b's from flat index j on. */
export function intersectsFrom(a: Intervals, i: number, b: Intervals, j: number): boolean {
  while (i < a.length && j < b.length) {
    if (Math.max(a[i]!, b[j]!) <= Math.min(a[i + 1]!, b[j + 1]!)) return true;
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return false;
}

/** a minus b. */
export function subtract(a: Intervals, b: Intervals): Intervals {
  if (b.length === 0 || a.length === 0) return a;
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let lo = a[i]!;
    const hi = a[i + 1]!;
    while (j < b.length && b[j + 1]! < lo) j += 2;
    let k = j;
    while (k < b.length && b[k]! <= hi) {
      if (b[k]! > lo) out.push(lo, b[k]! - 1);
      lo = Math.max(lo, b[k + 1]! + 1);
      if (b[k + 1]! >= hi) break;
      k += 2;
    }
    if (lo <= hi) out.push(lo, hi);
  }
  return out;
}

/** Whether every value of a is in b. */
export function isSubset(a: Intervals, b: Intervals): boolean {
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    while (j < b.length && b[j + 1]! < a[i]!) j += 2;
    if (j >= b.length || b[j]! > a[i]! || b[j + 1]! < a[i + 1]!) return false;
  }
  return true;
}

/** The first position of a sorted array holding a value not below `value`. */
export function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
