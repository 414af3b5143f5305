import { describe, expect, it } from 'vitest';
import type { Design } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { HANDLE_SIZE } from './flowHandles';
import { createFlowMapper, toFlow, type FlowInput } from './toFlow';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [
    {
      id: 'esx1',
      name: 'esxi-01',
      nics: [{ name: 'vmnic0' }],
      vmkernels: [{ id: 'esx1-vmk0', network: 'pg-web', ip: '10.0.0.11/24' }],
    },
    { id: 'esx2', name: 'esxi-02', nics: [{ name: 'vmnic0' }] },
    { id: 'ws1', kind: 'workstation' },
  ],
  switches: [
    { id: 'vss0', type: 'standard', host: 'esx1', uplinks: [{ nic: 'vmnic0' }] },
    { id: 'vss1', type: 'standard', host: 'esx2' },
    { id: 'dvs1', type: 'distributed', hosts: ['esx1', 'esx2'] },
    { id: 'vmnet8', type: 'nat', host: 'ws1', subnet: '192.168.80.0/24' },
  ],
  portGroups: [
    { id: 'pg-web', switch: 'vss0' },
    { id: 'pg-b', switch: 'vss1' },
    { id: 'pg-d', switch: 'dvs1', vlan: 10 },
  ],
  vms: [
    { id: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0', network: 'pg-web' }] },
    { id: 'web-02', host: 'esx1', nics: [{ id: 'web-02-n0', network: 'pg-d' }] },
    {
      id: 'b-01',
      host: 'esx2',
      nics: [
        { id: 'b-01-n0', network: 'pg-b' },
        { id: 'b-01-n1', network: 'pg-d' },
      ],
    },
    { id: 'lap', host: 'ws1', nics: [{ id: 'lap-n0', network: 'vmnet8' }] },
  ],
  physicalSwitches: [{ id: 'tor1', ports: [{ name: 'Eth1/1' }] }],
  routers: [{ id: 'r1', interfaces: [{ id: 'r1-a', attach: { switch: 'tor1' } }] }],
  cables: [{ id: 'c1', a: 'esx1:vmnic0', b: 'tor1:Eth1/1' }],
};

const input = (doc: Design, extra: Partial<FlowInput> = {}): FlowInput => ({
  doc,
  scene: buildScene(doc),
  selection: new Set(),
  linkStatuses: {},
  ...extra,
});

describe('toFlow: nodes', () => {
  it('gives every element its node type, with parents for what lives in a host', () => {
    const { nodes } = toFlow(input(design));
    const summary = nodes.map((n) => [n.id, n.type, n.parentId]);
    expect(summary).toEqual([
      ['r1', 'router', undefined],
      ['esx1', 'host', undefined],
      ['web-01', 'vm', 'esx1'],
      ['web-02', 'vm', 'esx1'],
      ['vss0', 'standardSwitch', 'esx1'],
      ['esx2', 'host', undefined],
      ['b-01', 'vm', 'esx2'],
      ['vss1', 'standardSwitch', 'esx2'],
      ['ws1', 'host', undefined],
      ['lap', 'vm', 'ws1'],
      ['vmnet8', 'desktopNetwork', 'ws1'],
      ['dvs1', 'distributedSwitch', undefined],
      ['tor1', 'physicalSwitch', undefined],
    ]);
  });

  it('sizes nodes to their scene box and places handles at the scene offsets', () => {
    const scene = buildScene(design);
    const { nodes } = toFlow(input(design));
    for (const node of nodes) {
      const box = scene.nodes.find((n) => n.id === node.id)!;
      expect([node.width, node.height, node.measured]).toEqual([
        box.w,
        box.h,
        { width: box.w, height: box.h },
      ]);
      expect(node.position).toEqual({ x: box.x, y: box.y });
      expect(node.handles?.map((h) => h.id)).toEqual(box.handles.map((h) => h.id));
    }
    const vm = nodes.find((n) => n.id === 'web-01')!;
    const adapter = scene.nodes.find((n) => n.id === 'web-01')!.handles[0]!;
    expect(vm.handles?.[0]).toEqual({
      id: 'a:web-01-n0',
      type: 'source',
      position: 'right',
      x: vm.width! - HANDLE_SIZE / 2,
      y: adapter.offset - HANDLE_SIZE / 2,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    });
  });

  it('carries the model element and what the node shows', () => {
    const { nodes } = toFlow(input(design));
    const dvs = nodes.find((n) => n.id === 'dvs1');
    expect(dvs?.type === 'distributedSwitch' && dvs.data.portGroups).toEqual([design.portGroups![2]]);
    expect(dvs?.type === 'distributedSwitch' && dvs.data.memberNames).toEqual(['esxi-01', 'esxi-02']);
    const vm = nodes.find((n) => n.id === 'web-01');
    expect(vm?.type === 'vm' && vm.data.vm).toBe(design.vms![0]);
  });

  it('leaves out the children of a collapsed host and counts them on the host', () => {
    const doc = { ...design, layout: { esx2: { x: 0, y: 0, collapsed: true } } };
    const { nodes, edges } = toFlow(input(doc));
    expect(nodes.map((n) => n.id)).not.toContain('b-01');
    expect(nodes.map((n) => n.id)).not.toContain('vss1');
    const host = nodes.find((n) => n.id === 'esx2');
    expect(
      host?.type === 'host' && [host.data.collapsed, host.data.hiddenVms, host.data.hiddenSwitches],
    ).toEqual([true, 1, 1]);
    expect(host?.handles?.map((h) => h.id)).toContain('summary');
    const rerouted = edges.find((e) => e.id === 'nic:b-01-n1');
    expect([rerouted?.source, rerouted?.sourceHandle, rerouted?.target]).toEqual(['esx2', 'summary', 'dvs1']);
    // Both ends inside the collapsed host: nothing to draw.
    expect(edges.map((e) => e.id)).not.toContain('nic:b-01-n0');
  });

  it('marks the selection and places dragged nodes where the drag has them', () => {
    const { nodes } = toFlow(
      input(design, { selection: new Set(['web-02']), dragPositions: { 'web-02': { x: 7, y: 9 } } }),
    );
    const vm = nodes.find((n) => n.id === 'web-02')!;
    expect([vm.selected, vm.position]).toEqual([true, { x: 7, y: 9 }]);
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual(['web-02']);
  });
});

