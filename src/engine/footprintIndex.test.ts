// The footprint index finds exactly the flows whose footprint a delta touches.
import { describe, expect, it } from 'vitest';
import { everything, type ContextDelta } from './delta';
import { Footprint } from './footprint';
import { FootprintIndex } from './footprintIndex';

function footprint(members: string[], addresses: number[], vms: string[]): Footprint {
  const seen = new Footprint();
  for (const m of members) seen.members.add(m);
  for (const a of addresses) seen.addresses.add(a);
  for (const v of vms) seen.vms.add(v);
  return seen;
}

const delta = (members: string[], addresses: number[], vms: string[]): ContextDelta => ({
  ...everything(),
  everything: false,
  members: new Set(members),
  addresses: new Set(addresses),
  vms: new Set(vms),
});

describe('FootprintIndex', () => {
  it('finds the flows a delta touches, as Footprint.touchedBy does', () => {
    const index = new FootprintIndex<string>();
    const seen = {
      f1: footprint(['a-n0', 'b-n0'], [1, 2], ['a', 'b']),
      f2: footprint(['c-n0'], [3], ['c']),
      f3: footprint([], [2], []),
    };
    for (const [flow, fp] of Object.entries(seen)) index.add(flow, fp);
    const cases = [
      delta(['b-n0'], [], []),
      delta([], [2], []),
      delta([], [], ['c']),
      delta(['x'], [9], ['y']),
      delta(['c-n0'], [1], []),
    ];
    for (const d of cases) {
      const expected = Object.entries(seen)
        .filter(([, fp]) => fp.touchedBy(d))
        .map(([flow]) => flow);
      expect([...index.touchedBy(d)].sort()).toEqual(expected);
    }
  });

  it('forgets a removed flow, and files its new footprint', () => {
    const index = new FootprintIndex<string>();
    const old = footprint(['a-n0'], [1], ['a']);
    index.add('f1', old);
    index.add('f2', footprint(['a-n0'], [], []));
    index.remove('f1', old);
    index.add('f1', footprint(['b-n0'], [], []));
    expect([...index.touchedBy(delta(['a-n0'], [1], ['a']))]).toEqual(['f2']);
    expect([...index.touchedBy(delta(['b-n0'], [], []))]).toEqual(['f1']);
    index.remove('f2', footprint(['a-n0'], [], []));
    expect(index.touchedBy(delta(['a-n0'], [], [])).size).toBe(0);
  });
});
