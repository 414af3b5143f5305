// The reference against the shared conformance scenarios, with the rules of
// ../shared/tools/check-scenarios.mjs: this validates the reference itself.
// Invalid scenarios (expected `valid: false`) concern validation, not the
// evaluator, and are left to the model's own tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesignText } from '../../src/model/validate';
import { referenceEvaluate } from './index';
import { toReport } from './report';

const folder = join(__dirname, '../../../shared/scenarios');

interface Expected {
  exit?: number;
  valid?: boolean;
  flows?: Record<string, Record<string, unknown>>;
  problems?: { code: string; elements?: string[] }[];
  noProblems?: string[];
  links?: Record<string, string>;
}

const scenarios = readdirSync(folder)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
  .sort()
  .map((file) => ({
    file,
    expected: JSON.parse(
      readFileSync(join(folder, file.replace(/\.json$/, '.expected.json')), 'utf8'),
    ) as Expected,
  }))
  .filter((s) => s.expected.valid !== false);

describe('reference evaluator on the shared scenarios', () => {
  it('finds the scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(19));

  it.each(scenarios)('$file', ({ file, expected }) => {
    const parsed = parseDesignText(readFileSync(join(folder, file), 'utf8'));
    if (!parsed.ok) throw new Error(`invalid: ${JSON.stringify(parsed.errors)}`);
    const report = toReport(referenceEvaluate(parsed.doc));
    const faults: string[] = [];
    for (const [id, want] of Object.entries(expected.flows ?? {})) {
      const got = report.flows.find((f) => f.id === id) as Record<string, unknown> | undefined;
      if (!got) faults.push(`flow ${id} missing`);
      else
        for (const [key, value] of Object.entries(want))
          if (got[key] !== value)
            faults.push(`flow ${id}: ${key} ${JSON.stringify(got[key])} != ${JSON.stringify(value)}`);
    }
    for (const want of expected.problems ?? [])
      if (
        !report.problems.some(
          (p) => p.code === want.code && (want.elements ?? []).every((e) => p.elements.includes(e)),
        )
      )
        faults.push(`problem ${want.code} ${JSON.stringify(want.elements)} not reported`);
    for (const code of expected.noProblems ?? []) {
      if (report.problems.some((p) => p.code === code)) faults.push(`problem ${code} reported`);
      if (report.undecided.includes(code as never)) faults.push(`problem ${code} left undecided`);
    }
    for (const [id, status] of Object.entries(expected.links ?? {}))
      if (report.links[id] !== status) faults.push(`link ${id}: ${report.links[id]} != ${status}`);
    if (expected.exit !== undefined && expected.exit !== 2) {
      const exit = report.ok === 'unsure' ? 'unsure' : report.ok ? 0 : 1;
      if (exit !== expected.exit) faults.push(`exit ${exit} != ${expected.exit}`);
    }
    expect(faults).toEqual([]);
  });
});
