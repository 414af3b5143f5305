// The engine against the naive reference on random designs: flow verdicts,
// reasons, `at`, `rule`, `pass`; problems; link statuses; `ok`. Only what the
// reference decides is compared (see test/reference/gap.ts); the tally printed
// at the end says how much that was.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { referenceEvaluate } from '../reference/index';
import { ARBITRARIES } from './arbitraries';
import { compare, newTally } from './compare';
import { LONG, runs } from './settings';

describe('engine and naive reference agree', LONG, () => {
  const tally = newTally();

  it.each(ARBITRARIES)('on $name', ({ arbitrary, share }) => {
    fc.assert(
      fc.property(arbitrary, (doc) => {
        const differences = compare(doc, evaluate(doc), referenceEvaluate(doc), tally);
        if (differences.length > 0) throw new Error(differences.join('\n'));
      }),
      runs(Math.round(150 * share)),
    );
  });

  afterAll(() => {
    const open = [...tally.openWhy].sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(
      `compared ${tally.flowsCompared} flows (${tally.flowsOpen} left open by the spec), ` +
        `${tally.problemsCompared} problems, ${tally.linksCompared} links (${tally.linksOpen} open)\n` +
        open.map(([why, n]) => `  ${n} × ${why}`).join('\n'),
    );
  });
});
