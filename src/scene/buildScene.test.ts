import { describe, expect, it } from 'vitest';
import { setVmPower } from '../model/commands/whatIf';
import type { Design, Host, Vm } from '../model/types';
import { createSceneBuilder } from './buildScene';
import { BIG_DESIGN_VMS, CANVAS_SCENE } from './collapse';
import { COLUMN_GAP } from './metrics';
import type { Scene } from './types';

/** `hosts` hosts with `perHost` VMs each, every VM on one port group of a distributed switch. */
function farm(hosts: number, perHost: number): Design {
  const hostList: Host[] = Array.from({ length: hosts }, (_, h) => ({
    id: `esx${h}`,
    nics: [{ name: 'vmnic0' }],
  }));
  const vms: Vm[] = hostList.flatMap((host, h) =>
    Array.from({ length: perHost }, (_, v) => ({
      id: `vm${h}-${v}`,
      host: host.id,
      nics: [{ id: `vm${h}-${v}-n0`, network: 'pg-app' }],
    })),
  );
  return {
    format: 'vnet-design',
    version: 1,
    hosts: hostList,
    switches: [
      {
        id: 'dvs1',
        type: 'distributed',
        hosts: hostList.map((h) => h.id),
        uplinks: hostList.map((h) => ({ host: h.id, nic: 'vmnic0' })),
      },
    ],
    portGroups: [{ id: 'pg-app', switch: 'dvs1' }],
    vms,
  };
}

const topLevel = (scene: Scene) => scene.nodes.filter((n) => !n.parent);
const node = (scene: Scene, id: string) => scene.nodes.find((n) => n.id === id)!;

describe('buildScene: default placement', () => {
  it('keeps up to four hosts of a small design in one row, as before', () => {
    const scene = createSceneBuilder()(farm(4, 2));
    const hosts = topLevel(scene).filter((n) => n.kind === 'host');
    expect(new Set(hosts.map((h) => h.y)).size).toBe(1);
    hosts.slice(1).forEach((h, i) => expect(h.x).toBe(hosts[i]!.x + hosts[i]!.w + COLUMN_GAP));
    const fifth = topLevel(createSceneBuilder()(farm(5, 2))).filter((n) => n.kind === 'host')[4]!;
    expect([fifth.x, fifth.y > hosts[0]!.y]).toEqual([0, true]);
  });

  it('wraps a hundred hosts into a block about as wide as a screen, not one very wide row', () => {
    const hosts = farm(100, 4);
    const noSwitches = {
      ...hosts,
      switches: [],
      portGroups: [],
      vms: hosts.vms!.map(({ nics: _, ...vm }) => vm),
    };
    const scene = createSceneBuilder()(noSwitches, CANVAS_SCENE);
    const top = topLevel(scene);
    const width = Math.max(...top.map((n) => n.x + n.w));
    const height = Math.max(...top.map((n) => n.y + n.h));
    expect(new Set(top.filter((n) => n.kind === 'host').map((n) => n.y)).size).toBeGreaterThan(3);
    expect(width / height).toBeGreaterThan(0.8);
    expect(width / height).toBeLessThan(3);
  });

  it('never wraps a row before its first node, however wide', () => {
    const doc = farm(40, 1);
    const scene = createSceneBuilder()(doc);
    const dvs = node(scene, 'dvs1');
    expect(dvs.x).toBe(0);
    for (const n of topLevel(scene)) if (n.id !== 'dvs1') expect(n.w).toBeLessThanOrEqual(dvs.w);
  });
});

describe('buildScene: big designs open collapsed on the canvas', () => {
  const big = farm(10, Math.ceil((BIG_DESIGN_VMS + 1) / 10));

  it('collapses every host without a saved state, on the canvas only', () => {
    const canvas = createSceneBuilder()(big, CANVAS_SCENE);
    expect(topLevel(canvas).filter((n) => n.kind === 'host' && !n.collapsed)).toEqual([]);
    expect(canvas.nodes.filter((n) => n.kind === 'vm' && !n.hidden)).toEqual([]);
    const plain = createSceneBuilder()(big);
    expect(plain.nodes.filter((n) => n.collapsed || n.hidden)).toEqual([]);
  });

  it('opens a host whose layout says collapsed: false, and leaves a small design open', () => {
    const opened: Design = { ...big, layout: { esx3: { x: 0, y: 0, collapsed: false } } };
    const scene = createSceneBuilder()(opened, CANVAS_SCENE);
    expect(node(scene, 'esx3').collapsed).toBeUndefined();
    expect(node(scene, 'vm3-0').hidden).toBeUndefined();
    expect(node(scene, 'esx4').collapsed).toBe(true);
    const small = createSceneBuilder()(farm(2, BIG_DESIGN_VMS / 2), CANVAS_SCENE);
    expect(small.nodes.filter((n) => n.collapsed)).toEqual([]);
  });

  it('ends the links of hidden VMs on their host summary', () => {
    const scene = createSceneBuilder()(big, CANVAS_SCENE);
    expect(scene.edges.find((e) => e.id === 'nic:vm0-0-n0')).toMatchObject({
      source: 'esx0',
      sourceHandle: 'summary',
      target: 'dvs1',
    });
  });
});

