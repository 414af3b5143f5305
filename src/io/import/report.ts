// What an import did, for the person who ran it: counts per kind, every row
// that was skipped and why, and every assumption made where the inventory was
// silent. Plain data, so that it crosses a worker boundary and saves as JSON.

export interface ReportCounts {
  hosts: number;
  hostNics: number;
  vmkernels: number;
  standardSwitches: number;
  distributedSwitches: number;
  portGroups: number;
  vms: number;
  adapters: number;
  unattachedAdapters: number;
}

export interface SkippedRow {
  /** A sheet name (vNetwork) or, for JSON, the file name. */
  sheet: string;
  /** The row as a spreadsheet shows it (the header is row 1); for JSON the object's position, from 1. */
  row: number;
  reason: string;
}

export interface Assumption {
  what: string;
  count: number;
  /** One case it was made for, so that the person can find it. */
  example: string;
}

export interface ImportReport {
  /** "RVTools (.xlsx)", "RVTools (CSV)" or "govc JSON". */
  source: string;
  files: string[];
  counts: ReportCounts;
  skipped: SkippedRow[];
  assumptions: Assumption[];
  warnings: string[];
}

/** Collects findings while an import runs; assumptions of one kind are counted, not repeated. */
export class ReportBuilder {
  private readonly skippedRows: SkippedRow[] = [];
  private readonly assumptionsByWhat = new Map<string, Assumption>();
  private readonly warningList: string[] = [];

  skip(sheet: string, row: number, reason: string): void {
    this.skippedRows.push({ sheet, row, reason });
  }

  assume(what: string, example: string): void {
    const known = this.assumptionsByWhat.get(what);
    if (known) known.count += 1;
    else this.assumptionsByWhat.set(what, { what, count: 1, example });
  }

  warn(message: string): void {
    if (!this.warningList.includes(message)) this.warningList.push(message);
  }

  build(source: string, files: string[], counts: ReportCounts): ImportReport {
    return {
      source,
      files: [...files],
      counts,
      skipped: [...this.skippedRows],
      assumptions: [...this.assumptionsByWhat.values()].map((a) => ({ ...a })),
      warnings: [...this.warningList],
    };
  }
}
