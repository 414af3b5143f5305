// Guards the arbitraries themselves: everything they generate is a valid document.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { validateDesign } from '../../src/model/validate';
import { ARBITRARIES } from './arbitraries';
import { LONG, runs } from './settings';

describe('design arbitraries', LONG, () => {
  it.each(ARBITRARIES)('$name pass validateDesign', ({ arbitrary, share }) => {
    fc.assert(
      fc.property(arbitrary, (doc) => {
        // Through JSON, as a saved file would be.
        const result = validateDesign(JSON.parse(JSON.stringify(doc)));
        if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.errors)}`);
      }),
      runs(Math.round(120 * share)),
    );
  });
});
