// A worksheet's cells are read into dense rows, so a damaged or hostile cell
// reference must not make one row, or the sheet, larger than a real one can be.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../../test/fixtures/rvtools/writers';
import { ImportFailure } from '../errors';
import { LIMITS } from '../limits';
import { openWorkbook } from './xlsx';

const SHEET_PART = 'xl/worksheets/sheet1.xml';

/** A one-sheet workbook (vInfo) whose sheet XML `edit` rewrites. */
function workbook(edit: (sheetXml: string) => string): Uint8Array {
  const bytes = writeXlsx([{ name: 'vInfo', headers: ['VM', 'Host'], rows: [['web-01', 'esx-01']] }], {
    sharedStrings: false,
    typedBooleans: true,
  });
  const parts = unzipSync(bytes);
  parts[SHEET_PART] = strToU8(edit(strFromU8(parts[SHEET_PART]!)));
  return zipSync(parts);
}

const readVInfo = (bytes: Uint8Array) => {
  const book = openWorkbook(bytes, 'x.xlsx', (name) => name === 'vInfo');
  return book.read(book.sheets[0]!);
};

describe('reading worksheet rows', () => {
  it('reads a plain sheet', () => {
    const table = readVInfo(workbook((xml) => xml));
    expect(table.headers).toEqual(['VM', 'Host']);
    expect(table.rows.map((r) => r.cells)).toEqual([['web-01', 'esx-01']]);
  });

  it('reads a cell in the last column, XFD', () => {
    const table = readVInfo(workbook((xml) => xml.replace('r="B2"', 'r="XFD2"')));
    expect(table.rows[0]?.cells).toHaveLength(LIMITS.maxSheetColumns);
    expect(table.rows[0]?.cells.at(-1)).toBe('esx-01');
  });

  it('refuses a cell past the last column instead of building a row of millions of cells', () => {
    const read = () => readVInfo(workbook((xml) => xml.replace('r="B2"', 'r="ZZZZZZ2"')));
    expect(read).toThrow(ImportFailure);
    expect(read).toThrow(/x\.xlsx: .*ZZZZZZ2.* beyond column XFD/);
  });

  it('refuses a sheet whose rows together hold more cells than any export', () => {
    const rows = Math.ceil(LIMITS.maxSheetCells / LIMITS.maxSheetColumns) + 1;
    const wide = Array.from({ length: rows }, (_, i) => `<row r="${i + 3}"><c r="XFD${i + 3}"/></row>`);
    const read = () =>
      readVInfo(workbook((xml) => xml.replace('</sheetData>', `${wide.join('')}</sheetData>`)));
    expect(read).toThrow(/more than 10,000,000 cells/);
  });
});
