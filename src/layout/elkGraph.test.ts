import { describe, expect, it } from 'vitest';
import type { ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { Design } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { topEdges, topGraph, topPartitions } from './elkGraph';
import { THOROUGH_UP_TO } from './elkOptions';
import { clockwise, fixedPositionPorts } from './elkPorts';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [
    {
      id: 'esx1',
      nics: [{ name: 'vmnic0' }, { name: 'vmnic1' }],
      vmkernels: [{ id: 'vmk0', network: 'pg-mgmt' }],
    },
    { id: 'esx2', nics: [{ name: 'vmnic0' }] },
  ],
  switches: [
    { id: 'vss0', type: 'standard', host: 'esx1', uplinks: [{ nic: 'vmnic0' }] },
    {
      id: 'dvs',
      type: 'distributed',
      hosts: ['esx1', 'esx2'],
      uplinks: [
        { host: 'esx1', nic: 'vmnic1' },
        { host: 'esx2', nic: 'vmnic0' },
      ],
    },
  ],
  portGroups: [
    { id: 'pg-mgmt', switch: 'vss0' },
    { id: 'pg-web', switch: 'dvs', vlan: 10 },
    { id: 'pg-app', switch: 'dvs', vlan: 20 },
  ],
  vms: [
    { id: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0', network: 'pg-web' }] },
    { id: 'web-02', host: 'esx2', nics: [{ id: 'web-02-n0', network: 'pg-web' }] },
  ],
  physicalSwitches: [{ id: 'tor', ports: [{ name: 'p1' }, { name: 'p2' }] }],
  cables: [{ id: 'c1', a: 'esx2:vmnic0', b: 'tor:p2' }],
  routers: [
    {
      id: 'gw',
      interfaces: [
        { id: 'gw-mgmt', ip: '10.0.0.1/24', attach: { network: 'pg-mgmt' } },
        { id: 'gw-web', ip: '10.0.10.1/24', attach: { network: 'pg-web' } },
      ],
    },
  ],
};

const scene = buildScene(design);
const graph = topGraph(scene);
const child = (id: string): ElkNode => graph.children!.find((c) => c.id === id)!;
const side = (p: ElkPort) => p.layoutOptions?.['elk.port.side'];

describe('topGraph', () => {
  it('holds the top-level nodes only, each kind in its own row: routers, hosts, DVS, physical', () => {
    expect(graph.children!.map((c) => [c.id, c.layoutOptions?.['elk.partitioning.partition']])).toEqual([
      ['gw', '0'],
      ['esx1', '1'],
      ['esx2', '1'],
      ['dvs', '2'],
      ['tor', '3'],
    ]);
    expect(graph.layoutOptions?.['elk.partitioning.activate']).toBe('true');
    expect(graph.layoutOptions?.['elk.direction']).toBe('DOWN');
    expect(topPartitions(scene).get('web-01')).toBeUndefined();
  });

  it('gives every node its scene size and every handle a port at its spot, on its side', () => {
    const host = scene.nodes.find((n) => n.id === 'esx1')!;
    const elkHost = child('esx1');
    expect([elkHost.width, elkHost.height]).toEqual([host.w, host.h]);
    expect(elkHost.layoutOptions?.['elk.portConstraints']).toBe('FIXED_POS');
    expect(elkHost.ports!.map((p) => [p.id, side(p), p.x, p.y])).toEqual([
      ['esx1|a:vmk0', 'EAST', host.w, 43],
      // The bottom side counts right to left in ELK's clockwise order.
      ['esx1|hn:vmnic1', 'SOUTH', (host.w * 3) / 4, host.h],
      ['esx1|hn:vmnic0', 'SOUTH', host.w / 4, host.h],
    ]);
    const tor = child('tor');
    expect(tor.ports!.map((p) => [p.id, side(p)])).toEqual([
      ['tor|pp:p1', 'NORTH'],
      ['tor|pp:p2', 'NORTH'],
      ['tor|svi', 'EAST'],
    ]);
  });

  it('numbers ports clockwise from the top-left corner, in scene order along each side', () => {
    const dvs = child('dvs');
    expect(dvs.ports!.map((p) => [p.id, side(p), p.layoutOptions?.['elk.port.index']])).toEqual([
      ['dvs|pg:pg-web', 'NORTH', '0'],
      ['dvs|pg:pg-app', 'NORTH', '1'],
      ['dvs|up:esx2', 'SOUTH', '2'],
      ['dvs|up:esx1', 'SOUTH', '3'],
    ]);
    const handles = [
      { side: 'left' as const, offset: 10 },
      { side: 'left' as const, offset: 30 },
      { side: 'top' as const, offset: 5 },
      { side: 'right' as const, offset: 1 },
    ];
    expect(clockwise(handles)).toEqual([handles[2], handles[3], handles[1], handles[0]]);
    const ports = fixedPositionPorts({
      id: 'n',
      w: 100,
      h: 50,
      handles: [{ id: 'h', kind: 'port', side: 'left', offset: 20, label: '' }],
    });
    expect(ports).toEqual([
      {
        id: 'n|h',
        x: 0,
        y: 20,
        width: 0,
        height: 0,
        layoutOptions: { 'elk.port.side': 'WEST', 'elk.port.index': '0' },
      },
    ]);
  });

  it('leaves VM links out, counts a link into a host as the host’s, and points every link down the rows', () => {
    expect(graph.edges!.map((e) => [e.id, e.sources[0], e.targets[0]])).toEqual([
      ['nic:gw-mgmt', 'gw|if:gw-mgmt', 'esx1'],
      ['nic:gw-web', 'gw|if:gw-web', 'dvs|pg:pg-web'],
      ['uplink:dvs:esx1:vmnic1', 'esx1|hn:vmnic1', 'dvs|up:esx1'],
      ['uplink:dvs:esx2:vmnic0', 'esx2|hn:vmnic0', 'dvs|up:esx2'],
      ['cable:c1', 'esx2|hn:vmnic0', 'tor|pp:p2'],
    ]);
  });

  it('keeps one edge per pair of ends', () => {
    const twice: Design = {
      ...design,
      routers: [
        {
          id: 'gw',
          interfaces: [
            { id: 'i1', ip: '10.0.0.1/24', attach: { network: 'pg-mgmt' } },
            { id: 'i2', ip: '10.0.0.2/24', attach: { network: 'pg-mgmt' } },
          ],
        },
      ],
    };
    const s = buildScene(twice);
    const edges = topEdges(s, topPartitions(s)).filter((e) => e.sources[0]?.startsWith('gw'));
    expect(edges.map((e) => e.targets[0])).toEqual(['esx1', 'esx1']);
  });

  it('switches to the fast settings past a size', () => {
    expect(graph.layoutOptions?.['elk.layered.considerModelOrder.strategy']).toBe('NODES_AND_EDGES');
    const many: Design = {
      ...design,
      hosts: Array.from({ length: THOROUGH_UP_TO + 1 }, (_, i) => ({ id: `h${i}` })),
    };
    expect(topGraph(buildScene(many)).layoutOptions?.['elk.layered.considerModelOrder.strategy']).toBe(
      'NONE',
    );
  });
});
