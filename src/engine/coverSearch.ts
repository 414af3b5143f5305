// Exact questions about a box of packets and some other boxes (ruleBoxes.ts),
// without enumerating packets: is some point of the box in none of them, and
// which of them, in rule order, is the first to hold each point. Both split
// the box along one dimension at a time into pieces that every other box
// either holds whole or misses, looking first where fewest boxes overlap, so
// an uncovered point is usually found on the first try.
// A split dimension is never looked at again below the split, and the box
// keeps its values in every other one: so whether a box holds the box in a
// dimension, and in how many runs they meet there, is worked out once at the
// top for all the search. Likewise only the top tests which boxes meet it:
// a piece's holders meet it in every dimension still open.
import { isEmpty, runEnd, type Intervals } from './intervals';
import { holderPieces, type Piece } from './holderPieces';
import { HOLDS, meetingRuns, MISSES, relation } from './intervalSearch';
import { DIMS, type Box, type Point } from './ruleBoxes';

const ALL_DIMS = (1 << DIMS) - 1;

const has = (dims: number, d: number) => (dims & (1 << d)) !== 0;

/** A search's box and the other boxes, with what is known of them; boxes are named by their position. */
interface Search {
  /** The box, whose split dimension is set to each piece in turn and put back after. */
  readonly r: Intervals[];
  readonly boxes: readonly Box[];
  /** By box: the dimensions in which it holds all of the box. */
  readonly holds: number[];
  /** By box and dimension: in how many runs it meets the box there. */
  readonly cuts: number[];
}

const UNCOUNTED = -1;

/** The search of r among the boxes that meet it (their positions, ascending). */
function start(r: Box, boxes: readonly Box[]): { s: Search; ids: number[] } {
  // Plain arrays: a typed array past 64 bytes is allocated outside the heap, which costs more here.
  const holds: number[] = new Array<number>(boxes.length).fill(0);
  const ids: number[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    let held = 0;
    let d = 0;
    for (; d < DIMS; d++) {
      const how = relation(r[d]!, b[d]!);
      if (how === MISSES) break;
      if (how === HOLDS) held |= 1 << d;
    }
    if (d < DIMS) continue;
    ids.push(i);
    holds[i] = held;
  }
  return {
    s: { r: [...r], boxes, holds, cuts: new Array<number>(boxes.length * DIMS).fill(UNCOUNTED) },
    ids,
  };
}

/** In how many runs box `id` meets the box in dimension d (counted when first asked). */
function cutsOf(s: Search, id: number, d: number): number {
  const at = id * DIMS + d;
  let n = s.cuts[at]!;
  if (n === UNCOUNTED) {
    // A box holding all of r meets it in each of r's runs.
    n = has(s.holds[id]!, d) ? s.r[d]!.length / 2 : meetingRuns(s.r[d]!, s.boxes[id]![d]!);
    s.cuts[at] = n;
  }
  return n;
}

const firstPoint = (r: Box): number[] => r.map((values) => values[0]!);

/** The dimensions in which some box does not hold all of r: only those are worth splitting. */
function openDims(s: Search, ids: readonly number[], dims: number): number {
  let heldByAll = dims;
  for (const id of ids) heldByAll &= s.holds[id]!;
  return dims & ~heldByAll;
}

/** The dimension whose cuts make the fewest pieces (the first such). */
function splitDimension(s: Search, ids: readonly number[], dims: number): number {
  let best = -1;
  let bestCost = Infinity;
  for (let d = 0; d < DIMS; d++) {
    if (!has(dims, d)) continue;
    let cost = 0;
    for (const id of ids) cost += cutsOf(s, id, d);
    if (cost < bestCost) {
      best = d;
      bestCost = cost;
    }
  }
  return best;
}

/** The least of r's values in dimension d that none of the boxes holds, or null. */
function firstUnheld(s: Search, ids: readonly number[], d: number): number | null {
  const values = s.r[d]!;
  for (let i = 0; i < values.length; i += 2) {
    let v = values[i]!;
    const hi = values[i + 1]!;
    for (let moved = true; moved && v <= hi;) {
      moved = false;
      for (const id of ids) {
        const end = runEnd(s.boxes[id]![d]!, v);
        if (end >= v) {
          v = end + 1;
          moved = true;
        }
      }
    }
    if (v <= hi) return v;
  }
  return null;
}

