// Unreadable, wrong and hostile inputs are refused with a message that names
// the file, and no design comes back, so the open one stays as it is. Every
// input is made here in memory; none is committed.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importInventory, type ImportResult, type InputFile } from '../../src/io/import/index';
import { writeXlsx } from '../fixtures/rvtools/writers';
import { readInputs } from './helpers';

function expectRefused(result: ImportResult, ...fragments: (string | RegExp)[]): string {
  expect(result.ok).toBe(false);
  expect(result).not.toHaveProperty('design');
  const message = result.ok ? '' : result.error.message;
  for (const fragment of fragments) expect(message).toMatch(fragment);
  return message;
}

const file = (name: string, bytes: Uint8Array | string): InputFile => ({
  name,
  bytes: typeof bytes === 'string' ? strToU8(bytes) : bytes,
});

const workbook = (): Uint8Array => readInputs('rvtools/v4/RVTools_export_v4.xlsx')[0]?.bytes as Uint8Array;

/** Sets the uncompressed size recorded in every central directory entry. */
function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 46 <= copy.length; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return copy;
}

describe('hostile and wrong files', { timeout: 60_000 }, () => {
  it('refuses a truncated .xlsx', () => {
    const bytes = workbook();
    for (const cut of [0.5, 0.9, 0.99]) {
      const result = importInventory([
        file('RVTools_export.xlsx', bytes.subarray(0, Math.floor(bytes.length * cut))),
      ]);
      expectRefused(result, 'RVTools_export.xlsx', /damaged or cut short/);
    }
  });

  it('refuses a workbook whose compressed sheet data is corrupt', () => {
    const bytes = workbook().slice();
    for (let i = 200; i < 1200; i += 7) bytes[i] = (bytes[i] ?? 0) ^ 0x5a;
    expectRefused(importInventory([file('RVTools_export.xlsx', bytes)]), 'RVTools_export.xlsx');
  });

  it('refuses a CSV with a __proto__ header and pollutes nothing', () => {
    const csv = 'VM,__proto__,Host\r\nweb-01,{"polluted":true},esx-01\r\n';
    const result = importInventory([file('RVTools_tabvInfo.csv', csv)]);
    expectRefused(result, 'RVTools_tabvInfo.csv', /"__proto__"/, /refused/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a workbook sheet with a constructor header', () => {
    const bytes = writeXlsx(
      [{ name: 'vInfo', headers: ['VM', 'constructor', 'Host'], rows: [['a', 'b', 'c']] }],
      {
        sharedStrings: true,
        typedBooleans: true,
      },
    );
    expectRefused(importInventory([file('x.xlsx', bytes)]), 'x.xlsx', /"constructor"/);
  });

  it('reads govc JSON with __proto__ keys as plain data', () => {
    const json = JSON.stringify({ virtualMachines: [] }).replace('{', '{"__proto__":{"polluted":true},');
    const hosts = JSON.stringify([
      { name: 'name', op: 'assign', val: 'esx' },
      {
        name: 'config.network',
        op: 'assign',
        val: { __proto__: { polluted: 1 }, vswitch: [{ name: 'vSwitch0' }] },
      },
    ]);
    const result = importInventory([file('vms.json', json), file('esx.json', hosts)]);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB file before reading it, naming the cap', () => {
    const result = importInventory([
      file('RVTools_tabvInfo.csv', new Uint8Array(50 * 1024 * 1024).fill(0x41)),
    ]);
    expectRefused(result, 'RVTools_tabvInfo.csv', /50 MB/, /32 MB limit/);
  });

  it('refuses a zip bomb by its compression ratio before inflating it', () => {
    const bomb = zipSync(
      { 'xl/worksheets/sheet1.xml': new Uint8Array(24 * 1024 * 1024).fill(0x20) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(100 * 1024);
    expectRefused(importInventory([file('bomb.xlsx', bomb)]), 'bomb.xlsx', /compressed \d+:1/, /zip bomb/);
  });

  it('refuses an archive that declares a part bigger than the limit', () => {
    const liar = withDeclaredSize(workbook(), 0xfffffff0);
    expectRefused(importInventory([file('big.xlsx', liar)]), 'big.xlsx', /would unpack to/, /limit/);
  });

  it('refuses an archive with too many parts', () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2100; i++) parts[`p${i}.xml`] = new Uint8Array(0);
    expectRefused(importInventory([file('many.xlsx', zipSync(parts))]), 'many.xlsx', /more than 2000 parts/);
  });

  it('refuses files that are not an inventory', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expectRefused(importInventory([file('diagram.png', png)]), 'diagram.png', /binary file/);
    expectRefused(importInventory([file('notes.json', '{"hello": 1}')]), 'notes.json', /not govc output/);
    expectRefused(
      importInventory([file('broken.json', '{"virtualMachines": [')]),
      'broken.json',
      /not valid JSON/,
    );
    expectRefused(importInventory([file('data.csv', 'a,b\r\n1,2\r\n')]), /no RVTools sheet found/);
    const other = writeXlsx([{ name: 'Budget', headers: ['Item', 'Cost'], rows: [['a', 1]] }], {
      sharedStrings: true,
      typedBooleans: true,
    });
    expectRefused(importInventory([file('budget.xlsx', other)]), 'budget.xlsx', /no RVTools sheet found/);
    expectRefused(
      importInventory([file('a.zip', zipSync({ 'a.txt': strToU8('x') }))]),
      'a.zip',
      /not an RVTools/,
    );
    expectRefused(importInventory([file('old.xls', strToU8('\u00d0\u00cf'))]), 'old.xls', /\.xls format/);
    expectRefused(importInventory([]), /no file/);
  });

  it('refuses a CSV whose quoted field never ends', () => {
    const csv = 'VM,Host\r\n"web-01,esx-01\r\n';
    expectRefused(importInventory([file('RVTools_tabvInfo.csv', csv)]), 'RVTools_tabvInfo.csv', /never ends/);
  });

  it('refuses a mix of RVTools and govc files', () => {
    const mixed = [...readInputs('govc/vms.json'), ...readInputs('rvtools/v4/csv/RVTools_tabvInfo.csv')];
    expectRefused(importInventory(mixed), /separately/);
  });
});