describe('buildScene: after an edit', () => {
  const doc = farm(6, 20);

  it('keeps every node and edge object when an edit changes nothing drawn (a VM powered off)', () => {
    const build = createSceneBuilder();
    const before = build(doc);
    const result = setVmPower.run(doc, { vm: 'vm2-3', on: false });
    if (!result.ok) throw new Error(result.reason);
    const after = build(result.doc);
    after.nodes.forEach((n, i) => expect(n).toBe(before.nodes[i]));
    after.edges.forEach((e, i) => expect(e).toBe(before.edges[i]));
  });

  it('gives the same scene as a fresh build, renewing only what an edit moved or changed', () => {
    const build = createSceneBuilder();
    const before = build(doc);
    const edited: Design = {
      ...doc,
      vms: doc.vms!.map((vm) =>
        vm.id === 'vm4-1' ? { ...vm, nics: [...vm.nics!, { id: 'vm4-1-n1', network: 'pg-app' }] } : vm,
      ),
    };
    const after = build(edited);
    expect(after).toEqual(createSceneBuilder()(edited));
    const renewed = after.nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id);
    // vm4-1 grew a row: the VMs below it in its column move down, its host grows, and the row of
    // the distributed switch under the hosts moves down with it.
    expect(renewed).toEqual(['esx4', 'vm4-1', 'vm4-2', 'vm4-3', 'vm4-4', 'vm4-5', 'dvs1']);
    const renewedEdges = after.edges.filter((e) => !before.edges.includes(e)).map((e) => e.id);
    expect(renewedEdges).toEqual(['nic:vm4-1-n1']);
  });

  it('keeps the edges array itself when only the layout changed', () => {
    const build = createSceneBuilder();
    const before = build(doc);
    const after = build({ ...doc, layout: { esx1: { x: 5000, y: 0 } } });
    expect(after.edges).toBe(before.edges);
    expect(node(after, 'esx1')).toMatchObject({ x: 5000, absX: 5000 });
    expect(node(after, 'vm1-0').absX).toBe(5000 + node(after, 'vm1-0').x);
    expect(node(after, 'esx2')).toBe(node(before, 'esx2'));
  });

  it('rebuilds the edges when a host collapses, and again when it opens', () => {
    const build = createSceneBuilder();
    const open = build(doc);
    const collapsed = build({ ...doc, layout: { esx1: { x: 0, y: 0, collapsed: true } } });
    expect(collapsed.edges.find((e) => e.id === 'nic:vm1-0-n0')?.sourceHandle).toBe('summary');
    expect(collapsed).toEqual(
      createSceneBuilder()({ ...doc, layout: { esx1: { x: 0, y: 0, collapsed: true } } }),
    );
    const reopened = build(doc);
    expect(reopened).toEqual(open);
    expect(reopened.edges.find((e) => e.id === 'nic:vm1-0-n0')?.sourceHandle).toBe('a:vm1-0-n0');
  });
});

describe('buildScene: work kept from the last scene', () => {
  const doc = farm(6, 20);
  const edit = (d: Design, vm: string, change: (vm: Vm) => Vm): Design => ({
    ...d,
    vms: d.vms!.map((v) => (v.id === vm ? change(v) : v)),
  });

  it('gives the last scene itself when an edit changes nothing drawn, and a fresh build’s equal otherwise', () => {
    const build = createSceneBuilder();
    const before = build(doc);
    const powered = edit(doc, 'vm3-2', (vm) => ({ ...vm, power: 'off' }));
    expect(build(powered)).toBe(before);
    const grown = edit(powered, 'vm3-2', (vm) => ({ ...vm, nics: [...vm.nics!, { id: 'vm3-2-n1' }] }));
    const after = build(grown);
    expect(after).not.toBe(before);
    expect(after).toEqual(createSceneBuilder()(grown));
  });

  it('after a VM moves to another host, or hosts are reordered, matches a fresh build', () => {
    const build = createSceneBuilder();
    build(doc);
    const moved = edit(doc, 'vm1-4', (vm) => ({ ...vm, host: 'esx2' }));
    expect(build(moved)).toEqual(createSceneBuilder()(moved));
    const reordered: Design = { ...moved, hosts: [...moved.hosts!].reverse() };
    expect(build(reordered)).toEqual(createSceneBuilder()(reordered));
    const collapsed: Design = { ...reordered, layout: { esx0: { x: 0, y: 0, collapsed: true } } };
    expect(build(collapsed)).toEqual(createSceneBuilder()(collapsed));
    expect(build(reordered)).toEqual(createSceneBuilder()(reordered));
  });
});
