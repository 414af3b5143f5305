// The "ok" links that layer 2 alone gives (MODEL.md 2.7): the adapters of
// members that have a neighbour, and the links on the layer-2 paths between
// them, domain by domain. A domain's share is kept from one version to the
// next while its member list is the same array on the same graph (the context
// replaces the lists of the domains an edit touched), so an edit costs the
// domains it touched. The links are counted over the domains, and each
// version reports the links that came or went.
import type { Attachment } from './attachments';
import type { EngineContext } from './context';
import { adjacent, domainsOf, nodeOf } from './domains';
import type { L2Graph } from './graph';

interface DomainShare {
  members: readonly Attachment[];
  /** The members with another member of this domain they may talk to at layer 2. */
  neighboured: ReadonlySet<Attachment>;
  /** A member of several locations, which may have its neighbour in another domain. */
  spread: boolean;
  speakers: Attachment[];
  ok: string[];
}

export class DomainLinks {
  private shares = new Map<readonly Attachment[], DomainShare>();
  private readonly count = new Map<string, number>();

  has(link: string): boolean {
    return this.count.has(link);
  }

  /** Brings the shares to this version; the links that became ok or stopped being ok. */
  update(ctx: EngineContext): Set<string> {
    const g = ctx.graph;
    const byNumber = new Map<number, DomainShare>();
    const next = new Map<readonly Attachment[], DomainShare>();
    for (const [domain, members] of ctx.byDomain) {
      let share = this.shares.get(members);
      // A list kept by the context is a domain whose members are the same, even on a grown graph (contextPatch.ts).
      if (!share) share = measure(g, domain, members);
      byNumber.set(domain, share);
      next.set(members, share);
    }
    const talking = (att: Attachment, share: DomainShare) =>
      share.neighboured.has(att) ||
      (att.locations.length > 1 && domainsOf(g, att).some((d) => byNumber.get(d)!.neighboured.has(att)));
    for (const [domain, share] of byNumber) {
      if (!share.spread) continue;
      const speakers = share.members.filter((att) => talking(att, share));
      if (sameList(speakers, share.speakers)) continue;
      const moved = { ...share, speakers, ok: okLinks(g, domain, speakers) };
      byNumber.set(domain, moved);
      next.set(share.members, moved);
    }
    const changed = new Set<string>();
    const kept = new Set(next.values());
    for (const share of this.shares.values()) if (!kept.has(share)) this.add(share.ok, -1, changed);
    const had = new Set(this.shares.values());
    for (const share of kept) if (!had.has(share)) this.add(share.ok, 1, changed);
    this.shares = next;
    return changed;
  }

  private add(links: readonly string[], by: 1 | -1, changed: Set<string>): void {
    for (const link of links) {
      const n = (this.count.get(link) ?? 0) + by;
      if (n === 0) this.count.delete(link);
      else this.count.set(link, n);
      if (n === 0 || (n === 1 && by === 1)) changed.add(link);
    }
  }
}

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A domain's share, its speakers counted from this domain alone (a spread member may add itself later). */
function measure(g: L2Graph, domain: number, members: readonly Attachment[]): DomainShare {
  const neighboured = new Set<Attachment>();
  for (const att of members)
    for (const other of members)
      if (other !== att && adjacent(g, att, other)) {
        neighboured.add(att);
        break;
      }
  const speakers = members.filter((att) => neighboured.has(att));
  return {
    members,
    neighboured,
    spread: members.some((att) => att.locations.length > 1),
    speakers,
    ok: okLinks(g, domain, speakers),
  };
}

/** The speakers' adapter links and the links on the layer-2 paths between them. */
function okLinks(g: L2Graph, domain: number, speakers: readonly Attachment[]): string[] {
  const out: string[] = [];
  for (const att of speakers) if (att.member.link) out.push(att.member.link);
  if (speakers.length >= 2) out.push(...pathLinks(g, domain, speakers));
  return out;
}

/**
 * Links on the layer-2 paths from the domain's first speaker to the others,
 * as the shortest-path tree of a breadth-first search (a loop keeps one path,
 * as spanning tree would).
 */
function pathLinks(g: L2Graph, domain: number, speakers: readonly Attachment[]): string[] {
  const out = new Set<string>();
  const inDomainNodes = (att: Attachment) =>
    att.locations.filter((l) => g.domain[nodeOf(g, l)] === domain).map((l) => nodeOf(g, l));
  const via = new Map<number, number>();
  const depth = new Map<number, number>();
  const queue = inDomainNodes(speakers[0]!);
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
    const nodes = inDomainNodes(att);
    let n = nodes.reduce((best, c) => (depth.get(c)! < depth.get(best)! ? c : best), nodes[0]!);
    while ((via.get(n) ?? -1) >= 0) {
      const edge = g.edges[via.get(n)!]!;
      out.add(edge.cable.link);
      if (edge.uplink) out.add(edge.uplink.uplink.link);
      n = edge.a === n ? edge.b : edge.a;
    }
  }
  return [...out];
}
