// The real layer-2 graph grown by a few new used nodes (graph.ts), without
// building it again: an edit that puts a member in a (switch, VLAN) pair no
// member used before adds that node, its primary uplink edge and the
// physical nodes it reaches. Every node the graph had already had all its
// edges (expanding a node reaches everything it can), so only new nodes bring
// edges, and the components the graph had keep their numbers. When the new
// nodes would join two components the graph is built whole instead (null).
import type { GraphNode, L2Graph, UsedNode } from './graph';
import type { CableNet, Net } from './net';
import { UnionFind } from './unionFind';
import { acrossCable, portVlanFor } from './vlanCarry';

export function growGraph(old: L2Graph, net: Net, used: readonly UsedNode[]): L2Graph | null {
  if (old.mode !== 'real') return null;
  const nodes: GraphNode[] = old.nodes.slice();
  const index = new Map(old.index);
  const edges = old.edges.slice();
  const adjacency = old.adjacency.slice();
  const first = nodes.length;
  const physicalAt = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (n.physical !== null) physicalAt.set(`${n.physical}|${n.vlan}`, i);
  });
  const physicalNode = (switchId: string, vlan: number): number => {
    const key = `${switchId}|${vlan}`;
    let i = physicalAt.get(key);
    if (i === undefined) {
      i = nodes.length;
      nodes.push({ instance: null, physical: switchId, vlan });
      physicalAt.set(key, i);
    }
    return i;
  };
  const joined = new Set<string>();
  const added: number[] = [];
  const edge = (
    a: number,
    b: number,
    cable: CableNet,
    e: Omit<L2Graph['edges'][number], 'a' | 'b' | 'kind' | 'cable'>,
  ) => {
    const key = `${Math.min(a, b)}|${Math.max(a, b)}|${cable.id}`;
    if (joined.has(key)) return;
    joined.add(key);
    added.push(edges.length);
    edges.push({ a, b, kind: e.uplink ? 'uplink' : 'cable', cable, ...e });
  };

  for (const u of used) {
    if (index.has(u.node)) continue;
    let i: number;
    if (u.physical !== null) i = physicalNode(u.physical, u.vlan);
    else {
      i = nodes.length;
      nodes.push({ instance: u.instance, physical: null, vlan: u.vlan });
    }
    index.set(u.node, i);
    if (!u.instance) continue;
    const up = old.primary.get(u.instance.key);
    const mapped = up ? portVlanFor(up.port, u.vlan) : null;
    if (up && mapped !== null)
      edge(i, physicalNode(up.port.switchId, mapped), up.cable, { uplink: up, portA: null, portB: up.port });
  }
  // A used physical node that was there already has all its edges.
  for (let n = first; n < nodes.length; n++) {
    const node = nodes[n]!;
    if (node.physical === null) continue;
    for (const cable of net.cables) {
      if (cable.a.kind !== 'port' || cable.b.kind !== 'port') continue;
      for (const [port, far] of [
        [cable.a.port, cable.b.port],
        [cable.b.port, cable.a.port],
      ] as const) {
        if (port.switchId !== node.physical || !port.up || !far.up) continue;
        const mapped = acrossCable(port, far, node.vlan);
        if (mapped !== null)
          edge(n, physicalNode(far.switchId, mapped), cable, { uplink: null, portA: port, portB: far });
      }
    }
  }

  const domain = joinDomains(
    old,
    nodes.length,
    added.map((k) => edges[k]!),
  );
  if (!domain) return null;
  const rank = new Map(net.cables.map((c, i) => [c, i]));
  const touched = new Set<number>();
  for (let n = first; n < nodes.length; n++) adjacency[n] = [];
  for (const k of added) {
    const e = edges[k]!;
    for (const n of [e.a, e.b]) {
      if (n < first && !touched.has(n)) adjacency[n] = adjacency[n]!.slice();
      touched.add(n);
      adjacency[n]!.push(k);
    }
  }
  const byCable = (x: number, y: number) => rank.get(edges[x]!.cable)! - rank.get(edges[y]!.cable)! || x - y;
  for (const n of touched) if (adjacency[n]!.length > 1) adjacency[n]!.sort(byCable);
  return { mode: 'real', nodes, index, edges, adjacency, domain, primary: old.primary };
}

/** Domain numbers with the new nodes: each new component takes the old one it touches, or a new number. */
function joinDomains(
  old: L2Graph,
  size: number,
  added: readonly { a: number; b: number }[],
): number[] | null {
  const first = old.nodes.length;
  const uf = new UnionFind(size);
  for (const e of added) uf.union(e.a, e.b);
  const domain = old.domain.slice();
  const joins = new Map<number, number>();
  for (const e of added)
    for (const [n, m] of [
      [e.a, e.b],
      [e.b, e.a],
    ] as const) {
      if (n >= first || m < first) continue;
      const root = uf.find(m);
      const was = joins.get(root);
      if (was !== undefined && was !== old.domain[n]) return null;
      joins.set(root, old.domain[n]!);
    }
  let next = old.domain.reduce((max, d) => Math.max(max, d), -1) + 1;
  const fresh = new Map<number, number>();
  for (let n = first; n < size; n++) {
    const root = uf.find(n);
    let d = joins.get(root) ?? fresh.get(root);
    if (d === undefined) fresh.set(root, (d = next++));
    domain[n] = d;
  }
  return domain;
}
