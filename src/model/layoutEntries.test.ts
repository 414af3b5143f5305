// Ids that are names of Object's own members are valid ids: every command that
// saves a position must keep them as plain entries of `layout`.
import { describe, expect, it } from 'vitest';
import { applyLayout } from './commands/applyLayout';
import { moveVmToHost } from './commands/moveVmToHost';
import { withPins } from './commands/pinLayout';
import { layoutEntry, putLayoutEntry } from './layoutEntries';
import type { Design, Layout } from './types';
import { parseDesignText, validateDesign } from './validate';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [{ id: 'constructor' }, { id: 'hasOwnProperty' }],
  vms: [{ id: '__proto__', host: 'constructor' }],
  layout: {},
};

/** What a save then an open would give back. */
const reopened = (doc: Design): Design => {
  const result = parseDesignText(JSON.stringify(doc));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.doc;
};

describe('layout entries by id', () => {
  it('reads only what was saved, never an inherited member', () => {
    const layout: Layout = JSON.parse('{"__proto__":{"x":1,"y":2}}');
    expect(layoutEntry(layout, '__proto__')).toEqual({ x: 1, y: 2 });
    expect(layoutEntry(layout, 'constructor')).toBeUndefined();
    expect(layoutEntry(layout, 'toString')).toBeUndefined();
    expect(layoutEntry(undefined, 'a')).toBeUndefined();
  });

  it('writes an own entry, leaving the prototype alone', () => {
    const layout: Layout = {};
    putLayoutEntry(layout, '__proto__', { x: 3, y: 4 });
    expect(Object.getPrototypeOf(layout)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(layout))).toEqual(JSON.parse('{"__proto__":{"x":3,"y":4}}'));
  });

  it('Tidy up saves the positions of a VM called __proto__ and a host called constructor', () => {
    const result = applyLayout.run(design, {
      positions: JSON.parse('{"__proto__":{"x":10,"y":20},"constructor":{"x":500,"y":20}}'),
    });
    if (!result.ok) throw new Error(result.reason);
    const doc = reopened(result.doc);
    expect(layoutEntry(doc.layout, '__proto__')).toEqual({ x: 10, y: 20 });
    expect(layoutEntry(doc.layout, 'constructor')).toEqual({ x: 500, y: 20 });
  });

  it('pins nodes called constructor and __proto__, which have no saved position yet', () => {
    const doc = reopened(
      withPins(design, JSON.parse('{"constructor":{"x":7.4,"y":8},"__proto__":{"x":1,"y":2}}')),
    );
    expect(layoutEntry(doc.layout, 'constructor')).toEqual({ x: 7, y: 8 });
    expect(layoutEntry(doc.layout, '__proto__')).toEqual({ x: 1, y: 2 });
  });

  it('moves a VM called __proto__ into another host, at a position', () => {
    const result = moveVmToHost.run(design, {
      vm: '__proto__',
      host: 'hasOwnProperty',
      at: { x: 12, y: 44 },
    });
    if (!result.ok) throw new Error(result.reason);
    expect(validateDesign(result.doc).ok).toBe(true);
    expect(layoutEntry(reopened(result.doc).layout, '__proto__')).toEqual({ x: 12, y: 44 });
  });
});
