import { describe, expect, it } from 'vitest';
import { edited, errorsOf } from '../fixtures/testDesign';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe('cable ends', () => {
  it('join a host NIC to a switch port, or two switch ports', () => {
    const doc = edited((d) => d.cables!.push({ id: 'c6', a: 'tor1:Eth1/6', b: 'esx1:vmnic2' }));
    expect(errorsOf(doc)).toEqual([]);
  });
  it.each([
    ['tor9:Eth1/1', '"tor9:Eth1/1": there is no host or physical switch "tor9" in this design'],
    ['vss0:p1', '"vss0:p1": "vss0" is a standard switch; a cable end is a host NIC'],
    ['tor1:Eth9/9', '"tor1" has no port "Eth9/9"'],
    ['esx1:vmnic7', '"esx1" has no NIC "vmnic7"'],
  ])('report %s, which names no port', (end, message) => {
    expect(errorsOf(edited((d) => (d.cables![0]!.b = end)))).toEqual([err('/cables/0/b', message)]);
  });
  it('report a cable from a port to itself', () => {
    expect(errorsOf(edited((d) => (d.cables![4]!.b = 'tor1:Eth1/5')))).toEqual([
      err('/cables/4/b', 'a cable cannot join "tor1:Eth1/5" to itself'),
    ]);
  });
  it('report two host NICs cabled back to back', () => {
    const doc = edited((d) => d.cables!.push({ id: 'c6', a: 'esx1:vmnic2', b: 'laptop:wlan0' }));
    expect(errorsOf(doc)).toEqual([
      err('/cables/5/b', 'are both host NICs; a cable joins a host NIC to a physical switch port'),
    ]);
  });
});

describe('a port takes at most one cable', () => {
  it('reports the later cable on a switch port', () => {
    const doc = edited((d) => d.cables!.push({ id: 'c6', a: 'esx1:vmnic2', b: 'tor1:Eth1/1' }));
    expect(errorsOf(doc)).toEqual([
      err(
        '/cables/5/b',
        '"tor1:Eth1/1" already has cable "c1" (/cables/0/b); a port takes at most one cable',
      ),
    ]);
  });
  it('reports the later cable on a host NIC, whichever end names it', () => {
    const doc = edited((d) => d.cables!.push({ id: 'c6', a: 'tor1:Eth1/6', b: 'esx2:vmnic0' }));
    expect(errorsOf(doc)).toEqual([err('/cables/5/b', '"esx2:vmnic0" already has cable "c3" (/cables/2/a)')]);
  });
});
