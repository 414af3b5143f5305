// Hosts wrap into rows: one row of a hundred hosts is too wide to read. Rows
// are filled in the given order up to a width that makes the block of hosts
// about as wide as a wide screen, and never narrower than a few hosts.
import { COLUMN_GAP, HOSTS_PER_ROW, ROW_GAP } from '../scene/metrics';

/** Width : height of the block of hosts (a 16:10 screen). */
const ASPECT = 1.6;

export function hostRows<T extends { w: number; h: number }>(hosts: readonly T[]): T[][] {
  const area = hosts.reduce((sum, h) => sum + (h.w + COLUMN_GAP) * (h.h + ROW_GAP), 0);
  // A few hosts share one row however tall they are, as they do before any layout.
  const fewest = hosts
    .map((h) => h.w + COLUMN_GAP)
    .sort((a, b) => b - a)
    .slice(0, HOSTS_PER_ROW)
    .reduce((sum, w) => sum + w, 0);
  const budget = Math.max(fewest, Math.sqrt(area * ASPECT));
  const rows: T[][] = [];
  let row: T[] = [];
  let width = 0;
  for (const host of hosts) {
    if (row.length > 0 && width + host.w > budget) {
      rows.push(row);
      row = [];
      width = 0;
    }
    row.push(host);
    width += host.w + COLUMN_GAP;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}
