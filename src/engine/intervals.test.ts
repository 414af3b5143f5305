// Sets of integers as sorted, disjoint [lo, hi] pairs (intervals.ts), held to
// plain sets of the same values on a small range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contains,
  fromValues,
  intersect,
  intersectionCount,
  intersects,
  isSubset,
  subtract,
  union,
  type Intervals,
} from './intervals';

const TOP = 40;
const values = fc.uniqueArray(fc.integer({ min: 0, max: TOP }), { maxLength: 30 });

const members = (a: Intervals): number[] => {
  const out: number[] = [];
  for (let k = 0; k < a.length; k += 2) for (let v = a[k]!; v <= a[k + 1]!; v++) out.push(v);
  return out;
};

/** Runs of consecutive values: what a well-formed interval set of these values has as pairs. */
const runs = (vs: readonly number[]): number =>
  [...vs].sort((x, y) => x - y).filter((v, k, sorted) => k === 0 || sorted[k - 1] !== v - 1).length;

const sorted = (vs: Iterable<number>) => [...vs].sort((x, y) => x - y);

describe('intervals', () => {
  it('keep the values they are made from, as maximal runs', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const a = fromValues(vs);
        expect(members(a)).toEqual(sorted(vs));
        expect(a.length / 2).toBe(runs(vs));
      }),
    );
  });

  it('answer as sets do', () => {
    fc.assert(
      fc.property(values, values, fc.integer({ min: 0, max: TOP }), (xs, ys, v) => {
        const a = fromValues(xs);
        const b = fromValues(ys);
        const sb = new Set(ys);
        const both = xs.filter((x) => sb.has(x));
        expect(members(union(a, b))).toEqual(sorted(new Set([...xs, ...ys])));
        expect(members(intersect(a, b))).toEqual(sorted(both));
        expect(members(subtract(a, b))).toEqual(sorted(xs.filter((x) => !sb.has(x))));
        expect(intersects(a, b)).toBe(both.length > 0);
        expect(isSubset(a, b)).toBe(xs.every((x) => sb.has(x)));
        expect(contains(a, v)).toBe(xs.includes(v));
        expect(intersectionCount(a, b)).toBe(intersect(a, b).length / 2);
      }),
      { numRuns: 500 },
    );
  });
});
