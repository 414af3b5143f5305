import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { toFlow, type FlowInput } from './toFlow';

// esx1 is collapsed: web-01 and web-02 (hidden) reach dvs1 on two port groups, and its own
// VMkernel adapter reaches dvs1 too; esx2 is open.
const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [
    { id: 'esx1', nics: [{ name: 'vmnic0' }], vmkernels: [{ id: 'esx1-vmk0', network: 'pg-a' }] },
    { id: 'esx2', nics: [{ name: 'vmnic0' }] },
  ],
  switches: [{ id: 'dvs1', type: 'distributed', hosts: ['esx1', 'esx2'] }],
  portGroups: [
    { id: 'pg-a', switch: 'dvs1' },
    { id: 'pg-b', switch: 'dvs1' },
  ],
  vms: [
    { id: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0', network: 'pg-a' }] },
    { id: 'web-02', host: 'esx1', nics: [{ id: 'web-02-n0', network: 'pg-b' }] },
    { id: 'app-01', host: 'esx2', nics: [{ id: 'app-01-n0', network: 'pg-a' }] },
  ],
  layout: { esx1: { x: 0, y: 0, collapsed: true } },
};

const input = (extra: Partial<FlowInput> = {}): FlowInput => ({
  doc: design,
  scene: buildScene(design),
  selection: new Set(),
  linkStatuses: {},
  ...extra,
});

describe('toFlow: bundles of a collapsed host', () => {
  it('draws the links between a collapsed host and one node as one edge, and the rest as they are', () => {
    const { edges } = toFlow(input());
    expect(edges.map((e) => [e.id, e.source, e.sourceHandle, e.target, e.data?.links])).toEqual([
      ['nic:web-01-n0', 'esx1', 'summary', 'dvs1', ['nic:web-01-n0', 'nic:web-02-n0']],
      ['nic:app-01-n0', 'app-01', 'a:app-01-n0', 'dvs1', undefined],
      ['nic:esx1-vmk0', 'esx1', 'a:esx1-vmk0', 'dvs1', undefined],
    ]);
  });

  it('colours, selects and marks a bundle by the links it stands for', () => {
    const { edges } = toFlow(
      input({
        linkStatuses: { 'nic:web-01-n0': 'ok', 'nic:web-02-n0': 'mtu' },
        selection: new Set(['web-02-n0']),
        path: {
          links: new Set(['nic:web-02-n0']),
          stopLink: 'nic:web-02-n0',
          stopNode: 'esx1',
          delivered: false,
        },
      }),
    );
    expect(edges[0]).toMatchObject({ selected: true, data: { status: 'mtu', path: 'stop' } });
    expect(edges.slice(1).map((e) => [e.selected, e.data?.status, e.data?.path])).toEqual([
      [false, 'idle', undefined],
      [false, 'idle', undefined],
    ]);
  });

  it('keeps one edge per link once the host is open', () => {
    const open = { ...design, layout: {} };
    const { edges } = toFlow({ ...input(), doc: open, scene: buildScene(open) });
    expect(edges.map((e) => e.id)).toEqual([
      'nic:web-01-n0',
      'nic:web-02-n0',
      'nic:app-01-n0',
      'nic:esx1-vmk0',
    ]);
    expect(edges.filter((e) => e.data?.links)).toEqual([]);
  });
});
