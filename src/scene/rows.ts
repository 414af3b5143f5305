// The default placement of the top level: rows of routers, then hosts, then
// distributed switches, then physical switches, each row filled left to right
// and wrapped at one width for the whole drawing. That width keeps the picture
// about as wide as a wide screen (a hundred hosts in one row would be tens of
// thousands of pixels wide, past what any zoom can show), never splits the
// first few hosts of a small design (they share a row as they always did), and
// is never narrower than the widest node.
import { COLUMN_GAP, HOSTS_PER_ROW, ROW_GAP } from './metrics';

/** Width : height of the drawing (a 16:10 screen). */
const ASPECT = 1.6;

export interface Sized {
  w: number;
  h: number;
}

/** The width a row may take before it wraps. */
export function rowBudget(hosts: readonly Sized[], all: readonly Sized[]): number {
  const fewHosts = hosts
    .map((h) => h.w + COLUMN_GAP)
    .sort((a, b) => b - a)
    .slice(0, HOSTS_PER_ROW)
    .reduce((sum, w) => sum + w, 0);
  let area = 0;
  let widest = 0;
  for (const node of all) {
    area += (node.w + COLUMN_GAP) * (node.h + ROW_GAP);
    widest = Math.max(widest, node.w);
  }
  return Math.max(fewHosts, Math.sqrt(area * ASPECT), widest);
}

export interface Placed<T> {
  item: T;
  x: number;
  y: number;
}

/**
 * Items in rows starting at `top`, wrapped at `budget`; returns where each goes and the y below
 * the last row (with the gap to the next group).
 */
export function placeRows<T extends Sized>(
  items: readonly T[],
  top: number,
  budget: number,
): { placed: Placed<T>[]; bottom: number } {
  const placed: Placed<T>[] = [];
  let x = 0;
  let y = top;
  let height = 0;
  for (const item of items) {
    if (x > 0 && x + item.w > budget) {
      y += height + ROW_GAP;
      x = 0;
      height = 0;
    }
    placed.push({ item, x, y });
    x += item.w + COLUMN_GAP;
    height = Math.max(height, item.h);
  }
  return { placed, bottom: items.length > 0 ? y + height + ROW_GAP : top };
}
