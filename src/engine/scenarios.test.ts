// The conformance scenarios, evaluated in-process and checked the way
// ../shared/tools/check-scenarios.mjs checks the command line: faster
// feedback, same expectations. A checkout without ../shared runs only the
// project's own scenarios (test/scenarios).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../model/validate';
import { evaluate } from './index';

interface Expected {
  exit?: number;
  valid?: boolean;
  errorPaths?: string[];
  flows?: Record<string, Record<string, unknown>>;
  problems?: { code: string; elements?: string[] }[];
  noProblems?: string[];
  links?: Record<string, string>;
}

function faults(text: string, expected: Expected): string[] {
  const out: string[] = [];
  const parsed = parseDesignText(text);
  if (!parsed.ok) {
    if (expected.valid !== false) return [`rejected: ${JSON.stringify(parsed.errors)}`];
    if (expected.exit !== undefined && expected.exit !== 2) out.push(`exit 2, expected ${expected.exit}`);
    for (const p of expected.errorPaths ?? [])
      if (!parsed.errors.some((e) => e.path.startsWith(p))) out.push(`no error at ${p}`);
    return out;
  }
  if (expected.valid === false) return ['accepted, expected to be rejected'];
  const result = evaluate(parsed.doc);
  const exit = result.ok ? 0 : 1;
  if (expected.exit !== undefined && exit !== expected.exit)
    out.push(`exit ${exit}, expected ${expected.exit}`);
  for (const [id, want] of Object.entries(expected.flows ?? {})) {
    const got = result.flows.find((f) => f.id === id) as unknown as Record<string, unknown> | undefined;
    if (!got) out.push(`flow ${id} missing`);
    else
      for (const [key, value] of Object.entries(want))
        if (got[key] !== value)
          out.push(`flow ${id}: ${key} is ${JSON.stringify(got[key])}, expected ${JSON.stringify(value)}`);
  }
  for (const want of expected.problems ?? [])
    if (
      !result.problems.some(
        (p) => p.code === want.code && (want.elements ?? []).every((e) => p.elements.includes(e)),
      )
    )
      out.push(`problem ${want.code} on [${(want.elements ?? []).join(', ')}] not reported`);
  for (const code of expected.noProblems ?? [])
    if (result.problems.some((p) => p.code === code)) out.push(`problem ${code} reported`);
  for (const [id, status] of Object.entries(expected.links ?? {}))
    if (result.links[id] !== status) out.push(`link ${id}: ${result.links[id]}, expected ${status}`);
  return out;
}

const folders = [resolve('../shared/scenarios'), resolve('test/scenarios')].filter((f) => existsSync(f));

for (const folder of folders)
  describe(`conformance: ${folder}`, () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));
    for (const file of files.sort()) {
      const expectedPath = join(folder, file.replace(/\.json$/, '.expected.json'));
      if (!existsSync(expectedPath)) continue;
      it(file, () => {
        const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
        expect(faults(readFileSync(join(folder, file), 'utf8'), expected)).toEqual([]);
      });
    }
  });
