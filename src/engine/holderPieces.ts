// A set of values cut into pieces that each of some other sets holds whole or
// misses, the values with the same holders in one piece: the step by which
// coverSearch.ts splits a box along one dimension. One sweep along the values
// with a cursor into each set: no event lists, no sort, no clipped copies.
import type { Intervals } from './intervals';
import { firstEndingFrom } from './intervalSearch';

export interface Piece {
  values: number[];
  /** The sets (by position) that hold these values, ascending. */
  members: number[];
}

// Scratch kept between calls (a call never nests in another): cursors into the sets, and holder bits.
let cursors = new Int32Array(32);
let holderWords = new Uint32Array(1);

/** `domain` cut where any of `sets` starts or ends, pieces with the same holders merged, by their first value. */
export function holderPieces(domain: Intervals, sets: readonly Intervals[]): Piece[] {
  const n = sets.length;
  if (cursors.length < n) cursors = new Int32Array(n);
  const words = Math.max(1, (n + 31) >>> 5);
  if (holderWords.length < words) holderWords = new Uint32Array(words);
  const at = cursors.fill(0, 0, n);
  const holders = holderWords;
  const out: Piece[] = [];
  // Up to 32 sets, a piece is found by its holder bits in a list; past that, by their text in a map.
  const bitsOf: number[] = [];
  const byText = words > 1 ? new Map<string, Piece>() : null;
  for (let i = 0; i < domain.length; i += 2) {
    let cursor = domain[i]!;
    const end = domain[i + 1]!;
    while (cursor <= end) {
      // The run from the cursor ends at the domain's end or before the next value where some set starts or ends.
      let stop = end;
      holders.fill(0, 0, words);
      for (let k = 0; k < n; k++) {
        const set = sets[k]!;
        const j = (at[k] = firstEndingFrom(set, at[k]!, cursor));
        if (j >= set.length) continue;
        if (set[j]! <= cursor) {
          holders[k >>> 5] = holders[k >>> 5]! | (1 << (k & 31));
          if (set[j + 1]! < stop) stop = set[j + 1]!;
        } else if (set[j]! - 1 < stop) stop = set[j]! - 1;
      }
      let piece: Piece | undefined;
      const bits = holders[0]!;
      const text = byText ? holders.subarray(0, words).join(',') : '';
      if (byText) piece = byText.get(text);
      else {
        const known = bitsOf.indexOf(bits);
        if (known >= 0) piece = out[known];
      }
      if (!piece) {
        const members: number[] = [];
        for (let k = 0; k < n; k++) if (holders[k >>> 5]! & (1 << (k & 31))) members.push(k);
        piece = { values: [], members };
        out.push(piece);
        bitsOf.push(bits);
        byText?.set(text, piece);
      }
      // Runs next to each other differ in holders (a set's intervals never touch), so values stay disjoint ranges.
      piece.values.push(cursor, stop);
      cursor = stop + 1;
    }
  }
  return out;
}
