// Minimal designs on which the engine and the reference disagreed, where the
// spec text decides (each file's `notes` says why). They stay here, red until
// the engine follows the spec, then green as regression tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { validateDesign } from '../../src/model/validate';
import { referenceEvaluate } from '../reference/index';
import { compare, newTally } from './compare';

const folder = join(__dirname, 'counterexamples');
const files = readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('counterexamples found by the property suite', () => {
  it.each(files)('%s', (file) => {
    const parsed = validateDesign(JSON.parse(readFileSync(join(folder, file), 'utf8')));
    if (!parsed.ok) throw new Error(`invalid: ${JSON.stringify(parsed.errors)}`);
    expect(compare(parsed.doc, evaluate(parsed.doc), referenceEvaluate(parsed.doc), newTally())).toEqual([]);
  });
});
