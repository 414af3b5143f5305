// A generated export of a few thousand VMs imports completely, in one linear
// pass, with progress reported in order up to 1. (Its time is measured by
// the generator's --vms mode and the CLI, never asserted here.)
import { describe, expect, it } from 'vitest';
import { importInventory, type InputFile } from '../../src/io/import/index';
import { V4 } from '../fixtures/rvtools/dialects';
import { exportFiles } from '../fixtures/rvtools/generate';
import { largeLab } from '../fixtures/rvtools/lab';
import { expectValidDesign } from './helpers';

const VMS = 2000;
const files = exportFiles(largeLab(VMS), V4);
const inputs = (suffix: string): InputFile[] =>
  [...files]
    .filter(([path]) => path.endsWith(suffix))
    .map(([path, bytes]) => ({ name: path.split('/').pop() as string, bytes }));

describe(`an export of ${VMS} VMs`, { timeout: 60_000 }, () => {
  it.each(['.xlsx', '.csv'])('imports every VM and adapter from %s, reporting progress', (suffix) => {
    const progress: [number, string][] = [];
    const result = importInventory(inputs(suffix), { onProgress: (f, stage) => progress.push([f, stage]) });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.report.counts).toMatchObject({
      hosts: 40,
      vms: VMS,
      adapters: VMS + Math.ceil(VMS / 3),
      unattachedAdapters: 0,
      portGroups: 100,
    });
    expect(result.report.skipped).toEqual([]);
    expectValidDesign(result.design);
    const fractions = progress.map(([f]) => f);
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([1, 'done']);
    expect(new Set(progress.map(([, s]) => s))).toEqual(
      new Set(['reading', 'building the design', 'checking the design', 'done']),
    );
  });
});
