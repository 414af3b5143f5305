import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { setVmPower } from '../model/commands/whatIf';
import { richDesign } from '../model/commands/fixtures/richDesign';
import type { Design } from '../model/types';
import { createDesignSerializer } from './designJson';

describe('createDesignSerializer', () => {
  it('writes exactly what JSON.stringify writes', () => {
    const serialize = createDesignSerializer();
    for (const doc of [richDesign(), generateDesign('S', 2)])
      expect(serialize(doc)).toBe(JSON.stringify(doc));
  });

  it('follows JSON.stringify where it leaves members out, writes null, or defers to toJSON', () => {
    const serialize = createDesignSerializer();
    const odd = {
      name: 'quote " and \\ and \u2028 and é',
      skipped: undefined,
      fn: () => 1,
      list: [1, undefined, () => 2, Number.NaN, { deep: [{ deeper: undefined, kept: true }] }],
      when: new Date(0),
      custom: { toJSON: () => 'custom' },
      layout: { __proto__x: { x: 1 }, 'a.b-c': { x: 2, y: undefined } },
      nested: { inner: { list: [{ a: 1 }, [2, [3]]] } },
    };
    Object.defineProperty(odd.layout, '__proto__', { value: { x: 3 }, enumerable: true });
    expect(serialize(odd)).toBe(JSON.stringify(odd));
  });

  it('after an edit, writes the edited element anew and gives the same text as a fresh stringify', () => {
    const serialize = createDesignSerializer();
    let doc: Design = generateDesign('S', 1);
    serialize(doc);
    for (const vm of doc.vms!.slice(0, 5)) {
      const result = setVmPower.run(doc, { vm: vm.id, on: false });
      if (!result.ok) throw new Error(result.reason);
      doc = result.doc;
      expect(serialize(doc)).toBe(JSON.stringify(doc));
    }
  });

  it('keeps the text of an unchanged element, and of an unchanged member of the design', () => {
    const serialize = createDesignSerializer();
    const doc = richDesign();
    const first = serialize(doc);
    // Reading a kept element again would throw: its text from the first write is used.
    const trap = <T extends object>(el: T): T =>
      Object.defineProperty(el, 'name', {
        enumerable: true,
        get: () => {
          throw new Error('read again');
        },
      });
    trap(doc.vms![0]!);
    expect(serialize({ ...doc, vms: [...doc.vms!] })).toBe(first);
    // The same list of hosts as last time is not walked at all, not even to find its elements.
    const hosts = doc.hosts!;
    Object.defineProperty(hosts, 0, {
      get: () => {
        throw new Error('walked again');
      },
    });
    expect(serialize({ ...doc, name: 'renamed' })).toBe(first.replace('"name":"rich"', '"name":"renamed"'));
  });
});