describe('toFlow: edges', () => {
  it('draws every link as a status edge between the scene handles, idle unless told', () => {
    const { edges } = toFlow(input(design, { linkStatuses: { 'nic:web-01-n0': 'ok' } }));
    expect(edges.map((e) => e.id)).toEqual(buildScene(design).edges.map((e) => e.id));
    expect(edges.find((e) => e.id === 'nic:web-01-n0')).toMatchObject({
      type: 'status',
      source: 'web-01',
      sourceHandle: 'a:web-01-n0',
      target: 'vss0',
      targetHandle: 'pg:pg-web',
      data: { status: 'ok' },
    });
    expect(edges.find((e) => e.id === 'cable:c1')?.data).toEqual({ status: 'idle' });
  });

  it('selects the edges of the selected adapter, cable or switch', () => {
    const { edges } = toFlow(input(design, { selection: new Set(['web-01-n0', 'c1', 'vss0']) }));
    expect(edges.filter((e) => e.selected).map((e) => e.id)).toEqual([
      'nic:web-01-n0',
      'uplink:vss0:esx1:vmnic0',
      'cable:c1',
    ]);
  });
});

describe('toFlow: identity', () => {
  it('keeps every node and edge that an unrelated edit did not touch', () => {
    const map = createFlowMapper();
    const before = map(input(design));
    const renamed: Design = {
      ...design,
      vms: design.vms!.map((vm) => (vm.id === 'b-01' ? { ...vm, name: 'renamed' } : vm)),
    };
    const after = map(input(renamed));
    for (const node of after.nodes) {
      const old = before.nodes.find((n) => n.id === node.id);
      if (node.id === 'b-01') expect(node).not.toBe(old);
      else expect(node).toBe(old);
    }
    after.edges.forEach((edge, i) => expect(edge).toBe(before.edges[i]));
  });

  it('during a drag, gives only the dragged node a new object, and keeps its data', () => {
    const map = createFlowMapper();
    const start = map(input(design));
    const moved = map(input(design, { dragPositions: { esx1: { x: 300, y: 200 } } }));
    const changed = moved.nodes.filter((node, i) => node !== start.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['esx1']);
    expect(moved.nodes.find((n) => n.id === 'esx1')?.data).toBe(
      start.nodes.find((n) => n.id === 'esx1')?.data,
    );
  });

  it('gives a new node when its element changes, and a new edge when its status changes', () => {
    const map = createFlowMapper();
    const before = map(input(design));
    const after = map(input(design, { linkStatuses: { 'cable:c1': 'down' } }));
    expect(after.edges.find((e) => e.id === 'cable:c1')).not.toBe(
      before.edges.find((e) => e.id === 'cable:c1'),
    );
    expect(after.edges.find((e) => e.id === 'nic:lap-n0')).toBe(
      before.edges.find((e) => e.id === 'nic:lap-n0'),
    );
  });

  it('maps a drag and a new selection of the same document exactly as a fresh mapping would', () => {
    const map = createFlowMapper();
    const scene = buildScene(design);
    const base = { doc: design, scene, linkStatuses: {} };
    map({ ...base, selection: new Set(['web-01']) });
    map({ ...base, selection: new Set(['web-01']), dragPositions: { 'web-01': { x: 1, y: 2 } } });
    const later = {
      ...base,
      selection: new Set(['esx2', 'web-01-n0']),
      dragPositions: { tor1: { x: 3, y: 4 } },
    };
    expect(map(later)).toEqual(toFlow(later));
  });
});
