// The sheets of an .xlsx workbook as tables of strings. Only the parts needed
// are inflated: the workbook, its relationships, the shared strings and the
// sheets the caller asks for. Cells keep their text as written (numbers as
// their digits, booleans as TRUE/FALSE); nothing is evaluated.
import { describeError, ImportFailure } from '../errors';
import { LIMITS } from '../limits';
import { decodeText } from './text';
import { toTable, type Table, type TableRow } from './table';
import { readAttribute, readAttributes, scanXml, XmlError, type XmlHandler } from './xml';
import { listZip, readZipParts, type ZipEntryInfo } from './zip';

export interface WorkbookSheet {
  name: string;
  part: string;
}

function resolvePart(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

const relsOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

function parseXmlPart(
  bytes: Uint8Array,
  file: string,
  part: string,
  handler: XmlHandler,
  onProgress?: (f: number) => void,
) {
  try {
    scanXml(decodeText(bytes).text, handler, onProgress);
  } catch (error) {
    if (error instanceof XmlError)
      throw new ImportFailure(
        file,
        `part ${part} is not readable XML (${error.message}); the workbook is damaged`,
      );
    throw error;
  }
}

function readRelationships(
  bytes: Uint8Array | undefined,
  file: string,
  part: string,
): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  if (!bytes) return rels;
  parseXmlPart(bytes, file, part, {
    open(name, attributes) {
      if (name !== 'Relationship') return;
      const a = readAttributes(attributes);
      const id = a.get('Id');
      if (id) rels.set(id, { type: a.get('Type') ?? '', target: a.get('Target') ?? '' });
    },
    close() {},
    text() {},
  });
  return rels;
}

function readSharedStrings(bytes: Uint8Array | undefined, file: string, part: string): string[] {
  const strings: string[] = [];
  if (!bytes) return strings;
  let current: string[] | null = null;
  let inText = false;
  let phoneticDepth = 0;
  parseXmlPart(bytes, file, part, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && phoneticDepth === 0) inText = true;
    },
    close(name) {
      if (name === 'si' && current) {
        strings.push(unescapeXstring(current.join('')));
        current = null;
      } else if (name === 'rPh') phoneticDepth--;
      else if (name === 't') inText = false;
    },
    text(value) {
      if (inText && current) current.push(value);
    },
  });
  return strings;
}

