import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../errors';
import { detectDelimiter, parseCsv } from './csv';

const cells = (text: string) => parseCsv(text, 'f.csv').map((r) => r.cells);

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    expect(cells('VM,Note\r\n"web, 01","say ""hi""\nthere"\r\nb,\r\n')).toEqual([
      ['VM', 'Note'],
      ['web, 01', 'say "hi"\nthere'],
      ['b', ''],
    ]);
  });

  it('numbers records as a spreadsheet numbers rows, a multi-line cell counting once', () => {
    expect(parseCsv('a\n"x\ny"\nz', 'f.csv').map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('takes the delimiter the header uses most', () => {
    expect(detectDelimiter('VM;Host;"a,b"\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('VM\tHost\n')).toBe('\t');
    expect(detectDelimiter('VM,Host\n')).toBe(',');
    expect(cells('VM;IP\nweb;10.0.0.1, fe80::1')).toEqual([
      ['VM', 'IP'],
      ['web', '10.0.0.1, fe80::1'],
    ]);
  });

  it('keeps a trailing empty field and ends without a final line break', () => {
    expect(cells('a,b,\n1,2,')).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ]);
  });

  it('refuses a quoted field that never ends', () => {
    expect(() => parseCsv('a\n"open', 'f.csv')).toThrow(ImportFailure);
    expect(() => parseCsv('a\n"open', 'f.csv')).toThrow(/row 2 never ends/);
  });
});