/**
 * The pieces of r's values in dimension d by which of the boxes hold them,
 * holders named by position, ascending. The boxes holding all of r there are
 * holders of every piece, so only the others are swept.
 */
function split(s: Search, ids: readonly number[], d: number): Piece[] {
  const wholly: number[] = [];
  const partly: number[] = [];
  for (const id of ids) (has(s.holds[id]!, d) ? wholly : partly).push(id);
  const list = holderPieces(
    s.r[d]!,
    partly.map((id) => s.boxes[id]![d]!),
  );
  for (const piece of list)
    piece.members = mergeAscending(
      piece.members.map((k) => partly[k]!),
      wholly,
    );
  return list;
}

/** Two ascending lists as one; `a` itself when `b` is empty. */
function mergeAscending(a: number[], b: readonly number[]): number[] {
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length)
    out.push(j >= b.length || (i < a.length && a[i]! < b[j]!) ? a[i++]! : b[j++]!);
  return out;
}

/** A point of r that none of the boxes holds, or null when together they hold all of r (or r is empty). */
export function findUncovered(r: Box, boxes: readonly Box[]): Point | null {
  if (r.some(isEmpty)) return null;
  const { s, ids } = start(r, boxes);
  return search(s, ids, ALL_DIMS);
}

const fewestHoldersFirst = (a: Piece, b: Piece) => a.members.length - b.members.length;

/** `ids`: the boxes that meet r in every dimension of `dims` (and hold it in the others). */
function search(s: Search, ids: readonly number[], dims: number): Point | null {
  if (ids.length === 0) return firstPoint(s.r);
  const open = openDims(s, ids, dims);
  for (const id of ids) if ((s.holds[id]! & open) === open) return null;
  for (let d = 0; d < DIMS; d++) {
    if (!has(open, d)) continue;
    const v = firstUnheld(s, ids, d);
    if (v !== null) {
      const p = firstPoint(s.r);
      p[d] = v;
      return p;
    }
  }
  const d = splitDimension(s, ids, open);
  const whole = s.r[d]!;
  // Stable: pieces with as many holders stay in the order of their first value.
  const list = split(s, ids, d).sort(fewestHoldersFirst);
  let found: Point | null = null;
  for (const piece of list) {
    s.r[d] = piece.values;
    found = search(s, piece.members, open & ~(1 << d));
    if (found) break;
  }
  s.r[d] = whole;
  return found;
}

/**
 * For a box that `ordered` (boxes in rule order) covers: the positions of the
 * boxes that are the first to hold some point of it, ascending. null when
 * some point is in none of them.
 */
export function firstHolders(r: Box, ordered: readonly Box[]): number[] | null {
  if (r.some(isEmpty)) return [];
  const { s, ids } = start(r, ordered);
  const first: boolean[] = new Array<boolean>(ordered.length).fill(false);
  if (!enumerate(s, ids, ALL_DIMS, first)) return null;
  const out: number[] = [];
  for (let i = 0; i < first.length; i++) if (first[i]) out.push(i);
  return out;
}

/** Marks in `first` the first holder of each point of r; false when some point has none. */
function enumerate(s: Search, ids: readonly number[], dims: number, first: boolean[]): boolean {
  if (ids.length === 0) return false;
  // In the dimensions outside `dims` every box holds r whole.
  if ((s.holds[ids[0]!]! & dims) === dims) {
    first[ids[0]!] = true;
    return true;
  }
  const open = openDims(s, ids, dims);
  const d = splitDimension(s, ids, open);
  const whole = s.r[d]!;
  let covered = true;
  for (const piece of split(s, ids, d)) {
    s.r[d] = piece.values;
    covered = enumerate(s, piece.members, open & ~(1 << d), first);
    if (!covered) break;
  }
  s.r[d] = whole;
  return covered;
}
