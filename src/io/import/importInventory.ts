// The importer's one entry point: files (name and bytes) in, a validated
// design and its report out, or one clear error. Pure: no DOM, no Node APIs,
// no shared state, so it runs unchanged in a Web Worker, in the CLI and in
// tests, and a failure can never touch the design that is open.
import { formatError, validateDesign } from '../../model/validate';
import type { Design } from '../../model/types';
import { buildDesign } from './build/buildDesign';
import { describeError, ImportFailure } from './errors';
import { looksBinary } from './files/text';
import { looksLikeZip } from './files/zip';
import { readGovc } from './govc/readGovc';
import type { Inventory } from './inventory';
import { formatBytes, LIMITS } from './limits';
import { Progress, type ProgressCallback } from './progress';
import { ReportBuilder, type ImportReport } from './report';
import { readRvtoolsCsv, readRvtoolsXlsx, type InputFile } from './rvtools/readRvtools';

export type { InputFile } from './rvtools/readRvtools';

export interface ImportOptions {
  onProgress?: ProgressCallback;
  /** The new design's name; by default "Imported from <first file>". */
  designName?: string;
}

export interface ImportError {
  /** The file at fault, or "" when the error is about the set of files. */
  file: string;
  message: string;
}

export type ImportResult =
  { ok: true; design: Design; report: ImportReport } | { ok: false; error: ImportError };

type Kind = 'xlsx' | 'csv' | 'json';

const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

function kindOf(file: InputFile): Kind {
  const lower = file.name.toLowerCase();
  if (looksLikeZip(file.bytes)) {
    if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm') || !/\.[a-z0-9]+$/.test(lower)) return 'xlsx';
    throw new ImportFailure(file.name, 'this is a zip archive, not an RVTools .xlsx export or govc JSON');
  }
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm'))
    throw new ImportFailure(
      file.name,
      'this is not a readable .xlsx workbook (it is not a zip archive); export it again from RVTools',
    );
  if (lower.endsWith('.xls'))
    throw new ImportFailure(
      file.name,
      'the old binary .xls format is not read; save it as .xlsx or export CSV from RVTools',
    );
  if (looksBinary(file.bytes))
    throw new ImportFailure(
      file.name,
      'this is a binary file, not an RVTools export (.xlsx, .csv) or govc JSON',
    );
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  const start = new TextDecoder()
    .decode(file.bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return start.startsWith('{') || start.startsWith('[') ? 'json' : 'csv';
}

function checkSizes(files: readonly InputFile[]): void {
  if (files.length === 0) throw new ImportFailure('', 'no file to import');
  for (const file of files)
    if (file.bytes.length > LIMITS.maxFileBytes)
      throw new ImportFailure(
        file.name,
        `the file is ${formatBytes(file.bytes.length)}, over the ${formatBytes(LIMITS.maxFileBytes)} limit for one file; it was not read`,
      );
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  if (total > LIMITS.maxTotalBytes)
    throw new ImportFailure(
      '',
      `the files add up to ${formatBytes(total)}, over the ${formatBytes(LIMITS.maxTotalBytes)} limit; import fewer at once`,
    );
}

function readInventory(files: readonly InputFile[], report: ReportBuilder, progress: Progress): Inventory {
  const kinds = files.map(kindOf);
  const reading = progress.span(0, 0.8, 'reading');
  if (kinds.every((k) => k === 'json')) return readGovc(files, report, reading);
  if (kinds.includes('json'))
    throw new ImportFailure(
      '',
      'import RVTools files and govc JSON separately: they describe the inventory differently',
    );
  const workbooks = files.filter((_f, i) => kinds[i] === 'xlsx');
  if (workbooks.length === 0) return readRvtoolsCsv(files, report, reading);
  if (files.length > 1)
    throw new ImportFailure('', 'import one RVTools .xlsx workbook at a time, without other files');
  return readRvtoolsXlsx(workbooks[0] as InputFile, report, reading);
}

export function importInventory(files: readonly InputFile[], options: ImportOptions = {}): ImportResult {
  const progress = new Progress(options.onProgress);
  try {
    const named = files.map((f) => ({ name: baseName(f.name), bytes: f.bytes }));
    checkSizes(named);
    progress.report(0, 'reading');
    const report = new ReportBuilder();
    const inv = readInventory(named, report, progress);
    if (
      inv.vms.length === 0 &&
      inv.standardSwitches.length === 0 &&
      inv.dvSwitches.length === 0 &&
      inv.hostNics.length === 0
    )
      throw new ImportFailure(
        named.map((f) => f.name).join(', '),
        'no VMs, switches or hosts were found in it',
      );
    progress.report(0.8, 'building the design');
    const built = buildDesign(
      inv,
      options.designName ?? `Imported from ${named[0]?.name ?? 'an inventory'}`,
      report,
    );
    progress.report(0.9, 'checking the design');
    const checked = validateDesign(built.design);
    if (!checked.ok)
      throw new ImportFailure(
        '',
        `the imported design does not pass validation, which is a bug in the importer: ${checked.errors.slice(0, 3).map(formatError).join('; ')}`,
      );
    progress.report(1, 'done');
    return {
      ok: true,
      design: checked.doc,
      report: report.build(
        inv.source,
        named.map((f) => f.name),
        built.counts,
      ),
    };
  } catch (error) {
    if (error instanceof ImportFailure)
      return { ok: false, error: { file: error.file, message: error.message } };
    return {
      ok: false,
      error: { file: '', message: `the import failed unexpectedly: ${describeError(error)}` },
    };
  }
}
