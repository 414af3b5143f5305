import { describe, expect, it } from 'vitest';
import { listLinks } from '../model/links';
import type { Design } from '../model/types';
import { hostLinks, hostLinksOf } from './hostLinks';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [
    {
      id: 'esx1',
      nics: [{ name: 'vmnic0' }, { name: 'vmnic1' }],
      vmkernels: [{ id: 'esx1-vmk0', network: 'pg-mgmt' }],
    },
    { id: 'esx2', nics: [{ name: 'vmnic0' }] },
  ],
  switches: [
    { id: 'vss0', type: 'standard', host: 'esx1', uplinks: [{ nic: 'vmnic0' }] },
    { id: 'dvs1', type: 'distributed', hosts: ['esx1', 'esx2'], uplinks: [{ host: 'esx2', nic: 'vmnic0' }] },
  ],
  portGroups: [
    { id: 'pg-mgmt', switch: 'vss0' },
    { id: 'pg-app', switch: 'dvs1' },
  ],
  vms: [
    { id: 'web', host: 'esx1', nics: [{ id: 'web-n0', network: 'pg-mgmt' }] },
    { id: 'app', host: 'esx2', nics: [{ id: 'app-n0', network: 'pg-app' }, { id: 'app-n1' }] },
  ],
  physicalSwitches: [{ id: 'tor1', ports: [{ name: 'p1' }] }],
  routers: [{ id: 'r1', interfaces: [{ id: 'r1-a', attach: { network: 'pg-mgmt' } }] }],
  cables: [{ id: 'c1', a: 'esx1:vmnic1', b: 'tor1:p1' }],
};

describe('hostLinks', () => {
  it('gives each host the links of its VMs, VMkernel adapters, switches, uplinks and cables, once each', () => {
    expect(Object.fromEntries(hostLinks(design))).toEqual({
      esx1: ['nic:web-n0', 'nic:esx1-vmk0', 'nic:r1-a', 'uplink:vss0:esx1:vmnic0', 'cable:c1'],
      esx2: ['nic:app-n0', 'uplink:dvs1:esx2:vmnic0'],
    });
  });

  it('leaves out links between elements outside any host', () => {
    const all = new Set(listLinks(design).map((l) => l.id));
    const held = new Set([...hostLinks(design).values()].flat());
    expect([...all].filter((id) => !held.has(id))).toEqual([]);
    const outside: Design = { ...design, cables: [{ id: 'c2', a: 'tor1:p1', b: 'tor1:p1' }] };
    expect([...hostLinks(outside).values()].flat()).not.toContain('cable:c2');
  });

  it('gives the last answer after an edit that keeps every link, and a fresh one after one that moves a link', () => {
    const first = hostLinksOf(design);
    const [web, app] = design.vms!;
    const powered: Design = { ...design, vms: [{ ...web!, power: 'off' }, app!] };
    expect(hostLinksOf(powered)).toBe(first);
    const nicDown: Design = { ...powered, hosts: [{ ...design.hosts![0]!, nics: [] }, design.hosts![1]!] };
    expect(hostLinksOf(nicDown)).toBe(first);
    const rewired: Design = {
      ...nicDown,
      vms: [{ ...web!, nics: [{ id: 'web-n0', network: 'pg-app' }] }, app!],
    };
    expect(hostLinksOf(rewired)).toEqual(hostLinks(rewired));
    const moved: Design = { ...rewired, vms: [{ ...rewired.vms![0]!, host: 'esx2' }, app!] };
    expect(Object.fromEntries(hostLinksOf(moved))).toEqual(Object.fromEntries(hostLinks(moved)));
    expect(hostLinksOf(moved).get('esx2')).toContain('nic:web-n0');
    const unplugged: Design = { ...moved, vms: [{ ...moved.vms![0]!, nics: [{ id: 'web-n0' }] }, app!] };
    expect(hostLinksOf(unplugged).get('esx2')).not.toContain('nic:web-n0');
  });
});
