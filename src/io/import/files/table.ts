// A sheet as the importers see it: a header row and rows of strings, kept as
// arrays so that no cell or header ever becomes a property name of an object.
import { ImportFailure } from '../errors';

export interface TableRow {
  /** The row number a spreadsheet shows (the header row is 1). */
  line: number;
  cells: string[];
}

export interface Table {
  sheet: string;
  file: string;
  headers: string[];
  rows: TableRow[];
}

/** Names that mean something to JavaScript objects and never to RVTools. */
const HOSTILE_HEADERS = new Set(['__proto__', 'constructor', 'prototype']);

export function refuseHostileHeaders(headers: readonly string[], file: string, sheet: string): void {
  for (const header of headers) {
    if (HOSTILE_HEADERS.has(header.trim().toLowerCase()))
      throw new ImportFailure(
        file,
        `sheet ${sheet} has a column named ${JSON.stringify(header.trim())}, which no RVTools version writes; ` +
          'the file was refused because such a name could alter the program itself',
      );
  }
}

/** Splits raw records into the header (the first non-empty record) and the rows after it. */
export function toTable(records: readonly TableRow[], file: string, sheet: string): Table {
  const headerIndex = records.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerIndex < 0) return { sheet, file, headers: [], rows: [] };
  const headers = (records[headerIndex]?.cells ?? []).map((h) => h.trim());
  refuseHostileHeaders(headers, file, sheet);
  const rows = records.slice(headerIndex + 1).filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { sheet, file, headers, rows };
}
