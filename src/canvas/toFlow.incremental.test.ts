// The mapper's cache against a fresh mapping: a long run of mixed changes (new
// statuses, selections, highlights, drags and edits of a 100-VM design, with
// hosts collapsed and opened, their links bundled) must give, at every step,
// exactly what a mapper without memory gives, with new objects only for what
// changed.
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/generate';
import { Rng } from '../../bench/prng';
import type { LinkStatus } from '../engine/types';
import { setAdapterConnected, setVmPower } from '../model/commands/whatIf';
import { listLinks } from '../model/links';
import type { Design } from '../model/types';
import { createSceneBuilder } from '../scene/buildScene';
import { CANVAS_SCENE } from '../scene/collapse';
import type { Scene } from '../scene/types';
import { linkElement } from './linkElements';
import { createFlowMapper, toFlow, type FlowElements, type FlowInput, type PathOnCanvas } from './toFlow';

const STATUSES: LinkStatus[] = ['ok', 'blocked', 'unreachable', 'mtu', 'down', 'idle'];

function run(doc: Design, command: { run: (d: Design, a: never) => { ok: boolean } }, args: unknown): Design {
  const result = command.run(doc, args as never) as { ok: true; doc: Design } | { ok: false; reason: string };
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
}

describe('toFlow: the cache gives what a fresh mapping gives', () => {
  it('over 200 mixed changes of a 100-VM design, and renews only what changed', () => {
    const rng = new Rng(7);
    const pick = <T>(items: readonly T[]): T => items[rng.int(0, items.length - 1)]!;
    const generated = generateDesign('S', 1);
    const closed = Object.fromEntries(
      generated.hosts!.slice(0, 2).map((h) => [h.id, { x: 0, y: 0, collapsed: true }]),
    );
    let doc: Design = { ...generated, layout: closed };
    const build = createSceneBuilder();
    const scenes = new WeakMap<Design, Scene>();
    const sceneOf = (d: Design) => scenes.get(d) ?? scenes.set(d, build(d, CANVAS_SCENE)).get(d)!;
    const map = createFlowMapper();
    const hosts = doc.hosts!.map((h) => h.id);
    let input: FlowInput = { doc, scene: sceneOf(doc), selection: new Set(), linkStatuses: {} };
    let last: FlowElements = map(input);

    const links = listLinks(doc).map((l) => l.id);
    for (let step = 0; step < 200; step++) {
      const change = rng.int(0, 6);
      const next: FlowInput = { ...input };
      if (change === 0) {
        const statuses: Record<string, LinkStatus> = { ...input.linkStatuses };
        for (let i = rng.int(0, 5); i > 0; i--) statuses[pick(links)] = pick(STATUSES);
        next.linkStatuses = statuses;
      } else if (change === 1) {
        const ids = [pick(links), pick(links), pick(hosts)].map((id) =>
          id.includes(':') ? linkElement(id) : id,
        );
        next.selection = new Set(rng.chance(30) ? [] : ids.slice(0, rng.int(1, 3)));
      } else if (change === 2) {
        const crossed = [pick(links), pick(links)];
        const path: PathOnCanvas = {
          links: new Set(crossed),
          stopLink: crossed[1]!,
          stopNode: pick(hosts),
          delivered: false,
        };
        next.path = rng.chance(30) ? null : path;
      } else if (change === 3) {
        next.dragPositions = rng.chance(40)
          ? {}
          : { [pick(hosts)]: { x: rng.int(0, 900), y: rng.int(0, 900) } };
      } else if (change === 4) {
        const vm = pick(doc.vms!);
        doc = run(doc, setVmPower, { vm: vm.id, on: vm.power === 'off' });
      } else if (change === 5) {
        const vm = pick(doc.vms!.filter((v) => v.nics?.length));
        const nic = vm.nics![0]!;
        doc = run(doc, setAdapterConnected, { adapter: nic.id, connected: nic.connected === false });
      } else {
        const host = pick(hosts);
        const collapsed = doc.layout?.[host]?.collapsed ?? false;
        doc = { ...doc, layout: { ...doc.layout, [host]: { x: 0, y: 0, collapsed: !collapsed } } };
      }
      next.doc = doc;
      next.scene = sceneOf(doc);
      const mapped = map(next);
      const fresh = toFlow(next);
      expect(mapped).toEqual(fresh);
      // What a fresh mapping shows the same as before is the object from before.
      const before = new Map(last.edges.map((e) => [e.id, e]));
      for (const edge of mapped.edges) {
        const old = before.get(edge.id);
        if (old && JSON.stringify(old) === JSON.stringify(edge)) expect(edge).toBe(old);
      }
      const beforeNodes = new Map(last.nodes.map((n) => [n.id, n]));
      for (const node of mapped.nodes) {
        const old = beforeNodes.get(node.id);
        if (old && JSON.stringify(old) === JSON.stringify(node)) expect(node).toBe(old);
      }
      input = next;
      last = mapped;
    }
  });
});
