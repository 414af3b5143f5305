import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvExport, sizedLab } from '../../bench/layout/labs';
import { importInventory } from '../io/import/index';
import { applyLayout } from '../model/commands/applyLayout';
import type { Design } from '../model/types';
import { validateDesign } from '../model/validate';
import { buildScene } from '../scene/buildScene';
import type { SceneNode } from '../scene/types';
import { autoLayout } from './autoLayout';
import { createElkRunner } from './elkRunner';

const runElk = createElkRunner();

async function laidOut(doc: Design): Promise<Design> {
  const { positions } = await autoLayout(doc, runElk);
  const result = applyLayout.run(doc, { positions: Object.fromEntries(positions) });
  if (!result.ok) throw new Error(result.reason);
  return result.doc;
}

const overlap = (a: SceneNode, b: SceneNode) =>
  a.absX < b.absX + b.w && b.absX < a.absX + a.w && a.absY < b.absY + b.h && b.absY < a.absY + a.h;

/** Every pair of overlapping boxes among top-level nodes, and among the children of each host. */
function overlaps(doc: Design): string[] {
  const nodes = buildScene(doc).nodes;
  const groups = new Map<string, SceneNode[]>();
  for (const node of nodes) {
    const key = node.parent ?? '';
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const found: string[] = [];
  for (const group of groups.values())
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (overlap(group[i]!, group[j]!)) found.push(`${group[i]!.id} × ${group[j]!.id}`);
  return found;
}

/** Children that stick out of their host's box. */
function outside(doc: Design): string[] {
  const nodes = buildScene(doc).nodes;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes
    .filter((n) => n.parent)
    .filter((n) => {
      const host = byId.get(n.parent!)!;
      return n.x < 0 || n.y < 0 || n.x + n.w > host.w || n.y + n.h > host.h;
    })
    .map((n) => n.id);
}

const importLab = (hosts: number, vms: number): Design => {
  const result = importInventory(csvExport(sizedLab(hosts, vms)));
  if (!result.ok) throw new Error(result.error.message);
  return result.design;
};

describe('autoLayout', () => {
  it('lays out a 100-host import with no two nodes overlapping', { timeout: 300_000 }, async () => {
    const doc = await laidOut(importLab(100, 5000));
    expect((doc.hosts ?? []).length).toBe(100);
    expect(overlaps(doc)).toEqual([]);
    expect(outside(doc)).toEqual([]);
    // Wrapped into several rows, not one row a hundred hosts wide.
    const hostYs = new Set((doc.hosts ?? []).map((h) => doc.layout?.[h.id]?.y));
    expect(hostYs.size).toBeGreaterThan(3);
  });

  it('places every node of a small design, hosts in one row above their distributed switch', async () => {
    const doc = importLab(4, 100);
    const { positions } = await autoLayout(doc, runElk);
    const nodes = buildScene(doc).nodes.map((n) => n.id);
    expect([...positions.keys()].sort()).toEqual([...nodes].sort());
    const laid = await laidOut(doc);
    expect(overlaps(laid)).toEqual([]);
    const hostYs = (laid.hosts ?? []).map((h) => laid.layout?.[h.id]?.y);
    expect(new Set(hostYs).size).toBe(1);
    const dvs = (laid.switches ?? []).find((s) => s.type === 'distributed')!;
    expect(laid.layout?.[dvs.id]?.y).toBeGreaterThan(hostYs[0]!);
  });

  it('changes only the layout, and lays out the same design the same way twice', async () => {
    const doc = JSON.parse(
      readFileSync(new URL('../../public/examples/three-tier-app.json', import.meta.url), 'utf8'),
    ) as Design;
    const once = await laidOut(doc);
    const { layout: _a, ...before } = doc;
    const { layout: _b, ...after } = once;
    expect(after).toEqual(before);
    expect(validateDesign(once).ok).toBe(true);
    expect(overlaps(once)).toEqual([]);
    expect(await laidOut(doc)).toEqual(once);
  });

  it('keeps a collapsed host collapsed and places its neighbours for its collapsed size', async () => {
    const doc = importLab(4, 100);
    const host = doc.hosts![0]!.id;
    const collapsed: Design = { ...doc, layout: { [host]: { x: 0, y: 0, collapsed: true } } };
    const laid = await laidOut(collapsed);
    expect(laid.layout?.[host]?.collapsed).toBe(true);
    expect(overlaps(laid)).toEqual([]);
  });
});