/** OOXML writes characters XML cannot hold as _xHHHH_. */
function unescapeXstring(value: string): string {
  if (!value.includes('_x')) return value;
  return value.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function columnIndex(ref: string): number {
  let index = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function readSheetRows(
  bytes: Uint8Array,
  file: string,
  part: string,
  shared: readonly string[],
  onProgress?: (f: number) => void,
): TableRow[] {
  const rows: TableRow[] = [];
  let row: string[] | null = null;
  let rowNumber = 0;
  let column = -1;
  let cellType = '';
  let cellValue: string | null = null;
  let capture = false;
  // Rows are dense arrays: a cell far to the right, or many rows of them, would fill memory with gaps.
  let cells = 0;
  parseXmlPart(
    bytes,
    file,
    part,
    {
      open(name, attributes) {
        if (name === 'row') {
          const r = Number(readAttribute(attributes, 'r'));
          rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
          row = [];
          column = -1;
        } else if (name === 'c' && row) {
          const ref = readAttribute(attributes, 'r');
          const at = ref ? columnIndex(ref.toUpperCase()) : -1;
          column = at > column ? at : column + 1;
          if (column >= LIMITS.maxSheetColumns)
            throw new ImportFailure(
              file,
              `part ${part} has a cell (${ref?.slice(0, 16) ?? `number ${column + 1} of row ${rowNumber}`}) beyond column XFD, the last one a worksheet has; the workbook is damaged`,
            );
          cellType = readAttribute(attributes, 't') ?? 'n';
          cellValue = '';
        } else if ((name === 'v' || name === 't') && cellValue !== null) capture = true;
      },
      close(name) {
        if (name === 'c' && row && cellValue !== null) {
          row[column] = cellText(cellValue, cellType, shared);
          cellValue = null;
        } else if (name === 'v' || name === 't') capture = false;
        else if (name === 'row' && row) {
          cells += row.length;
          if (cells > LIMITS.maxSheetCells)
            throw new ImportFailure(
              file,
              `part ${part} has more than ${LIMITS.maxSheetCells.toLocaleString('en')} cells, more than any RVTools export; the file was refused`,
            );
          rows.push({ line: rowNumber, cells: Array.from(row, (c) => c ?? '') });
          row = null;
        }
      },
      text(value) {
        if (capture && cellValue !== null) cellValue += value;
      },
    },
    onProgress,
  );
  return rows;
}

function cellText(raw: string, type: string, shared: readonly string[]): string {
  switch (type) {
    case 's': {
      const index = Number(raw);
      return Number.isInteger(index) ? (shared[index] ?? '') : '';
    }
    case 'b':
      return raw === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    case 'inlineStr':
    case 'str':
      return unescapeXstring(raw);
    default:
      return raw;
  }
}

export interface Workbook {
  sheets: WorkbookSheet[];
  read(sheet: WorkbookSheet, onProgress?: (fraction: number) => void): Table;
  /** Uncompressed size of a sheet's part, to weigh progress. */
  sizeOf(sheet: WorkbookSheet): number;
}

/** Opens the workbook and reads the shared strings plus the sheets `wanted` accepts. */
export function openWorkbook(
  bytes: Uint8Array,
  file: string,
  wanted: (sheetName: string) => boolean,
): Workbook {
  const entries = listZip(bytes, file);
  const byName = new Map<string, ZipEntryInfo>(entries.map((e) => [e.name, e]));
  const rootRels = readRelationships(
    readZipParts(bytes, file, entries, new Set(['_rels/.rels'])).get('_rels/.rels'),
    file,
    '_rels/.rels',
  );
  const officeDocument = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = officeDocument ? resolvePart('', officeDocument.target) : 'xl/workbook.xml';
  if (!byName.has(workbookPart))
    throw new ImportFailure(
      file,
      'this is a zip archive but not an Excel workbook (it has no workbook part)',
    );
  const workbookRels = relsOf(workbookPart);
  const head = readZipParts(bytes, file, entries, new Set([workbookPart, workbookRels]));
  const rels = readRelationships(head.get(workbookRels), file, workbookRels);
  const sheets: WorkbookSheet[] = [];
  parseXmlPart(head.get(workbookPart) ?? new Uint8Array(), file, workbookPart, {
    open(name, attributes) {
      if (name !== 'sheet') return;
      const a = readAttributes(attributes);
      const rel = rels.get(a.get('id') ?? '');
      if (rel) sheets.push({ name: a.get('name') ?? '', part: resolvePart(workbookPart, rel.target) });
    },
    close() {},
    text() {},
  });
  const sharedRel = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
  const sharedPart = sharedRel ? resolvePart(workbookPart, sharedRel.target) : undefined;
  const selected = sheets.filter((s) => wanted(s.name) && byName.has(s.part));
  const names = new Set(selected.map((s) => s.part));
  if (sharedPart && byName.has(sharedPart)) names.add(sharedPart);
  const parts = readZipParts(bytes, file, entries, names);
  const shared = readSharedStrings(sharedPart ? parts.get(sharedPart) : undefined, file, sharedPart ?? '');
  return {
    sheets: selected,
    sizeOf: (sheet) => byName.get(sheet.part)?.originalSize ?? 0,
    read(sheet, onProgress) {
      const data = parts.get(sheet.part);
      if (!data) throw new ImportFailure(file, `sheet ${sheet.name} has no data part`);
      try {
        return toTable(readSheetRows(data, file, sheet.part, shared, onProgress), file, sheet.name);
      } catch (error) {
        if (error instanceof ImportFailure) throw error;
        throw new ImportFailure(file, `sheet ${sheet.name} could not be read: ${describeError(error)}`);
      }
    },
  };
}
