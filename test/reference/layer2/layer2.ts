// Broadcast domains (2.1) by naive fixpoint, adjacency with the PVLAN rule,
// and every shortest path between two pairs by breadth-first search.
import { gap } from '../gap';
import type { Attachment, Member, PvlanRole, World } from '../world/types';
import type { Edge } from './graph';
import { neighbours } from './graph';
import type { Mode } from './ports';

/** 2.1 rule 6. A member that is not on a PVLAN port group talks to everyone (it is promiscuous). */
export function pvlanAllows(a: PvlanRole, b: PvlanRole): boolean {
  if (a.kind === 'plain' || b.kind === 'plain') return true;
  if (a.kind === 'promiscuous' || b.kind === 'promiscuous') return true;
  return a.kind === 'community' && b.kind === 'community' && a.secondary === b.secondary;
}

const MAX_PATHS = 256;

export class Layer2 {
  /** pair → domain label (the smallest pair key of its domain). */
  private readonly label = new Map<string, string>();

  constructor(private readonly world: World) {
    const universe = new Set<string>();
    const queue = world.members.flatMap((m) => m.attachments.map((a) => a.pair));
    while (queue.length > 0) {
      const pair = queue.pop() as string;
      if (universe.has(pair)) continue;
      universe.add(pair);
      for (const e of neighbours(world, pair, 'strict')) queue.push(e.to);
    }
    const edges = [...universe].flatMap((p) => neighbours(world, p, 'strict'));
    for (const p of universe) this.label.set(p, p);
    // Fixpoint: every edge pulls both ends down to the smaller label, until nothing changes.
    for (let changed = true; changed;) {
      changed = false;
      for (const e of edges) {
        const a = this.label.get(e.from) as string;
        const b = this.label.get(e.to) as string;
        if (a === b) continue;
        const low = a < b ? a : b;
        this.label.set(e.from, low);
        this.label.set(e.to, low);
        changed = true;
      }
    }
  }

  /** Whether an edge of a relaxed world also exists in the real one. */
  strictEdge(e: Edge): boolean {
    return neighbours(this.world, e.from, 'strict').some((s) => s.to === e.to && s.cableLink === e.cableLink);
  }

  domain(pair: string): string {
    return this.label.get(pair) ?? pair;
  }

  sameDomain(a: Attachment, b: Attachment): boolean {
    return this.domain(a.pair) === this.domain(b.pair);
  }

  /** Attachment pairs (of a and b) in one domain that rule 6 lets talk. */
  adjacentPairs(a: Member, b: Member): [Attachment, Attachment][] {
    const out: [Attachment, Attachment][] = [];
    for (const x of a.attachments)
      for (const y of b.attachments)
        if (this.sameDomain(x, y) && pvlanAllows(x.role, y.role)) out.push([x, y]);
    return out;
  }

  adjacent(a: Member, b: Member): boolean {
    return this.adjacentPairs(a, b).length > 0;
  }

  /** Members attached in the domain of `pair`. */
  membersOfDomain(domain: string): Member[] {
    return this.world.members.filter((m) => m.attachments.some((a) => this.domain(a.pair) === domain));
  }

  domains(): string[] {
    const all = new Set<string>();
    for (const m of this.world.members) for (const a of m.attachments) all.add(this.domain(a.pair));
    return [...all].sort();
  }

  /** Every shortest path (as edge lists) from `from` to the nearest of `targets`; [] when none reaches. */
  shortestPaths(from: string, targets: string[], mode: Mode): Edge[][] {
    if (targets.includes(from)) return [[]];
    const preds = new Map<string, Edge[]>();
    const dist = new Map<string, number>([[from, 0]]);
    let frontier = [from];
    let reached: string[] = [];
    for (let d = 1; frontier.length > 0 && reached.length === 0; d++) {
      const next: string[] = [];
      for (const p of frontier)
        for (const e of neighbours(this.world, p, mode)) {
          const seen = dist.get(e.to);
          if (seen !== undefined && seen < d) continue;
          if (seen === undefined) {
            dist.set(e.to, d);
            next.push(e.to);
          }
          preds.set(e.to, [...(preds.get(e.to) ?? []), e]);
        }
      frontier = next;
      reached = next.filter((p) => targets.includes(p));
    }
    const paths: Edge[][] = [];
    const walkBack = (pair: string, suffix: Edge[]) => {
      if (paths.length > MAX_PATHS) gap('too many equal layer-2 paths to enumerate');
      if (pair === from) {
        paths.push(suffix);
        return;
      }
      for (const e of preds.get(pair) ?? []) walkBack(e.from, [e, ...suffix]);
    };
    for (const t of reached) walkBack(t, []);
    return paths;
  }
}
