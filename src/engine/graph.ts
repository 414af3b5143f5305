// The layer-2 graph (MODEL.md 2.1): nodes are (switching element, VLAN) pairs,
// edges are primary uplinks (rule 4) and cables between physical switches
// (rule 5). Domains are its connected components. Two hypothetical graphs
// answer 2.3 step 4's questions: "carryAll" (every port carries every VLAN,
// in the form its neighbour sends it) and "allUp" (every NIC and port is up);
// their edges remember where the real network would drop the frame.
import { instanceNode, physicalNode, type Attachment } from './attachments';
import type { Instance } from './instances';
import type { CableNet, Net, PhysPort } from './net';
import { UnionFind } from './unionFind';
import { primaryUplink, type UplinkPort } from './uplinks';
import {
  acrossCable,
  acrossCableRelaxed,
  portSends,
  portVlanFor,
  portVlanForRelaxed,
  whyNotCarried,
} from './vlanCarry';

export type GraphMode = 'real' | 'carryAll' | 'allUp';

/** Where the real network drops a frame that a hypothetical edge lets through. */
export interface Drop {
  at: string;
  atKind: 'physical-switch' | 'host';
  /** The port reference ("tor1:Eth1/2", "esx1:vmnic0"). */
  port: string;
  /** The link the frame stops at: the cable. */
  link: string;
  why: string;
}

export interface GraphNode {
  key: string;
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
  dropAB: Drop | null;
  dropBA: Drop | null;
}

export interface L2Graph {
  mode: GraphMode;
  nodes: GraphNode[];
  index: Map<string, number>;
  edges: Edge[];
  /** Edge indices per node, in creation order. */
  adjacency: number[][];
  /** Domain id per node. */
  domain: number[];
  /** The primary uplink of each switch instance in this graph's world. */
  primary: Map<string, UplinkPort | null>;
}

interface PhysLink {
  port: PhysPort;
  far: PhysPort;
  cable: CableNet;
}

function physicalLinks(net: Net): Map<string, PhysLink[]> {
  const out = new Map<string, PhysLink[]>();
  const add = (port: PhysPort, far: PhysPort, cable: CableNet) => {
    const list = out.get(port.switchId) ?? [];
    list.push({ port, far, cable });
    out.set(port.switchId, list);
  };
  for (const cable of net.cables)
    if (cable.a.kind === 'port' && cable.b.kind === 'port') {
      add(cable.a.port, cable.b.port, cable);
      add(cable.b.port, cable.a.port, cable);
    }
  return out;
}

const portDrop = (port: PhysPort, cable: CableNet, why: string): Drop => ({
  at: port.switchId,
  atKind: 'physical-switch',
  port: port.ref,
  link: cable.link,
  why,
});

class Builder {
  readonly nodes: GraphNode[] = [];
  readonly index = new Map<string, number>();
  readonly edges: Edge[] = [];
  private readonly edgeKeys = new Set<string>();

