// The engine on random valid designs: it never throws, and `layout` never
// changes a result (MODEL.md section 2: a pure function of the document apart
// from layout).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/index';
import { layoutArbitrary } from '../arbitraries/design';
import { ARBITRARIES } from './arbitraries';
import { LONG, runs } from './settings';

describe('evaluate() on random designs', LONG, () => {
  it.each(ARBITRARIES)('never throws on $name, and returns plain JSON', ({ arbitrary, share }) => {
    fc.assert(
      fc.property(arbitrary, (doc) => {
        const result = evaluate(doc);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        expect(result.flows.map((f) => f.id)).toEqual((doc.flows ?? []).map((f) => f.id));
      }),
      runs(Math.round(100 * share)),
    );
  });

  it.each(ARBITRARIES)('does not depend on layout, on $name', ({ arbitrary, share }) => {
    const withTwoLayouts = arbitrary.chain((doc) =>
      fc.tuple(fc.constant(doc), layoutArbitrary(doc), layoutArbitrary(doc)),
    );
    fc.assert(
      fc.property(withTwoLayouts, ([doc, a, b]) => {
        const withA = evaluate({ ...doc, layout: a });
        expect(evaluate({ ...doc, layout: b })).toEqual(withA);
        const { layout: _dropped, ...withoutLayout } = doc;
        expect(evaluate(withoutLayout)).toEqual(withA);
      }),
      runs(Math.round(40 * share)),
    );
  });
});
