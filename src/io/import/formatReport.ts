// The import report as plain text: what the CLI prints to stderr and what the
// editor offers as a download.
import type { ImportReport, ReportCounts } from './report';

const COUNT_LABELS: Record<keyof ReportCounts, string> = {
  hosts: 'hosts',
  hostNics: 'host NICs',
  vmkernels: 'VMkernel adapters',
  standardSwitches: 'standard switches',
  distributedSwitches: 'distributed switches',
  portGroups: 'port groups',
  vms: 'VMs',
  adapters: 'VM adapters',
  unattachedAdapters: 'VM adapters left unattached',
};

export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  lines.push(`Import from ${report.source}: ${report.files.join(', ')}`);
  lines.push('');
  lines.push('Imported:');
  for (const key of Object.keys(COUNT_LABELS) as (keyof ReportCounts)[])
    lines.push(`  ${String(report.counts[key]).padStart(6)}  ${COUNT_LABELS[key]}`);
  lines.push('');
  lines.push(report.warnings.length > 0 ? 'Warnings:' : 'Warnings: none');
  for (const warning of report.warnings) lines.push(`  - ${warning}`);
  lines.push('');
  lines.push(report.assumptions.length > 0 ? 'Assumptions:' : 'Assumptions: none');
  for (const a of report.assumptions) lines.push(`  - ${a.what}: ${a.count} (e.g. ${a.example})`);
  lines.push('');
  lines.push(report.skipped.length > 0 ? `Skipped rows (${report.skipped.length}):` : 'Skipped rows: none');
  for (const s of report.skipped) lines.push(`  - ${s.sheet} row ${s.row}: ${s.reason}`);
  return lines.join('\n') + '\n';
}
