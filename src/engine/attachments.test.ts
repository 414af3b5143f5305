// Members on one switch instance and VLAN share one location object; any
// other host or VLAN is another location, and another wiring makes its own.
import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { twoHosts } from './test/builder';

describe('attachment locations', () => {
  it('are shared by the members of one switch instance and VLAN, and by no others', () => {
    const doc = twoHosts(100)
      .portGroup('pg200', 'dvs1', 200)
      .vm('c', 'esx1', [{ network: 'pg', ip: '10.0.0.3/24' }])
      .vm('d', 'esx1', [{ network: 'pg200', ip: '10.0.0.4/24' }])
      .build();
    const ctx = buildContext(doc);
    const at = (id: string) => ctx.attachments.get(id)!.locations;
    expect(at('c-n0')).toHaveLength(1);
    expect(at('c-n0')[0]).toBe(at('a-n0')[0]);
    // So is the list of that one location (lists are never changed once made).
    expect(at('c-n0')).toBe(at('a-n0'));
    expect(at('b-n0')).not.toBe(at('a-n0'));
    expect(at('b-n0')[0]).not.toBe(at('a-n0')[0]);
    expect(at('b-n0')[0]).toMatchObject({ host: 'esx2', vlan: 100, node: 'i|dvs1@esx2|100' });
    expect(at('d-n0')[0]).not.toBe(at('a-n0')[0]);
    expect(at('d-n0')[0]).toMatchObject({ host: 'esx1', vlan: 200, node: 'i|dvs1@esx1|200' });
    // Another wiring (a new context) makes locations of its own, on its own instances.
    const again = buildContext(doc).attachments.get('a-n0')!.locations[0]!;
    expect(again).not.toBe(at('a-n0')[0]);
    expect(again.instance).not.toBe(at('a-n0')[0]!.instance);
  });
});
