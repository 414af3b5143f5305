// The property the brief asks for: deleting any one element of any valid
// conformance scenario leaves a valid document with no dangling reference.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listElements } from '../elementIndex';
import { validateDesign } from '../validate';
import { richDesign } from './fixtures/richDesign';
import { deleteElements } from './deleteElements';
import { danglingReferences } from './fixtures/referenceCheck';
import type { Design } from '../types';

const SCENARIOS = join(process.cwd(), '..', 'shared', 'scenarios');

function validScenarios(): [string, Design][] {
  const files = readdirSync(SCENARIOS).filter((f) => /^\d+-.*(?<!\.expected)\.json$/.test(f));
  const out: [string, Design][] = [];
  for (const file of files) {
    const result = validateDesign(JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')));
    if (result.ok) out.push([file, result.doc]);
  }
  return out;
}

function deletesCleanly(doc: Design) {
  for (const { id } of listElements(doc)) {
    const result = deleteElements.run(doc, { ids: [id] });
    if (!result.ok) throw new Error(`deleting ${id} was refused: ${result.reason}`);
    const check = validateDesign(result.doc);
    expect(check.ok ? [] : check.errors, `after deleting ${id}`).toEqual([]);
    expect(danglingReferences(result.doc), `after deleting ${id}`).toEqual([]);
    expect(
      listElements(result.doc).some((e) => e.id === id),
      `${id} is gone`,
    ).toBe(false);
  }
}

describe('deleting every element, one at a time', () => {
  const scenarios = validScenarios();

  it('finds the valid scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(19);
  });

  for (const [file, doc] of scenarios) it(file, () => deletesCleanly(doc));

  it('the rich test design', () => deletesCleanly(richDesign()));
});
