// Automatic layout of a whole design:
//  1. inside every host, the VMs are ordered so that each sits next to the
//     port groups it joins (hostInterior.ts), then set out in the scene's
//     usual columns (hostContents.ts), so a laid-out host has the shape of a
//     hand-built one and fits its contents;
//  2. the top level: ELK places routers, hosts, distributed switches and
//     physical switches in rows, with every handle at its real spot; many
//     hosts wrap into several rows in ELK's order (arrangeTopLevel.ts).
// Only positions come out: layout never changes what the evaluator sees.
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Design, Layout } from '../model/types';
import { buildScene } from '../scene/buildScene';
import { layOutHost } from '../scene/hostContents';
import type { SceneNode } from '../scene/types';
import { arrangeTopLevel } from './arrangeTopLevel';
import { topGraph } from './elkGraph';
import { topPositions, type Position } from './fromElk';
import { hostContents } from './hostInterior';

/** Runs ELK on a graph: in a worker in the app, in-thread in tests and in Node. */
export type RunElk = (graph: ElkNode) => Promise<ElkNode>;

export interface LayoutTimings {
  /** Time spent inside ELK. */
  elkMs: number;
  /** Everything else: scenes, host contents, reading the result back. */
  otherMs: number;
}

export interface AutoLayout {
  /** A position for every node: relative to its host for VMs, standard switches and desktop networks. */
  positions: Map<string, Position>;
  timings: LayoutTimings;
}

export async function autoLayout(
  doc: Design,
  runElk: RunElk,
  now: () => number = () => performance.now(),
): Promise<AutoLayout> {
  const started = now();
  // Hosts are seen open (no saved layout at all), so that the links of hidden VMs count too.
  const open = buildScene({ ...doc, layout: {} });
  const nodes = new Map(open.nodes.map((n) => [n.id, n]));
  const placed = (id: string) => {
    const node = nodes.get(id) as SceneNode;
    return { id, box: { w: node.w, h: node.h, handles: node.handles } };
  };
  const positions = new Map<string, Position>();
  const contents = hostContents(open);
  for (const host of doc.hosts ?? []) {
    const mine = contents.get(host.id) ?? { vms: [], switches: [] };
    const geometry = layOutHost(host, mine.vms.map(placed), mine.switches.map(placed), {});
    for (const child of geometry.children) positions.set(child.id, { x: child.x, y: child.y });
  }

  // The top level is placed on the scene as it will be drawn: hosts fitted to their contents
  // (no saved size), collapsed hosts kept collapsed.
  const layout: Layout = {};
  for (const [id, p] of positions) layout[id] = { ...p };
  for (const host of doc.hosts ?? [])
    if (doc.layout?.[host.id]?.collapsed) layout[host.id] = { x: 0, y: 0, collapsed: true };
  const scene = buildScene({ ...doc, layout });
  const elkStarted = now();
  const result = await runElk(topGraph(scene));
  const elkMs = now() - elkStarted;
  for (const [id, p] of arrangeTopLevel(scene, topPositions(result))) positions.set(id, p);
  return { positions, timings: { elkMs, otherMs: now() - started - elkMs } };
}
