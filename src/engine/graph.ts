// The layer-2 graph (MODEL.md 2.1): nodes are (switching element, VLAN) pairs,
// edges are primary uplinks (rule 4) and cables between physical switches
// (rule 5). Domains are its connected components. Two hypothetical graphs
// answer 2.3 step 4's questions: "carryAll" (every port carries every VLAN,
// in the form its neighbour sends it) and "allUp" (every NIC and port is up);
// graphDrops.ts tells where the real network would drop a frame on their edges.
import { instanceNode } from './attachments';
import type { Instance } from './instances';
import type { CableNet, Net, PhysPort } from './net';
import { UnionFind } from './unionFind';
import { primaryUplink, type UplinkPort } from './uplinks';
import { acrossCable, acrossCableRelaxed, portVlanFor, portVlanForRelaxed } from './vlanCarry';

export type GraphMode = 'real' | 'carryAll' | 'allUp';

export interface GraphNode {
  instance: Instance | null;
  physical: string | null;
  vlan: number;
}

export interface Edge {
  a: number;
  b: number;
  kind: 'uplink' | 'cable';
  cable: CableNet;
  /** For an uplink edge, `a` is the switch instance's side. */
  uplink: UplinkPort | null;
  /** The physical port on `a`'s side (cables only) and on `b`'s side. */
  portA: PhysPort | null;
  portB: PhysPort;
}

export interface L2Graph {
  mode: GraphMode;
  nodes: GraphNode[];
  /** The used nodes (graph.ts UsedNode) by their key. */
  index: Map<string, number>;
  edges: Edge[];
  /** Edge indices per node, in the order their cables are written. */
  adjacency: number[][];
  /** Domain id per node. */
  domain: number[];
  /** The primary uplink of each switch instance in this graph's world. */
  primary: ReadonlyMap<string, UplinkPort | null>;
}

/** A (switching element, VLAN) pair some member sits in: the graph grows from these. */
export interface UsedNode {
  node: string;
  instance: Instance | null;
  physical: string | null;
  vlan: number;
}

interface PhysLink {
  port: PhysPort;
  far: PhysPort;
  cable: CableNet;
}

function physicalLinks(net: Net): Map<string, PhysLink[]> {
  const out = new Map<string, PhysLink[]>();
  const add = (port: PhysPort, far: PhysPort, cable: CableNet) => {
    const list = out.get(port.switchId);
    if (list) list.push({ port, far, cable });
    else out.set(port.switchId, [{ port, far, cable }]);
  };
  for (const cable of net.cables)
    if (cable.a.kind === 'port' && cable.b.kind === 'port') {
      add(cable.a.port, cable.b.port, cable);
      add(cable.b.port, cable.a.port, cable);
    }
  return out;
}

const PAIR = 2 ** 21;

class Builder {
  readonly nodes: GraphNode[] = [];
  readonly index = new Map<string, number>();
  readonly edges: Edge[] = [];
  /** Per cable: the node pairs it already joins. */
  private readonly joined = new Map<CableNet, Set<number>>();
  private readonly physicalIndex = new Map<string, Map<number, number>>();

  usedNode(u: UsedNode): void {
    if (this.index.has(u.node)) return;
    let i: number;
    if (u.physical !== null) i = this.physicalNode(u.physical, u.vlan);
    else {
      i = this.nodes.length;
      this.nodes.push({ instance: u.instance, physical: null, vlan: u.vlan });
    }
    this.index.set(u.node, i);
  }

  physicalNode(switchId: string, vlan: number): number {
    let byVlan = this.physicalIndex.get(switchId);
    if (!byVlan) this.physicalIndex.set(switchId, (byVlan = new Map()));
    let i = byVlan.get(vlan);
    if (i === undefined) {
      i = this.nodes.length;
      this.nodes.push({ instance: null, physical: switchId, vlan });
      byVlan.set(vlan, i);
    }
    return i;
  }