  node(key: string, instance: Instance | null, physical: string | null, vlan: number): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.nodes.length;
      this.nodes.push({ key, instance, physical, vlan });
      this.index.set(key, i);
    }
    return i;
  }

  edge(edge: Edge): void {
    const key = `${edge.cable.id}|${Math.min(edge.a, edge.b)}|${Math.max(edge.a, edge.b)}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push(edge);
  }
}

function uplinkDrops(mode: GraphMode, up: UplinkPort, vlan: number, mapped: number) {
  const { port, cable, uplink } = up;
  if (mode === 'carryAll') {
    const drop = portVlanFor(port, vlan) === mapped ? null : portDrop(port, cable, whyNotCarried(port, vlan));
    return { dropAB: drop, dropBA: drop };
  }
  if (mode === 'real') return { dropAB: null, dropBA: null };
  const nic: Drop | null = up.nicUp
    ? null
    : {
        at: uplink.host,
        atKind: 'host',
        port: `${uplink.host}:${uplink.nic}`,
        link: cable.link,
        why: `NIC ${uplink.nic} is down`,
      };
  const portDown = port.up ? null : portDrop(port, cable, 'the port is down');
  return { dropAB: nic ?? portDown, dropBA: portDown ?? nic };
}

function cableDrop(
  mode: GraphMode,
  from: PhysPort,
  to: PhysPort,
  vlan: number,
  mapped: number,
  cable: CableNet,
) {
  if (mode === 'real') return null;
  if (mode === 'allUp') {
    if (!from.up) return portDrop(from, cable, 'the port is down');
    return to.up ? null : portDrop(to, cable, 'the port is down');
  }
  if (acrossCable(from, to, vlan) === mapped) return null;
  if (!portSends(from, vlan)) return portDrop(from, cable, whyNotCarried(from, vlan));
  return portDrop(to, cable, whyNotCarried(to, mapped));
}

export function buildGraph(
  net: Net,
  instances: Map<string, Instance>,
  attachments: Map<string, Attachment>,
  mode: GraphMode,
): L2Graph {
  const g = new Builder();
  const used = new Map<string, Set<number>>();
  for (const att of attachments.values())
    for (const loc of att.locations) {
      g.node(loc.node, loc.instance, loc.physical, loc.vlan);
      if (loc.instance) {
        const set = used.get(loc.instance.key) ?? new Set<number>();
        set.add(loc.vlan);
        used.set(loc.instance.key, set);
      }
    }

  const primary = new Map<string, UplinkPort | null>();
  for (const instance of instances.values()) {
    const up = primaryUplink(net, instance, mode === 'allUp');
    primary.set(instance.key, up);
    if (!up) continue;
    for (const vlan of used.get(instance.key) ?? []) {
      const mapped = mode === 'carryAll' ? portVlanForRelaxed(up.port, vlan) : portVlanFor(up.port, vlan);
      if (mapped === null) continue;
      const a = g.index.get(instanceNode(instance.key, vlan))!;
      const b = g.node(physicalNode(up.port.switchId, mapped), null, up.port.switchId, mapped);
      g.edge({
        a,
        b,
        kind: 'uplink',
        cable: up.cable,
        uplink: up,
        portA: null,
        portB: up.port,
        ...uplinkDrops(mode, up, vlan, mapped),
      });
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
      if (mapped === null) continue;
      const m = g.node(physicalNode(far.switchId, mapped), null, far.switchId, mapped);
      g.edge({
        a: n,
        b: m,
        kind: 'cable',
        cable,
        uplink: null,
        portA: port,
        portB: far,
        dropAB: cableDrop(mode, port, far, node.vlan, mapped, cable),
        dropBA: cableDrop(mode, far, port, mapped, node.vlan, cable),
      });
    }
  }

  const uf = new UnionFind(g.nodes.length);
  const adjacency: number[][] = g.nodes.map(() => []);
  g.edges.forEach((e, i) => {
    uf.union(e.a, e.b);
    adjacency[e.a]!.push(i);
    adjacency[e.b]!.push(i);
  });
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

export interface PathStep {
  edge: Edge;
  /** True when the step goes from the edge's `a` to its `b`. */
  forward: boolean;
}

/** The shortest path between two nodes (fewest edges; ties go to the earlier edge), or null. */
export function shortestPath(graph: L2Graph, from: number, to: number): PathStep[] | null {
  if (from === to) return [];
  const via = new Map<number, number>([[from, -1]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head]!;
    for (const e of graph.adjacency[n]!) {
      const edge = graph.edges[e]!;
      const m = edge.a === n ? edge.b : edge.a;
      if (via.has(m)) continue;
      via.set(m, e);
      if (m === to) return unwind(graph, via, from, to);
      queue.push(m);
    }
  }
  return null;
}

function unwind(graph: L2Graph, via: Map<number, number>, from: number, to: number): PathStep[] {
  const steps: PathStep[] = [];
  let n = to;
  while (n !== from) {
    const edge = graph.edges[via.get(n)!]!;
    const forward = edge.b === n;
    steps.push({ edge, forward });
    n = forward ? edge.a : edge.b;
  }
  return steps.reverse();
}
