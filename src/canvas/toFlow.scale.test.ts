// Identity at scale: on a 5,000-VM design (tier L of the benchmark) a drag, a
// layout edit, an edit of one VM and a new evaluation each give new objects
// only to what they change, so that memoised nodes and edges re-render only there.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import type { LinkStatus } from '../engine/types';
import { setVmPower } from '../model/commands/whatIf';
import type { Design } from '../model/types';
import { createSceneBuilder } from '../scene/buildScene';
import { CANVAS_SCENE } from '../scene/collapse';
import type { Scene } from '../scene/types';
import { createFlowMapper, type FlowElements, type FlowInput } from './toFlow';

let doc: Design;
beforeAll(() => {
  doc = generateDesign('L', 1);
});

const changedNodes = (before: FlowElements, after: FlowElements) => {
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  return after.nodes.filter((n) => n !== old.get(n.id)).map((n) => n.id);
};
const changedEdges = (before: FlowElements, after: FlowElements) => {
  const old = new Map(before.edges.map((e) => [e.id, e]));
  return after.edges.filter((e) => e !== old.get(e.id)).map((e) => e.id);
};

/** A mapper and a scene builder with one scene per document, as one canvas has them (sceneOf.ts). */
function canvas() {
  const map = createFlowMapper();
  const build = createSceneBuilder();
  const scenes = new WeakMap<Design, Scene>();
  const sceneOf = (d: Design) => scenes.get(d) ?? scenes.set(d, build(d, CANVAS_SCENE)).get(d)!;
  const selection = new Set<string>();
  return (d: Design, extra: Partial<FlowInput> = {}) =>
    map({ doc: d, scene: sceneOf(d), selection, linkStatuses: {}, ...extra });
}

describe('toFlow at 5,000 VMs, hosts collapsed (as the canvas opens it)', () => {
  it('draws the hosts and top-level nodes only, each host summing up what it hides', () => {
    const { nodes } = canvas()(doc);
    expect(nodes.filter((n) => n.type === 'vm')).toEqual([]);
    const hosts = nodes.filter((n) => n.type === 'host');
    expect(hosts).toHaveLength(100);
    const hidden = hosts.reduce((sum, n) => sum + (n.type === 'host' ? n.data.hiddenVms : 0), 0);
    expect(hidden).toBe(5000);
  });

  it('during a drag, gives only the dragged host a new object and keeps the edges array', () => {
    const view = canvas();
    const start = view(doc);
    const host = doc.hosts![7]!.id;
    const moved = view(doc, { dragPositions: { [host]: { x: 123, y: 456 } } });
    expect(changedNodes(start, moved)).toEqual([host]);
    expect(moved.edges).toBe(start.edges);
  });

  it('after the drag is saved (a layout edit), renews the moved host and nothing else', () => {
    const view = canvas();
    const start = view(doc);
    const host = doc.hosts![7]!.id;
    const after = view({ ...doc, layout: { ...doc.layout, [host]: { x: 123, y: 456 } } });
    expect(changedNodes(start, after)).toEqual([host]);
    expect(changedEdges(start, after)).toEqual([]);
  });

  it('draws the links of hidden VMs as one bundle per host and node they reach', () => {
    const { edges } = canvas()(doc);
    const bundles = edges.filter((e) => e.data?.links);
    expect(bundles.length).toBeLessThanOrEqual(doc.hosts!.length * 3);
    const bundled = bundles.reduce((sum, e) => sum + e.data!.links!.length, 0);
    expect(bundled).toBeGreaterThan(4000);
    expect(edges.length).toBeLessThan(1500);
  });

  it('renews only the edges whose status changed, and the hosts whose worst status changed', () => {
    const view = canvas();
    const vm = doc.vms!.filter((v) => v.host === doc.hosts![3]!.id)[5]!;
    const link = `nic:${vm.nics![0]!.id}`;
    const cable = `cable:${doc.cables![0]!.id}`;
    const start = view(doc, { linkStatuses: { [cable]: 'ok' } });
    const statuses: Record<string, LinkStatus> = { [cable]: 'ok', [link]: 'blocked' };
    const after = view(doc, { linkStatuses: statuses });
    const bundle = after.edges.find((e) => e.data?.links?.includes(link))!;
    expect(bundle.data?.status).toBe('blocked');
    expect(changedEdges(start, after)).toEqual([bundle.id]);
    expect(changedNodes(start, after)).toEqual([vm.host]);
    const host = after.nodes.find((n) => n.id === vm.host);
    expect(host?.type === 'host' && host.data.worst).toBe('blocked');
    // The same statuses again, in a new record (a new evaluation that changed nothing): nothing new.
    const again = view(doc, { linkStatuses: { ...statuses } });
    expect(again.nodes).toBe(after.nodes);
    expect(again.edges).toBe(after.edges);
  });
});

describe('toFlow at 5,000 VMs, every host open', () => {
  const open = (d: Design): Design => ({
    ...d,
    layout: Object.fromEntries((d.hosts ?? []).map((h) => [h.id, { x: 0, y: 0, collapsed: false }])),
  });

  it('during a drag of one VM, gives only that VM a new object', () => {
    const view = canvas();
    const start = view(open(doc));
    expect(start.nodes.length).toBeGreaterThan(5000);
    const vm = doc.vms![2500]!.id;
    const moved = view(open(doc), { dragPositions: { [vm]: { x: 40, y: 70 } } });
    expect(changedNodes(start, moved)).toEqual([vm]);
  });

  it('after an edit of one VM, renews that VM only', () => {
    const view = canvas();
    const d = open(doc);
    const start = view(d);
    const vm = doc.vms![2500]!.id;
    const result = setVmPower.run(d, { vm, on: false });
    if (!result.ok) throw new Error(result.reason);
    const after = view(result.doc);
    expect(changedNodes(start, after)).toEqual([vm]);
    expect(changedEdges(start, after)).toEqual([]);
  });
});
