// The engine against the naive reference on random designs: flow verdicts,
// reasons, `at`, `rule`, `pass`; problems; link statuses; `ok`. Only what the
// reference decides is compared (see test/reference/gap.ts); the tally printed
// at the end says how much that was, and it must reach a floor.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { referenceEvaluate } from '../reference/index';
import { ARBITRARIES } from './arbitraries';
import { compare, newTally } from './compare';
import { LONG, runs } from './settings';

describe('engine and naive reference agree', LONG, () => {
  const tally = newTally();
  let designs = 0;

  it.each(ARBITRARIES)('on $name', ({ arbitrary, share }) => {
    fc.assert(
      fc.property(arbitrary, (doc) => {
        designs++;
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
    // Agreement proves little if the reference left nearly everything open. The floors sit well
    // below what the arbitraries give (per design about 2 flows, 2 to 8 problems and 7 to 12 links
    // compared; 85 % of flows and 75 % of links decided); a handful of designs proves nothing either way.
    if (designs < 50) return;
    const share = (compared: number, open: number) => compared / Math.max(1, compared + open);
    expect(tally.flowsCompared, 'flows compared').toBeGreaterThanOrEqual(designs);
    expect(share(tally.flowsCompared, tally.flowsOpen), 'share of flows decided').toBeGreaterThanOrEqual(0.6);
    expect(tally.problemsCompared, 'problems compared').toBeGreaterThanOrEqual(designs);
    expect(tally.problemsByCode.size, 'problem codes compared').toBeGreaterThanOrEqual(4);
    expect(tally.linksCompared, 'links compared').toBeGreaterThanOrEqual(4 * designs);
    expect(share(tally.linksCompared, tally.linksOpen), 'share of links decided').toBeGreaterThanOrEqual(0.5);
  });
});
