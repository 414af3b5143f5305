// Columns are found by header name, never by position: RVTools renames and
// reorders them between versions ("IP Address" became "IPv4 Address",
// "Portgroup" became "Port Group"). A header matches an alias when both agree
// after case, spaces and punctuation are dropped.
import type { Table, TableRow } from '../files/table';

export const normalizeHeader = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export type ColumnAliases<K extends string> = Record<K, readonly string[]>;

export interface Columns<K extends string> {
  /** The trimmed cell of this row in the column for `key`, or "" when the sheet has no such column. */
  get(row: TableRow, key: K): string;
  has(key: K): boolean;
  /** The header as the sheet spells it, for messages. */
  header(key: K): string | undefined;
}

export function matchColumns<K extends string>(table: Table, aliases: ColumnAliases<K>): Columns<K> {
  const byHeader = new Map<string, number>();
  table.headers.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (key !== '' && !byHeader.has(key)) byHeader.set(key, i);
  });
  const indexOf = new Map<K, number>();
  for (const key of Object.keys(aliases) as K[]) {
    for (const alias of aliases[key]) {
      const index = byHeader.get(normalizeHeader(alias));
      if (index !== undefined) {
        indexOf.set(key, index);
        break;
      }
    }
  }
  return {
    get: (row, key) => {
      const index = indexOf.get(key);
      return index === undefined ? '' : (row.cells[index] ?? '').trim();
    },
    has: (key) => indexOf.has(key),
    header: (key) => {
      const index = indexOf.get(key);
      return index === undefined ? undefined : table.headers[index];
    },
  };
}

/** The first key of `required` that has no column, with the names looked for. */
export function missingColumn<K extends string>(
  columns: Columns<K>,
  aliases: ColumnAliases<K>,
  required: readonly K[],
): string | null {
  for (const key of required)
    if (!columns.has(key))
      return `no column for ${key} (looked for ${aliases[key].map((a) => `"${a}"`).join(', ')})`;
  return null;
}
