// Exact questions about a box of packets and some other boxes (ruleBoxes.ts),
// without enumerating packets: is some point of the box in none of them, and
// which of them, in rule order, is the first to hold each point. Both split
// the box along one dimension at a time into pieces that every other box
// either holds whole or misses, looking first where fewest boxes overlap, so
// an uncovered point is usually found on the first try.
import {
  intersect,
  intersectionCount,
  intersects,
  isEmpty,
  isSubset,
  subtract,
  type Intervals,
} from './intervals';
import { DIMS, type Box, type Point } from './ruleBoxes';

const ALL_DIMS = (1 << DIMS) - 1;

const has = (dims: number, d: number) => (dims & (1 << d)) !== 0;

function meets(b: Box, r: Box, dims: number): boolean {
  for (let d = 0; d < DIMS; d++) if (has(dims, d) && !intersects(b[d]!, r[d]!)) return false;
  return true;
}

function holds(b: Box, r: Box, dims: number): boolean {
  for (let d = 0; d < DIMS; d++) if (has(dims, d) && !isSubset(r[d]!, b[d]!)) return false;
  return true;
}

const firstPoint = (r: Box): number[] => r.map((values) => values[0]!);

/** The dimensions in which some box does not hold all of r: only those are worth splitting. */
function openDims(r: Box, boxes: readonly Box[], dims: number): number {
  let open = 0;
  for (let d = 0; d < DIMS; d++) {
    if (!has(dims, d)) continue;
    for (const b of boxes)
      if (!isSubset(r[d]!, b[d]!)) {
        open |= 1 << d;
        break;
      }
  }
  return open;
}

/** The dimension whose cuts make the fewest pieces. */
function splitDimension(r: Box, boxes: readonly Box[], dims: number): number {
  let best = -1;
  let bestCost = Infinity;
  for (let d = 0; d < DIMS; d++) {
    if (!has(dims, d)) continue;
    let cost = 0;
    for (const b of boxes) cost += intersectionCount(b[d]!, r[d]!);
    if (cost < bestCost) {
      best = d;
      bestCost = cost;
    }
  }
  return best;
}

interface Piece {
  values: Intervals;
  /** The boxes (by position) that hold these values. */
  members: number[];
}

function addEvent(events: Map<number, number[]>, position: number, change: number): void {
  const list = events.get(position);
  if (list) list.push(change);
  else events.set(position, [change]);
}

function applyEvents(active: Uint32Array, changes: readonly number[]): void {
  for (const change of changes) {
    const k = Math.abs(change) - 1;
    if (change > 0) active[k >>> 5] = active[k >>> 5]! | (1 << (k & 31));
    else active[k >>> 5] = active[k >>> 5]! & ~(1 << (k & 31));
  }
}

/** `domain` cut where any of `sets` starts or ends, pieces with the same holders merged, fewest holders first. */
function pieces(domain: Intervals, sets: readonly Intervals[]): Piece[] {
  const events = new Map<number, number[]>();
  for (let k = 0; k < sets.length; k++) {
    const clipped = intersect(sets[k]!, domain);
    for (let i = 0; i < clipped.length; i += 2) {
      addEvent(events, clipped[i]!, k + 1);
      addEvent(events, clipped[i + 1]! + 1, -(k + 1));
    }
  }
  // A typed array sorts numerically in place, without a comparator or a copy.
  const positions = Float64Array.from(events.keys()).sort();
  const active = new Uint32Array((sets.length + 31) >>> 5);
  // Pieces are grouped by their holders: the bit set itself when one word holds it, else its text.
  const groups = new Map<number | string, Piece & { values: number[] }>();
  const oneWord = active.length === 1;
  let e = 0;
  for (let i = 0; i < domain.length; i += 2) {
    let cursor = domain[i]!;
    const end = domain[i + 1]!;
    while (e < positions.length && positions[e]! <= cursor) applyEvents(active, events.get(positions[e++]!)!);
    while (cursor <= end) {
      const next = e < positions.length ? positions[e]! : Infinity;
      const stop = Math.min(end, next - 1);
      const key = oneWord ? active[0]! : active.join(',');
      let group = groups.get(key);
      if (!group) {
        const members: number[] = [];
        for (let k = 0; k < sets.length; k++) if (active[k >>> 5]! & (1 << (k & 31))) members.push(k);
        groups.set(key, (group = { values: [], members }));
      }
      group.values.push(cursor, stop);
      cursor = stop + 1;
      if (cursor === next) applyEvents(active, events.get(positions[e++]!)!);
    }
  }
  return [...groups.values()].sort((a, b) => a.members.length - b.members.length);
}

/** A point of r that none of the boxes holds, or null when together they hold all of r (or r is empty). */
export function findUncovered(r: Box, boxes: readonly Box[]): Point | null {
  if (r.some(isEmpty)) return null;
  return search(r, boxes, ALL_DIMS);
}

function search(r: Box, boxes: readonly Box[], dims: number): Point | null {
  const live = boxes.filter((b) => meets(b, r, dims));
  if (live.length === 0) return firstPoint(r);
  const open = openDims(r, live, dims);
  if (live.some((b) => holds(b, r, open))) return null;
  for (let d = 0; d < DIMS; d++) {
    if (!has(open, d)) continue;
    let rest = r[d]!;
    for (const b of live) {
      rest = subtract(rest, b[d]!);
      if (rest.length === 0) break;
    }
    if (rest.length > 0) {
      const p = firstPoint(r);
      p[d] = rest[0]!;
      return p;
    }
  }
  const d = splitDimension(r, live, open);
  for (const piece of pieces(
    r[d]!,
    live.map((b) => b[d]!),
  )) {
    const next = [...r];
    next[d] = piece.values;
    const p = search(
      next,
      piece.members.map((k) => live[k]!),
      open & ~(1 << d),
    );
    if (p) return p;
  }
  return null;
}

/**
 * For a box that `ordered` (boxes in rule order) covers: the positions of the
 * boxes that are the first to hold some point of it, ascending. null when
 * some point is in none of them.
 */
export function firstHolders(r: Box, ordered: readonly Box[]): number[] | null {
  if (r.some(isEmpty)) return [];
  const out = new Set<number>();
  const ids = ordered.map((_, i) => i);
  if (!enumerate(r, ordered, ids, ALL_DIMS, out)) return null;
  return [...out].sort((a, b) => a - b);
}

function enumerate(
  r: Box,
  boxes: readonly Box[],
  ids: readonly number[],
  dims: number,
  out: Set<number>,
): boolean {
  const live: number[] = [];
  boxes.forEach((b, k) => {
    if (meets(b, r, dims)) live.push(k);
  });
  if (live.length === 0) return false;
  const liveBoxes = live.map((k) => boxes[k]!);
  const open = openDims(r, liveBoxes, dims);
  if (holds(liveBoxes[0]!, r, open)) {
    out.add(ids[live[0]!]!);
    return true;
  }
  const d = splitDimension(r, liveBoxes, open);
  for (const piece of pieces(
    r[d]!,
    liveBoxes.map((b) => b[d]!),
  )) {
    const next = [...r];
    next[d] = piece.values;
    const members = piece.members;
    if (
      !enumerate(
        next,
        members.map((k) => liveBoxes[k]!),
        members.map((k) => ids[live[k]!]!),
        open & ~(1 << d),
        out,
      )
    )
      return false;
  }
  return true;
}
