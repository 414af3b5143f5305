// Reading the parts of a zip archive (.xlsx) with every size checked before
// anything is inflated: the entry count, each part's declared size, the total,
// and the compression ratio that gives a zip bomb away. Sizes come from the
// central directory; fflate then inflates into a buffer of exactly the
// declared size, so a part that lies about its size cannot grow past it.
import { unzipSync } from 'fflate';
import { describeError, ImportFailure } from '../errors';
import { formatBytes, LIMITS } from '../limits';

export interface ZipEntryInfo {
  name: string;
  /** Compressed size. */
  size: number;
  originalSize: number;
  compression: number;
}

class TooManyEntries extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

function damaged(file: string, detail: string): ImportFailure {
  return new ImportFailure(
    file,
    `the .xlsx archive is damaged or cut short (${detail}); export it again from RVTools`,
  );
}

export function listZip(bytes: Uint8Array, file: string): ZipEntryInfo[] {
  const entries: ZipEntryInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        if (entries.length >= LIMITS.maxZipEntries) throw new TooManyEntries();
        entries.push({ ...info });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof TooManyEntries)
      throw new ImportFailure(
        file,
        `the archive holds more than ${LIMITS.maxZipEntries} parts, far more than any workbook; it was refused`,
      );
    throw damaged(file, describeError(error));
  }
  for (const entry of entries) checkEntry(entry, file);
  return entries;
}

function checkEntry(entry: ZipEntryInfo, file: string): void {
  if (!Number.isFinite(entry.originalSize) || !Number.isFinite(entry.size) || entry.size > 0xffffffff)
    throw damaged(file, `part ${entry.name} has no readable size`);
  if (entry.originalSize > LIMITS.maxEntryBytes)
    throw new ImportFailure(
      file,
      `part ${entry.name} would unpack to ${formatBytes(entry.originalSize)}, over the ${formatBytes(LIMITS.maxEntryBytes)} limit for one part; the file was refused`,
    );
  const ratio = entry.originalSize / Math.max(1, entry.size);
  if (entry.originalSize >= LIMITS.ratioCheckFromBytes && ratio > LIMITS.maxCompressionRatio)
    throw new ImportFailure(
      file,
      `part ${entry.name} is compressed ${Math.round(ratio)}:1, far beyond any real workbook (a zip bomb?); the file was refused`,
    );
  if (entry.compression !== 0 && entry.compression !== 8)
    throw new ImportFailure(
      file,
      `part ${entry.name} uses compression method ${entry.compression}, which .xlsx never uses`,
    );
}

/** Inflates the named parts, after checking that together they stay within the limits. */
export function readZipParts(
  bytes: Uint8Array,
  file: string,
  entries: readonly ZipEntryInfo[],
  names: ReadonlySet<string>,
): Map<string, Uint8Array> {
  const wanted = entries.filter((e) => names.has(e.name));
  const total = wanted.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > LIMITS.maxUncompressedBytes)
    throw new ImportFailure(
      file,
      `the sheets to read would unpack to ${formatBytes(total)}, over the ${formatBytes(LIMITS.maxUncompressedBytes)} limit; the file was refused`,
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (info) => names.has(info.name) });
  } catch (error) {
    throw damaged(file, describeError(error));
  }
  const parts = new Map<string, Uint8Array>();
  for (const entry of wanted) {
    const data = Object.prototype.hasOwnProperty.call(files, entry.name) ? files[entry.name] : undefined;
    if (!data || data.length !== entry.originalSize)
      throw damaged(file, `part ${entry.name} does not unpack to its recorded size`);
    parts.set(entry.name, data);
  }
  return parts;
}
