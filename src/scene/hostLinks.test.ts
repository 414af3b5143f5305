import { describe, expect, it } from 'vitest';
import { listLinks } from '../model/links';
import type { Design } from '../model/types';
import { hostLinks } from './hostLinks';

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
});
