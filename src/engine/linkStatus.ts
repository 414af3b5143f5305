// Link statuses (MODEL.md 2.7): every link of the document gets the first
// status that holds: down, blocked, unreachable, mtu, ok, idle.
import { listLinks, type Link } from '../model/links';
import type { Attachment } from './attachments';
import type { EngineContext } from './context';
import { adjacent, domainsOf, nodeOf } from './domains';
import type { FlowResult, LinkStatus, Problem } from './types';

/** Rule 1: whether a link is off. */
function downTest(ctx: EngineContext): (link: Link) => boolean {
  const net = ctx.net;
  const nicUp = (host: string, nic: string) => net.hosts.get(host)?.nics.get(nic) ?? true;
  const cables = new Map(net.cables.map((c) => [c.id, c]));
  const unused = new Set<string>();
  for (const sw of net.switches.values())
    for (const u of sw.uplinks) if (u.role === 'unused') unused.add(u.link);
  return (link) => {
    if (link.kind === 'nic') return !(net.memberById.get(link.adapter)?.on ?? true);
    if (link.kind === 'uplink') return unused.has(link.id) || !nicUp(link.host, link.nic);
    const cable = cables.get(link.cable);
    if (!cable) return false;
    return [cable.a, cable.b].some((end) => (end.kind === 'port' ? !end.port.up : !nicUp(end.host, end.nic)));
  };
}

/** Whether a member has another member of its domain it may talk to at layer 2 (firewalls aside). */
function hasNeighbour(ctx: EngineContext, att: Attachment): boolean {
  for (const d of domainsOf(ctx.graph, att))
    for (const other of ctx.byDomain.get(d) ?? [])
      if (other !== att && adjacent(ctx.graph, att, other)) return true;
  return false;
}

/**
 * Links on the layer-2 paths between the members of each domain that have a
 * neighbour: the paths from the domain's first such member to the others, as
 * the shortest-path tree of a breadth-first search (a loop keeps one path,
 * as spanning tree would).
 */
function layer2Links(ctx: EngineContext, talking: Set<Attachment>): Set<string> {
  const g = ctx.graph;
  const out = new Set<string>();
  for (const [domain, members] of ctx.byDomain) {
    const speakers = members.filter((m) => talking.has(m));
    if (speakers.length < 2) continue;
    const inDomain = (att: Attachment) =>
      att.locations.filter((l) => g.domain[nodeOf(g, l)] === domain).map((l) => nodeOf(g, l));
    const via = new Map<number, number>();
    const depth = new Map<number, number>();
    const queue = inDomain(speakers[0]!);
    for (const n of queue) {
      via.set(n, -1);
      depth.set(n, 0);
    }
    for (let head = 0; head < queue.length; head++) {
      const n = queue[head]!;
      for (const e of g.adjacency[n]!) {
        const edge = g.edges[e]!;
        const m = edge.a === n ? edge.b : edge.a;
        if (via.has(m)) continue;
        via.set(m, e);
        depth.set(m, depth.get(n)! + 1);
        queue.push(m);
      }
    }
    for (const att of speakers.slice(1)) {
      // A distributed interface's copies are one member (MODEL.md 2.1): the
      // path runs to the copy nearest the first speaker, not to every copy.
      const nodes = inDomain(att);
      let n = nodes.reduce((best, c) => (depth.get(c)! < depth.get(best)! ? c : best), nodes[0]!);
      while ((via.get(n) ?? -1) >= 0) {
        const edge = g.edges[via.get(n)!]!;
        out.add(edge.cable.link);
        if (edge.uplink) out.add(edge.uplink.uplink.link);
        n = edge.a === n ? edge.b : edge.a;
      }
    }
  }
  return out;
}

export function linkStatuses(
  ctx: EngineContext,
  flows: readonly FlowResult[],
  problems: readonly Problem[],
): Record<string, LinkStatus> {
  const blocked = new Set<string>();
  const unreachable = new Set<string>();
  const mtu = new Set<string>();
  const ok = new Set<string>();
  for (const f of flows) {
    if (f.verdict === 'allowed') for (const l of f.links) ok.add(l);
    if (f.expected !== 'allow' || !f.stopLink) continue;
    if (f.verdict === 'blocked') blocked.add(f.stopLink);
    else if (f.verdict === 'unreachable') unreachable.add(f.stopLink);
    else if (f.verdict === 'mtu') mtu.add(f.stopLink);
  }
  for (const p of problems) {
    if (p.severity === 'error') for (const l of p.links) unreachable.add(l);
    if (p.code === 'mtu-mismatch') for (const l of p.links) mtu.add(l);
  }
  const talking = new Set<Attachment>();
  for (const att of ctx.attachments.values())
    if (att.locations.length > 0 && hasNeighbour(ctx, att)) {
      talking.add(att);
      if (att.member.link) ok.add(att.member.link);
    }
  for (const l of layer2Links(ctx, talking)) ok.add(l);

  const isDown = downTest(ctx);
  const out: Record<string, LinkStatus> = {};
  for (const link of listLinks(ctx.net.doc)) {
    const id = link.id;
    out[id] = isDown(link)
      ? 'down'
      : blocked.has(id)
        ? 'blocked'
        : unreachable.has(id)
          ? 'unreachable'
          : mtu.has(id)
            ? 'mtu'
            : ok.has(id)
              ? 'ok'
              : 'idle';
  }
  return out;
}
