import { describe, expect, it } from 'vitest';
import type { Design } from '../types';
import { validateDesign } from '../validate';
import { applyLayout, withLayout } from './applyLayout';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [{ id: 'esx1' }, { id: 'esx2' }],
  switches: [{ id: 'vss0', type: 'standard', host: 'esx1' }],
  vms: [{ id: 'web-01', host: 'esx1' }],
  layout: {
    esx1: { x: 5, y: 5, w: 900, h: 700, collapsed: true, note: 'kept' },
    'web-01': { x: 1, y: 2, w: 230 },
  },
};

describe('applyLayout', () => {
  it('saves every position, rounded, and drops a host’s saved size but nothing else', () => {
    const result = applyLayout.run(design, {
      positions: {
        esx1: { x: 10.4, y: 20.6 },
        esx2: { x: 400, y: 0 },
        'web-01': { x: 12, y: 44 },
        vss0: { x: 266, y: 44 },
      },
    });
    if (!result.ok) throw new Error(result.reason);
    expect(result.doc.layout).toEqual({
      esx1: { x: 10, y: 21, collapsed: true, note: 'kept' },
      esx2: { x: 400, y: 0 },
      'web-01': { x: 12, y: 44, w: 230 },
      vss0: { x: 266, y: 44 },
    });
    expect(validateDesign(result.doc)).toEqual({ ok: true, doc: result.doc });
    const { layout: _before, ...rest } = design;
    const { layout: _after, ...restAfter } = result.doc;
    expect(restAfter).toEqual(rest);
  });

  it('returns the same document when nothing moves, so that no undo step is made', () => {
    const placed = withLayout(design, { esx2: { x: 400, y: 0 } });
    expect(typeof placed).not.toBe('string');
    expect(withLayout(placed as Design, { esx2: { x: 400.2, y: 0 } })).toBe(placed);
  });

  it('still changes a host that only loses its saved size', () => {
    const result = withLayout(design, { esx1: { x: 5, y: 5 } });
    expect(typeof result !== 'string' && result.layout?.esx1).toEqual({
      x: 5,
      y: 5,
      collapsed: true,
      note: 'kept',
    });
  });

  it('refuses a position for something that is not in the design', () => {
    const result = applyLayout.run(design, { positions: { esx9: { x: 0, y: 0 } } });
    expect(result).toEqual({ ok: false, reason: 'There is no "esx9" to place.' });
  });
});
