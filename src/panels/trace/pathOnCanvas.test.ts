import { describe, expect, it } from 'vitest';
import type { FlowResult } from '../../engine/types';
import type { Design } from '../../model/types';
import { buildScene } from '../../scene/buildScene';
import { pathOnCanvas } from './pathOnCanvas';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [
    { id: 'esx1', nics: [{ name: 'vmnic0' }] },
    { id: 'esx2', nics: [{ name: 'vmnic0' }] },
  ],
  switches: [{ id: 'dvs1', type: 'distributed', hosts: ['esx1', 'esx2'] }],
  portGroups: [{ id: 'pg-app', switch: 'dvs1', vlan: 100 }],
  vms: [
    { id: 'app-01', host: 'esx1', nics: [{ id: 'app-01-n0', network: 'pg-app' }] },
    { id: 'app-02', host: 'esx2', nics: [{ id: 'app-02-n0', network: 'pg-app' }] },
  ],
  physicalSwitches: [{ id: 'tor1', ports: [{ name: 'Eth1/1' }, { name: 'Eth1/2' }] }],
  cables: [
    { id: 'c1', a: 'esx1:vmnic0', b: 'tor1:Eth1/1' },
    { id: 'c2', a: 'esx2:vmnic0', b: 'tor1:Eth1/2' },
  ],
};

const stopped: Pick<FlowResult, 'links' | 'stopLink' | 'at' | 'verdict'> = {
  verdict: 'unreachable',
  at: 'tor1',
  links: ['nic:app-01-n0', 'cable:c1'],
  stopLink: 'cable:c2',
};

describe('pathOnCanvas', () => {
  it('marks the crossed links and the link it stopped at', () => {
    const path = pathOnCanvas(stopped, design, buildScene(design));
    expect([...path.links].sort()).toEqual(['cable:c1', 'cable:c2', 'nic:app-01-n0']);
    expect(path.stopLink).toBe('cable:c2');
    expect(path.delivered).toBe(false);
  });

  it('marks the node where it stopped; an adapter stands for its VM', () => {
    expect(pathOnCanvas(stopped, design, buildScene(design)).stopNode).toBe('tor1');
    const delivered = { verdict: 'allowed' as const, at: 'app-02-n0', links: ['nic:app-02-n0'] };
    const path = pathOnCanvas(delivered, design, buildScene(design));
    expect(path.stopNode).toBe('app-02');
    expect(path.stopLink).toBeNull();
    expect(path.delivered).toBe(true);
  });

  it('marks the collapsed host of a hidden VM', () => {
    const collapsed: Design = { ...design, layout: { esx2: { x: 0, y: 0, collapsed: true } } };
    const delivered = { verdict: 'allowed' as const, at: 'app-02-n0', links: [] };
    expect(pathOnCanvas(delivered, collapsed, buildScene(collapsed)).stopNode).toBe('esx2');
  });

  it('marks no node for an element the design does not draw (outside)', () => {
    const outside = { verdict: 'allowed' as const, at: '', links: [] };
    expect(pathOnCanvas(outside, design, buildScene(design)).stopNode).toBeNull();
  });
});
