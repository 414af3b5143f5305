// The exact cover questions (coverSearch.ts) held to a brute force over every
// point of small random boxes: the uncovered point found, whether one exists,
// and the boxes that are the first to hold some point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUncovered, firstHolders } from './coverSearch';
import { contains, fromValues, type Intervals } from './intervals';
import { DIMS, type Box } from './ruleBoxes';

/** Few values per dimension, so that every point can be listed and boxes overlap often. */
const TOP = 5;
const dimension = fc
  .uniqueArray(fc.integer({ min: 0, max: TOP }), { maxLength: TOP + 1 })
  .map((vs): Intervals => fromValues(vs));
const box = fc.array(dimension, { minLength: DIMS, maxLength: DIMS });
/** Mostly full dimensions, so that boxes cover much of one another. */
const wideDimension = fc.oneof(
  { arbitrary: dimension, weight: 1 },
  { arbitrary: fc.constant<Intervals>([0, TOP]), weight: 2 },
);
const otherBox = fc.array(wideDimension, { minLength: DIMS, maxLength: DIMS });
const others = fc.array(otherBox, { maxLength: 8 });

function points(r: Box): number[][] {
  let out: number[][] = [[]];
  for (const values of r) {
    const next: number[][] = [];
    for (const p of out)
      for (let k = 0; k < values.length; k += 2)
        for (let v = values[k]!; v <= values[k + 1]!; v++) next.push([...p, v]);
    out = next;
  }
  return out;
}

const holdsPoint = (b: Box, p: readonly number[]) => p.every((v, d) => contains(b[d]!, v));

/** By brute force: the position of the first box holding each point of r (-1 for none). */
const firstOf = (r: Box, boxes: readonly Box[]): number[] =>
  points(r).map((p) => boxes.findIndex((b) => holdsPoint(b, p)));

describe('findUncovered', () => {
  it('finds a point of the box in none of the others exactly when there is one', () => {
    fc.assert(
      fc.property(box, others, (r, boxes) => {
        const uncovered = firstOf(r, boxes).includes(-1);
        const p = findUncovered(r, boxes);
        expect(p !== null).toBe(uncovered);
        if (p) {
          expect(p).toHaveLength(DIMS);
          expect(holdsPoint(r, p)).toBe(true);
          expect(boxes.some((b) => holdsPoint(b, p))).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('firstHolders', () => {
  it('lists the boxes that are the first to hold some point, or null when a point is in none', () => {
    fc.assert(
      fc.property(box, others, (r, boxes) => {
        const first = firstOf(r, boxes);
        const expected = first.includes(-1) ? null : [...new Set(first)].sort((a, b) => a - b);
        expect(firstHolders(r, boxes)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells boxes apart past 32 of them', () => {
    // Each box holds one value of the first dimension; the last of all holds the rest of the box.
    const r: Box = [
      [0, 39],
      [0, 0],
      [0, TOP],
      [0, TOP],
      [0, 0],
    ];
    const boxes: Box[] = Array.from({ length: 40 }, (_, v) => [
      [v, v],
      [0, 0],
      [0, TOP],
      [0, v % 2],
      [0, 0],
    ]);
    boxes.push([
      [0, 39],
      [0, 0],
      [0, TOP],
      [0, TOP],
      [0, 0],
    ]);
    expect(firstHolders(r, boxes)).toEqual(Array.from({ length: 41 }, (_, k) => k));
    expect(findUncovered(r, boxes.slice(0, 40))).toEqual([0, 0, 0, 2, 0]);
  });
});
