// What the flows and problems say of links (MODEL.md 2.7): blocked,
// unreachable and mtu where an expected-allow flow stops, ok on the links an
// allowed flow crosses, unreachable on an error's links, mtu on an
// mtu-mismatch's links. Kept from one version to the next: the flows' share
// is counted per link (several flows cross one link), and a version whose
// results differ in a few flows (the flow phase keeps the others' objects)
// counts those few again. Problems mark few links: their share is recounted.
import type { FlowResult, Problem } from './types';

type Counts = Map<string, number>;

/** The statuses marks give (linkStatus.ts gives the others). */
export type MarkedStatus = 'blocked' | 'unreachable' | 'mtu' | 'ok';

/** Counts a link up or down; notes it when it gains its first mark or loses its last. */
function bump(counts: Counts, link: string, by: 1 | -1, changed: Set<string> | null): void {
  const n = (counts.get(link) ?? 0) + by;
  if (n === 0) counts.delete(link);
  else counts.set(link, n);
  if (changed !== null && (n === 0 || (n === 1 && by === 1))) changed.add(link);
}

function addDifference(a: ReadonlySet<string>, b: ReadonlySet<string>, into: Set<string> | null): void {
  if (into === null) return;
  for (const x of a) if (!b.has(x)) into.add(x);
  for (const x of b) if (!a.has(x)) into.add(x);
}

export class LinkMarks {
  private readonly blockedBy: Counts = new Map();
  private readonly unreachableBy: Counts = new Map();
  private readonly mtuBy: Counts = new Map();
  private readonly okBy: Counts = new Map();
  private flows: readonly FlowResult[] = [];
  private problemUnreachable = new Set<string>();
  private problemMtu = new Set<string>();

  /**
   * Brings the marks to these results; the links whose marks may have
   * changed are added to `changed`, when given.
   */
  update(flows: readonly FlowResult[], problems: readonly Problem[], changed: Set<string> | null): void {
    const old = this.flows;
    if (flows !== old) {
      if (flows.length === old.length) {
        for (let i = 0; i < flows.length; i++)
          if (flows[i] !== old[i]) {
            this.count(old[i]!, -1, changed);
            this.count(flows[i]!, 1, changed);
          }
      } else {
        for (const f of old) this.count(f, -1, changed);
        for (const f of flows) this.count(f, 1, changed);
      }
      this.flows = flows;
    }
    const unreachable = new Set<string>();
    const mtu = new Set<string>();
    for (const p of problems) {
      if (p.severity === 'error') for (const l of p.links) unreachable.add(l);
      if (p.code === 'mtu-mismatch') for (const l of p.links) mtu.add(l);
    }
    addDifference(this.problemUnreachable, unreachable, changed);
    addDifference(this.problemMtu, mtu, changed);
    this.problemUnreachable = unreachable;
    this.problemMtu = mtu;
  }

  blocked(link: string): boolean {
    return this.blockedBy.has(link);
  }

  unreachable(link: string): boolean {
    return this.unreachableBy.has(link) || this.problemUnreachable.has(link);
  }

  mtu(link: string): boolean {
    return this.mtuBy.has(link) || this.problemMtu.has(link);
  }

  /** An allowed flow crosses it. */
  ok(link: string): boolean {
    return this.okBy.has(link);
  }

  /**
   * Each marked link's strongest mark, in the order of MODEL.md 2.7 (blocked,
   * unreachable, mtu, ok): one look-up per link for a record judged whole,
   * instead of one per mark.
   */
  strongest(): Map<string, MarkedStatus> {
    const out = new Map<string, MarkedStatus>();
    // Weakest first: a stronger mark overwrites.
    for (const link of this.okBy.keys()) out.set(link, 'ok');
    for (const links of [this.mtuBy.keys(), this.problemMtu]) for (const link of links) out.set(link, 'mtu');
    for (const links of [this.unreachableBy.keys(), this.problemUnreachable])
      for (const link of links) out.set(link, 'unreachable');
    for (const link of this.blockedBy.keys()) out.set(link, 'blocked');
    return out;
  }

  private count(f: FlowResult, by: 1 | -1, changed: Set<string> | null): void {
    if (f.verdict === 'allowed') for (const l of f.links) bump(this.okBy, l, by, changed);
    if (f.expected !== 'allow' || !f.stopLink) return;
    if (f.verdict === 'blocked') bump(this.blockedBy, f.stopLink, by, changed);
    else if (f.verdict === 'unreachable') bump(this.unreachableBy, f.stopLink, by, changed);
    else if (f.verdict === 'mtu') bump(this.mtuBy, f.stopLink, by, changed);
  }
}
