// Caps on what an import reads, checked before any work is done, so that a
// hostile file is refused quickly and with bounded memory.

const MiB = 1024 * 1024;

export const LIMITS = {
  /** One input file. RVTools exports of a few thousand VMs are a few MB. */
  maxFileBytes: 32 * MiB,
  /** All input files together. */
  maxTotalBytes: 96 * MiB,
  /** Entries in one .xlsx archive; RVTools writes about 30 sheets plus a dozen parts. */
  maxZipEntries: 2000,
  /** Declared uncompressed size of the parts of one .xlsx that are read. */
  maxUncompressedBytes: 256 * MiB,
  /** Declared uncompressed size of one part. */
  maxEntryBytes: 128 * MiB,
  /** Sheet XML compresses 5–30×; deflate's own limit is about 1030×. Checked on parts over 1 MiB. */
  maxCompressionRatio: 100,
  ratioCheckFromBytes: MiB,
  /** Columns of a worksheet: Excel stops at XFD. A cell reference past it would make a huge row. */
  maxSheetColumns: 16_384,
  /** Cells of one sheet, gaps included. RVTools' vInfo of 50,000 VMs has about 5 million. */
  maxSheetCells: 10_000_000,
} as const;

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(bytes % MiB === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
