// The command line (src/cli/export.ts) runs the editor's exporters unchanged:
// same bytes as the library, exit 2 with path: message lines for an invalid file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/index';
import { exportDrawio } from './drawio/drawioExport';
import { exportSvg } from './svg/svgExport';
import { everyKindDesign } from './testing/designs';

const ROOT = join(import.meta.dirname, '../../..');

function runExport(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts Node with a TypeScript loader: room for a busy machine.
const SPAWN_TIMEOUT = 60_000;

describe('npm run export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnet-export-'));
  const design = everyKindDesign();
  const file = join(dir, 'design.json');
  writeFileSync(file, JSON.stringify(design));

  it(
    'writes the SVG to stdout, links coloured by the evaluator, problems with --problems',
    () => {
      const evaluation = evaluate(design);
      const plain = runExport(file, '--format', 'svg');
      expect(plain).toMatchObject({ code: 0, stderr: '' });
      expect(plain.stdout).toBe(exportSvg(design, { statuses: evaluation.links }));
      const withProblems = runExport(file, '--format=svg', '--problems');
      expect(withProblems.stdout).toBe(
        exportSvg(design, { statuses: evaluation.links, problems: evaluation.problems }),
      );
    },
    SPAWN_TIMEOUT,
  );

  it(
    'writes the .drawio file given by -o',
    () => {
      const out = join(dir, 'out.drawio');
      expect(runExport(file, '--format', 'drawio', '-o', out)).toMatchObject({
        code: 0,
        stdout: '',
        stderr: '',
      });
      expect(readFileSync(out, 'utf8')).toBe(exportDrawio(design, { statuses: evaluate(design).links }));
    },
    SPAWN_TIMEOUT,
  );

  it(
    'exits 2 with path: message lines for an invalid design, and with usage for bad arguments',
    () => {
      const invalid = join(dir, 'invalid.json');
      writeFileSync(
        invalid,
        JSON.stringify({ format: 'vnet-design', version: 1, vms: [{ id: 'v', host: 'nope', color: 'red' }] }),
      );
      const refused = runExport(invalid, '--format', 'svg');
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toMatch(/^\/vms\/0\/color: /m);

      for (const args of [[file], [file, '--format', 'png'], [file, '--format', 'drawio', '--problems']]) {
        const usage = runExport(...args);
        expect(usage.code).toBe(2);
        expect(usage.stderr).toContain('usage: npm run -s export -- <design.json> --format svg|drawio');
      }
      expect(runExport(join(dir, 'missing.json'), '--format', 'svg').stderr).toContain('no such file');
    },
    SPAWN_TIMEOUT,
  );
});
