// `npm run -s import` end to end: design on stdout or -o, report on stderr,
// exit 0; exit 2 with a clear message for a bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDesign } from '../../src/model/validate';
import { FIXTURES } from './helpers';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], { encoding: 'utf8' });

// Each case starts Node with tsx; on a busy machine that alone can take seconds.
describe('import CLI', { timeout: 60_000 }, () => {
  it('writes the design to -o and the report to stderr', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'design.json');
    const result = run(join(FIXTURES, 'rvtools/v3/RVTools_export_v3.xlsx'), '-o', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Import from RVTools (.xlsx): RVTools_export_v3.xlsx');
    expect(result.stderr).toMatch(/Cabling is unknown/);
    expect(validateDesign(JSON.parse(readFileSync(out, 'utf8')))).toMatchObject({ ok: true });
  });

  it('writes the design to stdout without -o', () => {
    const result = run(join(FIXTURES, 'govc/hosts.json'), join(FIXTURES, 'govc/vms.json'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ format: 'vnet-design', version: 1 });
  });

  it('exits 2 with a message for an invalid input', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'import-')), 'RVTools_export.xlsx');
    writeFileSync(bad, 'not a workbook');
    const result = run(bad);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/RVTools_export\.xlsx: this is not a readable \.xlsx workbook/);
  });

  it('exits 2 with the usage for no input', () => {
    const result = run();
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run -s import/);
  });
});
