import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { hostContents } from './hostInterior';

const vm = (id: string, host: string, ...networks: string[]) => ({
  id,
  host,
  nics: networks.map((network, i) => ({ id: `${id}-n${i}`, network })),
});

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [{ id: 'esx1' }, { id: 'esx2' }],
  switches: [
    { id: 'vss0', type: 'standard', host: 'esx1' },
    { id: 'nat', type: 'nat', host: 'esx1', subnet: '192.168.50.0/24' },
    { id: 'dvs', type: 'distributed', hosts: ['esx1', 'esx2'] },
  ],
  portGroups: [
    { id: 'pg-a', switch: 'vss0' },
    { id: 'pg-b', switch: 'vss0' },
    { id: 'pg-web', switch: 'dvs', vlan: 10 },
    { id: 'pg-db', switch: 'dvs', vlan: 30 },
  ],
  vms: [
    vm('lonely', 'esx1'),
    vm('db-1', 'esx1', 'pg-db'),
    vm('web-1', 'esx1', 'pg-web'),
    vm('b-1', 'esx1', 'pg-b'),
    vm('a-1', 'esx1', 'pg-a'),
    vm('web-2', 'esx1', 'pg-web'),
    vm('natted', 'esx1', 'nat'),
    vm('a-and-db', 'esx1', 'pg-a', 'pg-db'),
    vm('other', 'esx2', 'pg-web'),
  ],
};

describe('hostContents', () => {
  const contents = hostContents(buildScene(design));

  it('puts each VM next to the networks it joins: the host’s own switches first, then the DVS', () => {
    // Ranks: pg-a 0, pg-b 1, (vss0's uplink 2), nat 3, pg-web 4, pg-db 5; a VM with two adapters
    // takes the mean, and one with none goes last.
    expect(contents.get('esx1')?.vms).toEqual([
      'a-1',
      'b-1',
      'a-and-db',
      'natted',
      'web-1',
      'web-2',
      'db-1',
      'lonely',
    ]);
  });

  it('keeps switches in document order and each host’s VMs to itself', () => {
    expect(contents.get('esx1')?.switches).toEqual(['vss0', 'nat']);
    expect(contents.get('esx2')).toEqual({ vms: ['other'], switches: [] });
  });
});
