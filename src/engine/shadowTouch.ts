// What changed hands between two versions of a document, as the shadowing of
// one firewall's rules sees it (shadowing.ts): which adapters and addresses,
// and which rules hold them differently.
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { intersects } from './intervals';
import type { RuleNet } from './net';
import type { Box, RuleBoxes } from './ruleBoxes';
import type { Probe, RuleIndex, Values } from './ruleIndex';
import type { Selector } from './selectors';

const sameNames = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((n) => b.includes(n)) && b.every((n) => a.includes(n));

const NO_SELECTORS: readonly Selector[] = [];

/** The box dimension of each index dimension (appliedTo, sources, destinations). */
const BOX_DIM = [0, 2, 3];

/**
 * What changed hands between two versions: adapters whose names or address
 * changed, addresses whose owners' names changed, and per index dimension the
 * rules whose selectors now hold one of them differently. A rule's packets
 * are decided differently only where they meet such a rule.
 */
export class Touch {
  readonly adapterIds = new Set<string>();
  readonly addressSet = new Set<number>();
  /** Old and new views of the changed adapters, then of the changed addresses. */
  private readonly views: Values[][] = [[], [], []];
  private readonly changedIn: Set<number>[] = [new Set(), new Set(), new Set()];

  constructor(
    ctx: EngineContext,
    delta: ContextDelta,
    readonly index: RuleIndex,
    readonly removed: ReadonlySet<RuleNet> = new Set(),
  ) {
    for (const id of delta.members) {
      const after = ctx.net.memberById.get(id);
      const old = delta.before.adapters.get(id) ?? null;
      const now = after?.dfw
        ? { names: ctx.selectors.namesOf(after), value: ctx.selectors.addressOf(after) }
        : null;
      if (!old && !now) continue;
      if (old && now && old.value === now.value && sameNames(old.names, now.names)) continue;
      this.adapterIds.add(id);
      this.change(0, old, now, !old || !now);
    }
    for (const address of delta.addresses) {
      const old = { names: delta.before.addresses.get(address) ?? [], value: address };
      const now = { names: ctx.selectors.namesAt(address), value: address };
      if (sameNames(old.names, now.names)) continue;
      this.addressSet.add(address);
      this.change(1, old, now, false);
      this.change(2, old, now, false);
    }
  }

  /** Notes the rules whose selectors in dimension d hold a value differently in its two views. */
  private change(d: number, old: Values | null, now: Values | null, cameOrWent: boolean): void {
    const views = [old, now].filter((v): v is Values => v !== null);
    this.views[d]!.push(...views);
    const mentions = this.index.mentioning(d);
    const changed = this.changedIn[d]!;
    const names = new Set([...(old?.names ?? []), ...(now?.names ?? [])]);
    for (const name of names)
      if (!old?.names.includes(name) || !now?.names.includes(name))
        for (const i of mentions.byName.get(name) ?? []) changed.add(i);
    if (cameOrWent) for (const i of mentions.any) changed.add(i);
    if (old?.value !== now?.value)
      for (const i of mentions.cidr)
        if (views.some((v) => holdsAny(this.selectorsOf(i, d), [v]))) changed.add(i);
  }

  private changedRules: Set<RuleNet> | null = null;

  /** Whether the rule holds some changed value differently, in any dimension. */
  changedRule(rule: RuleNet): boolean {
    this.changedRules ??= new Set(
      this.changedIn.flatMap((set) => [...set].map((j) => this.index.rules[j]!.rule)),
    );
    return this.changedRules.has(rule);
  }

  /**
   * Whether one of rule i's covering rules (positions) holds a changed value
   * differently in a dimension where rule i holds one of the changed values.
   * In any other dimension the change lies outside rule i's packets (its own
   * values there did not change, or concerns() says so), so what the
   * covering rule holds of them is as it was.
   */
  coveringChanged(i: number, covering: readonly number[]): boolean {
    for (let d = 0; d < 3; d++) {
      const changed = this.changedIn[d]!;
      if (changed.size === 0 || !covering.some((j) => changed.has(j))) continue;
      if (holdsAny(this.selectorsOf(i, d), this.views[d]!)) return true;
    }
    return false;
  }

  private selectorsOf(i: number, d: number): readonly Selector[] {
    const c = this.index.rules[i]!;
    return d === 0 ? (c.appliedTo ?? NO_SELECTORS) : d === 1 ? c.sources : c.destinations;
  }

  witness(w: Probe): boolean {
    return (
      (w.adapter !== null && this.adapterIds.has(w.adapter.id)) ||
      (w.src !== null && this.addressSet.has(w.src)) ||
      this.addressSet.has(w.dst)
    );
  }

  private readonly ascending: (number[] | null)[] = [null, null, null];

  /** The changed rules of dimension d in rule order, so that a rule looks only at those before it. */
  private sorted(d: number): readonly number[] {
    return (this.ascending[d] ??= [...this.changedIn[d]!].sort((a, b) => a - b));
  }

  /** Whether rule i holds a changed value that a changed rule before it (or it itself) also meets. */
  concerns(boxes: RuleBoxes, i: number): boolean {
    for (let d = 0; d < 3; d++) {
      const changed = this.changedIn[d]!;
      if (changed.size === 0) continue;
      if (changed.has(i)) return true;
      if (!holdsAny(this.selectorsOf(i, d), this.views[d]!)) continue;
      for (const j of this.sorted(d)) {
        if (j >= i) break;
        if (mayMeet(boxes, j, i) && meetsBeside(boxes.box(j), boxes.box(i), BOX_DIM[d]!)) return true;
      }
    }
    return false;
  }
}

/** Whether two boxes meet in every dimension but one. */
function meetsBeside(a: Box, b: Box, skip: number): boolean {
  for (let k = 0; k < a.length; k++) if (k !== skip && !intersects(a[k]!, b[k]!)) return false;
  return true;
}

export function holdsAny(list: readonly Selector[], values: readonly Values[]): boolean {
  for (const v of values)
    for (const s of list)
      if (s.kind === 'any') return true;
      else if (s.kind === 'cidr') {
        if (v.value !== null && v.value >= s.lo && v.value <= s.hi) return true;
      } else if (v.names.includes(s.name)) return true;
  return false;
}

/**
 * Whether two rules' boxes may meet, told from their direction and service
 * dimensions alone (no selector to resolve): most pairs of rules differ there.
 */
export function mayMeet(boxes: RuleBoxes, j: number, i: number): boolean {
  const a = boxes.index.rules[j]!;
  const b = boxes.index.rules[i]!;
  return (!boxes.distributed || (a.directions & b.directions) !== 0) && intersects(a.services, b.services);
}
