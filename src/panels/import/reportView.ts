// The import report as the panel shows it: counts with their labels, and the
// long lists cut to a readable length (the downloaded report has them all).
import type { ImportReport, ReportCounts } from '../../io/import/index';
import { slugify } from '../../io/files/designFileName';

const COUNT_LABELS: Record<keyof ReportCounts, string> = {
  hosts: 'Hosts',
  hostNics: 'Host NICs',
  vmkernels: 'VMkernel adapters',
  standardSwitches: 'Standard switches',
  distributedSwitches: 'Distributed switches',
  portGroups: 'Port groups',
  vms: 'VMs',
  adapters: 'VM adapters',
  unattachedAdapters: 'VM adapters left unattached',
};

/** Rows of the skipped list shown in the panel; the rest are counted. */
export const SHOWN_SKIPPED = 100;

export interface ReportView {
  counts: { key: keyof ReportCounts; label: string; value: number }[];
  warnings: string[];
  assumptions: string[];
  skipped: string[];
  /** Skipped rows not listed in the panel. */
  moreSkipped: number;
}

export function reportView(report: ImportReport): ReportView {
  return {
    counts: (Object.keys(COUNT_LABELS) as (keyof ReportCounts)[]).map((key) => ({
      key,
      label: COUNT_LABELS[key],
      value: report.counts[key],
    })),
    warnings: report.warnings,
    assumptions: report.assumptions.map((a) => `${a.what}: ${a.count} (e.g. ${a.example})`),
    skipped: report.skipped.slice(0, SHOWN_SKIPPED).map((s) => `${s.sheet} row ${s.row}: ${s.reason}`),
    moreSkipped: Math.max(0, report.skipped.length - SHOWN_SKIPPED),
  };
}

/** "rvtools-export-v4-xlsx-import-report.txt" for "RVTools_export_v4.xlsx". */
export const reportFileName = (label: string): string => `${slugify(label) || 'inventory'}-import-report.txt`;
