import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../io/import/index';
import { reportFileName, reportView, SHOWN_SKIPPED } from './reportView';

const report: ImportReport = {
  source: 'RVTools (CSV)',
  files: ['RVTools_tabvInfo.csv'],
  counts: {
    hosts: 2,
    hostNics: 7,
    vmkernels: 4,
    standardSwitches: 3,
    distributedSwitches: 1,
    portGroups: 11,
    vms: 6,
    adapters: 7,
    unattachedAdapters: 1,
  },
  skipped: Array.from({ length: SHOWN_SKIPPED + 5 }, (_, i) => ({
    sheet: 'vInfo',
    row: i + 2,
    reason: 'a template',
  })),
  assumptions: [
    { what: 'guest MTU not in the inventory: 1500 assumed', count: 7, example: 'web-01 / Network adapter 1' },
  ],
  warnings: ['Cabling is unknown.'],
};

describe('reportView', () => {
  const view = reportView(report);

  it('labels every count, in the order of the text report', () => {
    expect(view.counts.map((c) => [c.label, c.value])).toEqual([
      ['Hosts', 2],
      ['Host NICs', 7],
      ['VMkernel adapters', 4],
      ['Standard switches', 3],
      ['Distributed switches', 1],
      ['Port groups', 11],
      ['VMs', 6],
      ['VM adapters', 7],
      ['VM adapters left unattached', 1],
    ]);
  });

  it('says each assumption with its count and an example, and each skipped row with its reason', () => {
    expect(view.assumptions).toEqual([
      'guest MTU not in the inventory: 1500 assumed: 7 (e.g. web-01 / Network adapter 1)',
    ]);
    expect(view.skipped[0]).toBe('vInfo row 2: a template');
    expect(view.warnings).toEqual(['Cabling is unknown.']);
  });

  it('lists the first skipped rows and counts the rest', () => {
    expect(view.skipped).toHaveLength(SHOWN_SKIPPED);
    expect(view.moreSkipped).toBe(5);
  });

  it('names the download after the import', () => {
    expect(reportFileName('RVTools_export_v4.xlsx')).toBe('rvtools-export-v4-xlsx-import-report.txt');
    expect(reportFileName('日本')).toBe('inventory-import-report.txt');
  });
});
