import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { applyPatch, diffDesign } from './docPatch';

const base = (): Design => ({
  format: 'vnet-design',
  version: 1,
  name: 'p',
  hosts: [{ id: 'h1' }, { id: 'h2' }],
  vms: Array.from({ length: 40 }, (_, i) => ({
    id: `vm${i}`,
    host: 'h1',
    nics: [{ id: `n${i}`, ip: `10.0.0.${i + 1}/24` }],
  })),
  firewall: { default: 'allow', rules: [] },
  layout: { h1: { x: 0, y: 0 } },
});

function roundTrip(prev: Design, next: Design) {
  const ops = diffDesign(prev, next);
  const copy = applyPatch(structuredClone(prev), ops);
  const { layout: _a, ...nextContent } = next;
  const { layout: _b, ...copyContent } = copy;
  expect(copyContent).toEqual(nextContent);
  return ops;
}

describe('document patches', () => {
  it('a layout-only change sends nothing', () => {
    const prev = base();
    expect(diffDesign(prev, { ...prev, layout: { h1: { x: 50, y: 9 } } })).toEqual([]);
  });

  it('one adapter edit is one small op, not the document', () => {
    const prev = base();
    const vms = [...prev.vms!];
    vms[7] = { ...vms[7]!, nics: [{ ...vms[7]!.nics![0]!, ip: '10.0.9.9/24' }] };
    const ops = roundTrip(prev, { ...prev, vms });
    expect(ops).toEqual([{ op: 'set', path: ['vms', 7, 'nics', 0], value: { id: 'n7', ip: '10.0.9.9/24' } }]);
  });

  it('appends, truncates, deletes keys and replaces shifted lists', () => {
    const prev = base();
    roundTrip(prev, { ...prev, hosts: [...prev.hosts!, { id: 'h3' }] });
    roundTrip(prev, { ...prev, hosts: prev.hosts!.slice(0, 1) });
    const { firewall: _f, ...withoutFirewall } = prev;
    roundTrip(prev, withoutFirewall as Design);
    const ops = roundTrip(prev, { ...prev, vms: prev.vms!.slice(1) });
    expect(ops).toHaveLength(1);
  });

  it('keeps the identity of everything a patch does not touch', () => {
    const prev = base();
    const vms = [...prev.vms!];
    vms[3] = { ...vms[3]!, power: 'off' };
    const next = applyPatch(prev, diffDesign(prev, { ...prev, vms }));
    expect(next).not.toBe(prev);
    expect(next.vms).not.toBe(prev.vms);
    expect(next.vms![4]).toBe(prev.vms![4]);
    expect(next.hosts).toBe(prev.hosts);
    expect(prev.vms![3]!.power).toBeUndefined();
  });

  it('sends an extension object holding __proto__ or constructor keys whole, never a path through them', () => {
    const prev = {
      ...base(),
      'x-meta': JSON.parse('{"constructor":{"by":"a"},"__proto__":{"n":1}}'),
    } as Design;
    for (const meta of ['{"constructor":{"by":"b"},"__proto__":{"n":1}}', '{"__proto__":{"n":2}}', '{}']) {
      const next = { ...prev, 'x-meta': JSON.parse(meta) } as Design;
      const ops = roundTrip(prev, next);
      expect(ops).toEqual([{ op: 'set', path: ['x-meta'], value: JSON.parse(meta) }]);
    }
    expect(({} as Record<string, unknown>).n).toBeUndefined();
  });

  it('refuses a patch that walks through __proto__', () => {
    expect(() => applyPatch(base(), [{ op: 'set', path: ['__proto__', 'polluted'], value: 1 }])).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
