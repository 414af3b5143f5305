// The "ok" links that layer 2 alone gives (MODEL.md 2.7): the adapters of
// members that have a neighbour, and the links on the layer-2 paths between
// them, domain by domain. A domain's share is kept from one version to the
// next while its member list is the same array on the same graph (the context
// replaces the lists of the domains an edit touched), so an edit costs the
// domains it touched: a patched context names them (delta.domainLists), else
// every list is looked up. The links are counted over the domains, and each
// version reports the links that came or went.
import type { Attachment } from './attachments';
import type { EngineContext } from './context';
import type { DomainListChange } from './delta';
import { adjacent, domainsOf, nodeOf } from './domains';
import type { L2Graph } from './graph';

interface DomainShare {
  members: readonly Attachment[];
  /** The members with another member of this domain they may talk to at layer 2, in member order. */
  measured: readonly Attachment[];
  /** `measured` as a set, made when a spread member first asks (most designs have none). */
  neighboured: Set<Attachment> | null;
  /** A member of several locations, which may have its neighbour in another domain. */
  spread: boolean;
  speakers: Attachment[];
  ok: string[];
}

/** A share as kept: `seen` is the last version that had its member list. */
interface Kept {
  share: DomainShare;
  seen: number;
}

export class DomainLinks {
  private readonly shares = new Map<readonly Attachment[], Kept>();
  private readonly count = new Map<string, number>();
  private version = 0;
  /** Shares with a spread member. */
  private spread = 0;

  has(link: string): boolean {
    return this.count.has(link);
  }

  /**
   * Brings the shares to this version; the links that became ok or stopped
   * being ok (and maybe a few that did not) are added to `changed`, when
   * given (a caller that judges every link anyway passes null). With the lists
   * the context changed (`changes`), only those are measured; without, every list is looked up.
   */
  update(ctx: EngineContext, changes: readonly DomainListChange[] | null, changed: Set<string> | null): void {
    const g = ctx.graph;
    if (changes && this.version > 0) {
      for (const { domain, before, after } of changes) {
        if (before === after) continue;
        const kept = before && this.shares.get(before);
        if (kept) this.drop(before, kept.share, changed);
        if (after && !this.shares.has(after))
          this.keep(after, { share: measure(g, domain, after), seen: this.version }, changed);
      }
      if (this.spread > 0) this.respread(ctx, changed);
      return;
    }
    const version = ++this.version;
    ctx.byDomain.forEach((members, domain) => {
      const kept = this.shares.get(members);
      // A list kept by the context is a domain whose members are the same, even on a grown graph (contextPatch.ts).
      if (kept) kept.seen = version;
      else this.keep(members, { share: measure(g, domain, members), seen: version }, changed);
    });
    this.shares.forEach((kept, members) => {
      if (kept.seen !== version) this.drop(members, kept.share, changed);
    });
    if (this.spread > 0) this.respread(ctx, changed);
  }

  /**
   * A spread member's neighbour may be in another of its domains: the spread
   * domains' speakers counted again over every domain.
   */
  private respread(ctx: EngineContext, changed: Set<string> | null): void {
    const g = ctx.graph;
    const byNumber = new Map<number, Kept>();
    for (const [domain, members] of ctx.byDomain) byNumber.set(domain, this.shares.get(members)!);
    // The neighbours as measured: a share replaced below keeps its measured set.
    const neighboured = (d: number) => neighbouredIn(byNumber.get(d)!.share);
    const talking = (att: Attachment, share: DomainShare) =>
      neighbouredIn(share).has(att) ||
      (att.locations.length > 1 && domainsOf(g, att).some((d) => neighboured(d).has(att)));
    for (const [domain, kept] of byNumber) {
      const share = kept.share;
      if (!share.spread) continue;
      const speakers = share.members.filter((att) => talking(att, share));
      if (sameList(speakers, share.speakers)) continue;
      this.drop(share.members, share, changed);
      this.keep(
        share.members,
        { share: { ...share, speakers, ok: okLinks(g, domain, speakers) }, seen: kept.seen },
        changed,
      );
      byNumber.set(domain, this.shares.get(share.members)!);
    }
  }

