// CSV as RVTools and Excel write it (RFC 4180): quoted fields may hold the
// delimiter, doubled quotes and line breaks. The delimiter is whichever of
// comma, semicolon or tab the header line uses most, since Excel follows the
// locale's list separator. Fields are sliced, not built a character at a
// time, and the text is read once, so time grows linearly with its size.
import { ImportFailure } from '../errors';
import type { TableRow } from './table';

const CANDIDATES = [',', ';', '\t'] as const;
const QUOTE = 34;
const LF = 10;
const CR = 13;

export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

export function parseCsv(text: string, file: string, onProgress?: (fraction: number) => void): TableRow[] {
  const delimiter = detectDelimiter(text).charCodeAt(0);
  const length = text.length;
  const rows: TableRow[] = [];
  let cells: string[] = [];
  const step = Math.max(1, Math.floor(length / 50));
  let nextReport = step;
  const endOfField = (at: number): number => {
    let j = at;
    while (j < length) {
      const ch = text.charCodeAt(j);
      if (ch === delimiter || ch === LF || ch === CR) break;
      j++;
    }
    return j;
  };
  const endRecord = () => {
    rows.push({ line: rows.length + 1, cells });
    cells = [];
  };

  let i = 0;
  while (i < length) {
    if (onProgress && i >= nextReport) {
      onProgress(i / length);
      nextReport = i + step;
    }
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0)
          throw new ImportFailure(
            file,
            `a quoted field that starts in row ${rows.length + 1} never ends: the file is cut short`,
          );
        value += text.slice(i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Excel keeps anything between a closing quote and the delimiter; so do we.
      const end = endOfField(i);
      value += text.slice(i, end);
      i = end;
    } else {
      const end = endOfField(i);
      value = text.slice(i, end);
      i = end;
    }
    cells.push(value);
    if (i >= length) break;
    const ch = text.charCodeAt(i);
    if (ch === delimiter) {
      i++;
      if (i >= length) cells.push('');
      continue;
    }
    i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRecord();
  }
  if (cells.length > 0) endRecord();
  onProgress?.(1);
  return rows;
}
