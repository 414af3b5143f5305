// The `check` command (MODEL.md section 3): JSON shape, readable lines and exit codes.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine/index';
import { design } from '../engine/test/builder';
import { runCheck } from './checkCommand';
import { COLOUR, formatEvaluation, PLAIN } from './checkFormat';

/** Runs the command in-process over a map of file contents. */
function check(files: Record<string, string | object>, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = runCheck(args, {
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof content === 'string' ? content : JSON.stringify(content);
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    colourOut: false,
    colourErr: false,
  });
  return { status, stdout, stderr };
}

const lan = design()
  .host('esx1')
  .standard('vss0', 'esx1')
  .portGroup('pg', 'vss0', 10)
  .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
  .vm('b', 'esx1', [{ network: 'pg', ip: '10.0.0.2/24' }])
  .flow('f-ab', 'a', 'b', { service: 'tcp/22' });

describe('section 3: the check command', () => {
  it('section 3: --json prints one object with valid, ok, flows, problems and links; exit 0 when ok', () => {
    const run = check({ 'ok.json': lan.build() }, 'ok.json', '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['valid', 'ok', 'flows', 'problems', 'links']);
    expect(out.flows[0]).toMatchObject({
      id: 'f-ab',
      verdict: 'allowed',
      reason: '',
      at: 'b-n0',
      expected: 'allow',
      pass: true,
    });
    expect(out.links).toEqual({ 'nic:a-n0': 'ok', 'nic:b-n0': 'ok' });
  });

  it('section 3: exit 1 when valid but not ok, with a readable line per flow and problem', () => {
    const doc = lan.build();
    doc.vms![1]!.nics![0]!.ip = '10.0.0.1/24';
    const run = check({ 'dup.json': doc }, 'dup.json');
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^(PASS|FAIL) f-ab /);
    expect(lines[1]).toMatch(/^error +duplicate-ip /);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('section 3: an invalid file exits 2 with errors at JSON pointers', () => {
    const doc = lan.build();
    doc.vms![0]!.nics![0]!.ip = '10.0.0.300/24';
    const json = check({ 'bad.json': doc }, 'bad.json', '--json');
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      valid: false,
      errors: [expect.objectContaining({ path: '/vms/0/nics/0/ip' })],
    });
    const readable = check({ 'bad.json': doc }, 'bad.json');
    expect(readable.status).toBe(2);
    expect(readable.stdout).toBe('');
    expect(readable.stderr).toContain('/vms/0/nics/0/ip');
  });

  it('section 3: an unreadable file exits 2, and with --json still prints one object', () => {
    const missing = check({}, 'nope.json', '--json');
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.stdout)).toEqual({
      valid: false,
      errors: [{ path: '', message: expect.stringContaining('cannot read') }],
    });
    expect(check({ 'text.json': 'not json' }, 'text.json', '--json').status).toBe(2);
    expect(check({}).status).toBe(2);
    expect(check({ 'ok.json': lan.build() }, 'ok.json', '--yaml').status).toBe(2);
  });
});

describe('section 3: readable output', () => {
  it('section 3: colour only when asked for', () => {
    const result = evaluate(lan.build());
    expect(formatEvaluation(result, PLAIN)).not.toContain('\u001b[');
    expect(formatEvaluation(result, COLOUR)).toContain('\u001b[32mPASS\u001b[39m');
    expect(formatEvaluation(result, PLAIN).trimEnd().split('\n').at(-1)).toBe(
      '1 flows (1 pass, 0 fail), 0 problems (0 errors, 0 warnings, 0 info): ok',
    );
  });
});