  edge(
    a: number,
    b: number,
    cable: CableNet,
    uplink: UplinkPort | null,
    portA: PhysPort | null,
    portB: PhysPort,
  ): void {
    let pairs = this.joined.get(cable);
    if (!pairs) this.joined.set(cable, (pairs = new Set()));
    const key = a < b ? a * PAIR + b : b * PAIR + a;
    if (pairs.has(key)) return;
    pairs.add(key);
    this.edges.push({ a, b, kind: uplink ? 'uplink' : 'cable', cable, uplink, portA, portB });
  }
}

/** The primary uplink of every switch instance in a mode's world. */
export function primaryUplinks(
  net: Net,
  instances: ReadonlyMap<string, Instance>,
  mode: GraphMode,
): Map<string, UplinkPort | null> {
  const primary = new Map<string, UplinkPort | null>();
  for (const instance of instances.values())
    primary.set(instance.key, primaryUplink(net, instance, mode === 'allUp'));
  return primary;
}

/**
 * The graph of every used node and all it reaches. Which node came first does
 * not matter: each node's edges are kept in the order their cables are
 * written, so a path search breaks ties by the cable written first, and a
 * graph grown from more used nodes answers the same for the nodes it shared.
 * A switch instance's node has one edge, its uplink, so no path runs through
 * another member's node: a graph grown from a few used nodes answers for
 * them as the graph of every used node does.
 */
export function buildGraph(
  net: Net,
  instances: ReadonlyMap<string, Instance>,
  used: Iterable<UsedNode>,
  mode: GraphMode,
  primary: ReadonlyMap<string, UplinkPort | null> = primaryUplinks(net, instances, mode),
): L2Graph {
  const g = new Builder();
  const usedVlans = new Map<string, number[]>();
  for (const u of used) {
    if (g.index.has(u.node)) continue;
    g.usedNode(u);
    if (u.instance) {
      const list = usedVlans.get(u.instance.key);
      if (list) list.push(u.vlan);
      else usedVlans.set(u.instance.key, [u.vlan]);
    }
  }

  for (const instance of instances.values()) {
    const up = primary.get(instance.key);
    const vlans = usedVlans.get(instance.key);
    if (!up || !vlans) continue;
    for (const vlan of vlans) {
      const mapped = mode === 'carryAll' ? portVlanForRelaxed(up.port, vlan) : portVlanFor(up.port, vlan);
      if (mapped === null) continue;
      const a = g.index.get(instanceNode(instance.key, vlan))!;
      g.edge(a, g.physicalNode(up.port.switchId, mapped), up.cable, up, null, up.port);
    }
  }

  const links = physicalLinks(net);
  for (let n = 0; n < g.nodes.length; n++) {
    const node = g.nodes[n]!;
    if (node.physical === null) continue;
    for (const { port, far, cable } of links.get(node.physical) ?? []) {
      if (mode !== 'allUp' && (!port.up || !far.up)) continue;
      const mapped =
        mode === 'carryAll' ? acrossCableRelaxed(port, far, node.vlan) : acrossCable(port, far, node.vlan);
      if (mapped !== null) g.edge(n, g.physicalNode(far.switchId, mapped), cable, null, port, far);
    }
  }

  const rank = new Map(net.cables.map((c, i) => [c, i]));
  const uf = new UnionFind(g.nodes.length);
  const adjacency: number[][] = g.nodes.map(() => []);
  g.edges.forEach((e, i) => {
    uf.union(e.a, e.b);
    adjacency[e.a]!.push(i);
    adjacency[e.b]!.push(i);
  });
  const byCable = (x: number, y: number) =>
    rank.get(g.edges[x]!.cable)! - rank.get(g.edges[y]!.cable)! || x - y;
  for (const list of adjacency) if (list.length > 1) list.sort(byCable);
  return {
    mode,
    nodes: g.nodes,
    index: g.index,
    edges: g.edges,
    adjacency,
    domain: uf.components(),
    primary,
  };
}
