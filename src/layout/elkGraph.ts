// Scene → the ELK graph of the top level: routers, hosts, distributed
// switches and physical switches, each kind in a row of its own (ELK
// partitions, top to bottom), every handle a port at its real spot. Hosts are
// single nodes here: their contents are already in place (hostInterior.ts).
// Pure: the same scene always gives the same graph.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Scene, SceneNode, SceneNodeKind } from '../scene/types';
import { FIXED_PORTS, partition, topLevelOptions } from './elkOptions';
import { fixedPositionPorts, portId } from './elkPorts';

export const TOP_ROOT_ID = 'top';

const node = (n: SceneNode, row: number): ElkNode => ({
  id: n.id,
  width: n.w,
  height: n.h,
  ports: fixedPositionPorts(n),
  layoutOptions: { ...FIXED_PORTS, ...partition(row) },
});

/** The partition (row, from the top) of each kind of top-level node. */
export const ROW_OF_KIND: Partial<Record<SceneNodeKind, number>> = {
  router: 0,
  host: 1,
  distributedSwitch: 2,
  physicalSwitch: 3,
};

export function topPartitions(scene: Scene): Map<string, number> {
  return new Map(scene.nodes.filter((n) => !n.parent).map((n) => [n.id, ROW_OF_KIND[n.kind] ?? 1]));
}

/**
 * The links that steer the top level. A VM's links are left out: there are thousands of them
 * and its host is already tied to the same switches by its uplinks. Any other link with an end
 * inside a host (a router on a standard port group) counts as a link of that host.
 */
export function topEdges(scene: Scene, rows: ReadonlyMap<string, number>): ElkExtendedEdge[] {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const endOf = (id: string, handle: string): string => {
    const parent = byId.get(id)?.parent;
    return parent ?? portId(id, handle);
  };
  const topOf = (id: string): string => byId.get(id)?.parent ?? id;
  const edges: ElkExtendedEdge[] = [];
  const seen = new Set<string>();
  for (const edge of scene.edges) {
    if (byId.get(edge.source)?.kind === 'vm' || byId.get(edge.target)?.kind === 'vm') continue;
    if (topOf(edge.source) === topOf(edge.target)) continue;
    let from = endOf(edge.source, edge.sourceHandle);
    let to = endOf(edge.target, edge.targetHandle);
    // Edges point down the rows, so that ELK never has to turn one round.
    if ((rows.get(topOf(edge.source)) ?? 0) > (rows.get(topOf(edge.target)) ?? 0)) [from, to] = [to, from];
    const key = `${from}>${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: edge.id, sources: [from], targets: [to] });
  }
  return edges;
}

export function topGraph(scene: Scene): ElkNode {
  const rows = topPartitions(scene);
  const children = scene.nodes.filter((n) => !n.parent).map((n) => node(n, rows.get(n.id) ?? 1));
  const edges = topEdges(scene, rows);
  return { id: TOP_ROOT_ID, layoutOptions: topLevelOptions(children.length + edges.length), children, edges };
}
