// An RVTools export, as one .xlsx workbook or as one CSV per tab
// (RVTools_tabvInfo.csv ...), read into an inventory. Sheets are read in an
// order where every sheet finds what it refers to already read.
import { ImportFailure } from '../errors';
import { parseCsv } from '../files/csv';
import { toTable, type Table } from '../files/table';
import { decodeText } from '../files/text';
import { openWorkbook } from '../files/xlsx';
import { emptyInventory, type Inventory } from '../inventory';
import type { ReportBuilder } from '../report';
import { normalizeHeader } from './columns';
import { readDvPort, readDvSwitch } from './dvSheets';
import { readVmk, readVNic, readVPort, readVSwitch } from './hostSheets';
import { readVInfo, readVNetwork } from './vmSheets';

type SheetReader = (table: Table, inv: Inventory, report: ReportBuilder) => void;

/** In reading order: switches before port groups, VMs before their adapters. */
const READERS: readonly (readonly [string, SheetReader])[] = [
  ['vswitch', readVSwitch],
  ['vport', readVPort],
  ['dvswitch', readDvSwitch],
  ['dvport', readDvPort],
  ['vnic', readVNic],
  ['vscvmk', readVmk],
  ['vinfo', readVInfo],
  ['vnetwork', readVNetwork],
];

export const RVTOOLS_SHEETS = [
  'vInfo',
  'vNetwork',
  'vSwitch',
  'vPort',
  'dvSwitch',
  'dvPort',
  'vNIC',
  'vSC_VMK',
];

const readerOrder = (key: string): number => READERS.findIndex(([k]) => k === key);

export const sheetKey = (sheetName: string): string => normalizeHeader(sheetName);

/** RVTools_tabvInfo.csv → vInfo; a plain vInfo.csv works too. */
export function sheetNameOfCsv(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.(csv|txt)$/i, '').replace(/^rvtools_?(export_?)?(tab_?)?/i, '');
}

export const isRvtoolsSheet = (sheetName: string): boolean => readerOrder(sheetKey(sheetName)) >= 0;

function readTables(tables: Table[], inv: Inventory, report: ReportBuilder, files: string): void {
  const known = tables.filter((t) => isRvtoolsSheet(t.sheet));
  if (known.length === 0)
    throw new ImportFailure(
      files,
      `no RVTools sheet found; an RVTools export has sheets named ${RVTOOLS_SHEETS.join(', ')}`,
    );
  known.sort((a, b) => readerOrder(sheetKey(a.sheet)) - readerOrder(sheetKey(b.sheet)));
  for (const table of known) READERS[readerOrder(sheetKey(table.sheet))]?.[1](table, inv, report);
}

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export function readRvtoolsXlsx(
  file: InputFile,
  report: ReportBuilder,
  onProgress: (fraction: number) => void,
): Inventory {
  const workbook = openWorkbook(file.bytes, file.name, isRvtoolsSheet);
  const total = workbook.sheets.reduce((sum, s) => sum + workbook.sizeOf(s), 0) || 1;
  let done = 0;
  const tables = workbook.sheets.map((sheet) => {
    const size = workbook.sizeOf(sheet);
    const table = workbook.read(sheet, (f) => onProgress((done + f * size) / total));
    done += size;
    return table;
  });
  const inv = emptyInventory('RVTools (.xlsx)');
  readTables(tables, inv, report, file.name);
  return inv;
}

export function readRvtoolsCsv(
  files: readonly InputFile[],
  report: ReportBuilder,
  onProgress: (fraction: number) => void,
): Inventory {
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0) || 1;
  let done = 0;
  const tables: Table[] = [];
  for (const file of files) {
    const sheet = sheetNameOfCsv(file.name);
    if (!isRvtoolsSheet(sheet)) {
      report.warn(
        `${file.name} was not read: it is not one of the tabs the import uses (${RVTOOLS_SHEETS.join(', ')}).`,
      );
      done += file.bytes.length;
      continue;
    }
    const decoded = decodeText(file.bytes);
    if (decoded.encoding === 'windows-1252')
      report.assume('file is not UTF-8; read as Windows-1252', file.name);
    const size = file.bytes.length;
    const records = parseCsv(decoded.text, file.name, (f) => onProgress((done + f * size) / total));
    done += size;
    tables.push(toTable(records, file.name, sheet));
  }
  const inv = emptyInventory('RVTools (CSV)');
  readTables(tables, inv, report, files.map((f) => f.name).join(', '));
  return inv;
}