  private keep(members: readonly Attachment[], kept: Kept, changed: Set<string> | null): void {
    this.shares.set(members, kept);
    if (kept.share.spread) this.spread++;
    this.add(kept.share.ok, 1, changed);
  }

  private drop(members: readonly Attachment[], share: DomainShare, changed: Set<string> | null): void {
    this.shares.delete(members);
    if (share.spread) this.spread--;
    this.add(share.ok, -1, changed);
  }

  private add(links: readonly string[], by: 1 | -1, changed: Set<string> | null): void {
    for (const link of links) {
      const n = (this.count.get(link) ?? 0) + by;
      if (n === 0) this.count.delete(link);
      else this.count.set(link, n);
      if (changed !== null && (n === 0 || (n === 1 && by === 1))) changed.add(link);
    }
  }
}

const neighbouredIn = (share: DomainShare): ReadonlySet<Attachment> =>
  (share.neighboured ??= new Set(share.measured));

const sameList = <T>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A domain's share, its speakers counted from this domain alone (a spread member may add itself later). */
function measure(g: L2Graph, domain: number, members: readonly Attachment[]): DomainShare {
  const speakers: Attachment[] = [];
  for (const att of members)
    for (const other of members)
      if (other !== att && adjacent(g, att, other)) {
        speakers.push(att);
        break;
      }
  return {
    members,
    measured: speakers,
    neighboured: null,
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
 * Per-node scratch for pathLinks, kept across calls so that a domain's search
 * allocates nothing per node: an entry is valid when its stamp is the call's.
 */
class Scratch {
  stamp = new Int32Array(0);
  walked = new Int32Array(0);
  via = new Int32Array(0);
  depth = new Int32Array(0);
  private call = 0;

  /** A stamp for a search over `nodes` nodes, no entry holding it yet. */
  next(nodes: number): number {
    if (this.stamp.length < nodes || this.call === 0x7fffffff) {
      const size = Math.max(nodes, this.stamp.length * 2, 64);
      this.stamp = new Int32Array(size);
      this.walked = new Int32Array(size);
      this.via = new Int32Array(size);
      this.depth = new Int32Array(size);
      this.call = 0;
    }
    return ++this.call;
  }
}

const scratch = new Scratch();

/**
 * Links on the layer-2 paths from the domain's first speaker to the others,
 * as the shortest-path tree of a breadth-first search (a loop keeps one path,
 * as spanning tree would). A walk back to the root stops at a node an earlier
 * speaker's walk went through: the rest of its path is in already.
 */
export function pathLinks(g: L2Graph, domain: number, speakers: readonly Attachment[]): string[] {
  const out = new Set<string>();
  const call = scratch.next(g.domain.length);
  const { stamp, walked, via, depth } = scratch;
  const queue: number[] = [];
  for (const loc of speakers[0]!.locations) {
    const n = nodeOf(g, loc);
    if (g.domain[n] !== domain || stamp[n] === call) continue;
    stamp[n] = call;
    via[n] = -1;
    depth[n] = 0;
    queue.push(n);
  }
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head]!;
    for (const e of g.adjacency[n]!) {
      const edge = g.edges[e]!;
      const m = edge.a === n ? edge.b : edge.a;
      if (stamp[m] === call) continue;
      stamp[m] = call;
      via[m] = e;
      depth[m] = depth[n]! + 1;
      queue.push(m);
    }
  }
  for (let k = 1; k < speakers.length; k++) {
    // A distributed interface's copies are one member (MODEL.md 2.1): the
    // path runs to the copy nearest the first speaker (the first such copy), not to every copy.
    let n = -1;
    for (const loc of speakers[k]!.locations) {
      const c = nodeOf(g, loc);
      if (g.domain[c] === domain && (n < 0 || depth[c]! < depth[n]!)) n = c;
    }
    while (via[n]! >= 0 && walked[n] !== call) {
      walked[n] = call;
      const edge = g.edges[via[n]!]!;
      out.add(edge.cable.link);
      if (edge.uplink) out.add(edge.uplink.uplink.link);
      n = edge.a === n ? edge.b : edge.a;
    }
  }
  return [...out];
}
