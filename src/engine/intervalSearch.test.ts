// The binary-search questions (intervalSearch.ts) held to the plain merges of
// intervals.ts and to membership of single values, on small random sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRanges, fromValues, intersectionCount, intersects, isSubset, runEnd } from './intervals';
import { firstEndingFrom, HOLDS, meetingRuns, MEETS, MISSES, relation } from './intervalSearch';

const TOP = 40;
const bound = fc.integer({ min: 0, max: TOP });
/** Scattered values (short runs) or a few ranges (long runs that span another set's gaps). */
const set = fc.oneof(
  fc.uniqueArray(bound, { maxLength: 30 }).map((vs) => fromValues(vs)),
  fc.array(fc.tuple(bound, bound), { maxLength: 5 }).map((rs) => fromRanges(rs)),
);
const nonEmpty = set.filter((a) => a.length > 0);
const value = fc.integer({ min: -1, max: TOP + 1 });

describe('intervalSearch', () => {
  it('finds the first interval not ending before a value, from any start', () => {
    fc.assert(
      fc.property(set, value, fc.nat(), (a, v, start) => {
        const from = 2 * (start % (a.length / 2 + 1));
        let expected = from;
        while (expected < a.length && a[expected + 1]! < v) expected += 2;
        expect(firstEndingFrom(a, from, v)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('tells whether a set misses, meets or holds all of another', () => {
    fc.assert(
      fc.property(nonEmpty, set, (a, b) => {
        const expected = isSubset(a, b) ? HOLDS : intersects(a, b) ? MEETS : MISSES;
        expect(relation(a, b)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts the runs two sets meet in', () => {
    fc.assert(
      fc.property(set, set, (a, b) => {
        expect(meetingRuns(a, b)).toBe(intersectionCount(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the end of the run holding a value', () => {
    fc.assert(
      fc.property(set, value, (a, v) => {
        // Read off the pairs themselves: contains() is now built on runEnd.
        let end = v - 1;
        for (let k = 0; k < a.length; k += 2) if (a[k]! <= v && v <= a[k + 1]!) end = a[k + 1]!;
        expect(runEnd(a, v)).toBe(end);
      }),
      { numRuns: 1000 },
    );
  });
});
