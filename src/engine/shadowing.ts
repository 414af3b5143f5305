// shadowed-rule (MODEL.md 2.5): an enabled rule that can never decide a
// packet, because the enabled rules before it in evaluation order, alone or
// together, decide every packet it matches (ruleVerdict.ts judges one rule).
//
// From one version to the next a verdict is kept unless something it rests on
// changed. A rule that decides its witness packet still does unless a new
// rule before it matches that packet, or the packet's adapter or addresses
// changed hands (names, tags, owners). A shadowed rule, or one with no
// packet, is judged again when a rule came or went that meets it, or when it
// names a changed adapter or address. Rules reordered among themselves, or
// a first version, are judged from scratch.
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { ruleIndexOf } from './dfw';
import { intersects } from './intervals';
import type { FirewallNet, RuleNet } from './net';
import { problem } from './problems/problem';
import { RuleBoxes } from './ruleBoxes';
import { probeValues, ruleMatches, type Probe, type RuleIndex, type Values } from './ruleIndex';
import { judgeRule, type Verdict } from './ruleVerdict';
import type { Selector } from './selectors';
import type { Problem } from './types';

interface Judged {
  verdict: Verdict;
  problem: Problem | null;
}

/** The verdicts of one firewall's rules, carried from version to version. */
export class FirewallShadows {
  private judged = new Map<RuleNet, Judged>();
  private rules: readonly RuleNet[] | null = null;

  constructor(
    private readonly distributed: boolean,
    private readonly owner: string,
  ) {}

  update(firewall: FirewallNet, ctx: EngineContext, delta: ContextDelta | null): Problem[] {
    const boxes = new RuleBoxes(ruleIndexOf(firewall, ctx.selectors), ctx.selectors, this.distributed);
    const rules = boxes.index.rules;
    const changes =
      this.rules === firewall.rules
        ? null
        : ruleChanges(
            this.judged,
            rules.map((c) => c.rule),
          );
    // Past a few hundred changed members, comparing each verdict with each of them costs more than judging again.
    const many = delta !== null && delta.members.size + delta.addresses.size > 512;
    const fresh = !delta || delta.everything || many || (changes !== null && !changes.ordered);
    const touch = fresh ? null : new Touch(ctx, delta, boxes.index, changes?.removed);
    const next = new Map<RuleNet, Judged>();
    const out: Problem[] = [];
    rules.forEach((c, i) => {
      let judged = fresh ? undefined : this.judged.get(c.rule);
      if (judged && !stillHolds(judged.verdict, boxes, i, changes?.added ?? [], touch!)) judged = undefined;
      if (!judged) judged = this.judge(boxes, i);
      next.set(c.rule, judged);
      if (judged.problem) out.push(judged.problem);
    });
    this.judged = next;
    this.rules = firewall.rules;
    return out;
  }

  private judge(boxes: RuleBoxes, i: number): Judged {
    const verdict = judgeRule(boxes, i);
    if (verdict.kind !== 'shadowed') return { verdict, problem: null };
    const id = boxes.index.rules[i]!.rule.id;
    const covering = verdict.covering.map((r) => r.id);
    return {
      verdict,
      problem: problem(
        'shadowed-rule',
        [id, ...covering],
        `rule ${id} of ${this.owner} never decides a packet: ${covering.join(', ')} ${covering.length > 1 ? 'decide' : 'decides'} every packet it matches first`,
      ),
    };
  }
}

interface RuleChanges {
  /** Whether the rules kept from the last version are still in the same order. */
  ordered: boolean;
  /** New rules, by position in this version. */
  added: number[];
  removed: Set<RuleNet>;
}

function ruleChanges(judged: ReadonlyMap<RuleNet, unknown>, rules: readonly RuleNet[]): RuleChanges {
  const old = [...judged.keys()];
  const position = new Map(old.map((r, i) => [r, i]));
  const added: number[] = [];
  let last = -1;
  let ordered = true;
  rules.forEach((r, i) => {
    const before = position.get(r);
    if (before === undefined) return added.push(i);
    if (before < last) ordered = false;
    last = before;
  });
  const now = new Set(rules);
  return { ordered, added, removed: new Set(old.filter((r) => !now.has(r))) };
}

function stillHolds(
  verdict: Verdict,
  boxes: RuleBoxes,
  i: number,
  added: readonly number[],
  touch: Touch,
): boolean {
  const rules = boxes.index.rules;
  if (verdict.kind === 'decides') {
    const w = verdict.witness;
    if (touch.witness(w)) return false;
    const before = added.filter((j) => j < i);
    if (before.length === 0) return true;
    const at = probeValues(w, boxes.selectors);
    return !before.some((j) => ruleMatches(rules[j]!, w, at));
  }
  if (touch.concerns(boxes, i)) return false;
  if (verdict.kind === 'shadowed' && verdict.covering.some((r) => touch.removed.has(r))) return false;
  if (added.length === 0) return true;
  const box = boxes.box(i);
  return !added.some((j) => j < i && boxes.box(j).every((values, d) => intersects(values, box[d]!)));
}

const sameNames = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((n) => b.includes(n)) && b.every((n) => a.includes(n));

/** The box dimension of each index dimension (appliedTo, sources, destinations). */
const BOX_DIM = [0, 2, 3];

/**
 * What changed hands between two versions: adapters whose names or address
 * changed, addresses whose owners' names changed, and per index dimension the
 * rules whose selectors now hold one of them differently. A rule's packets
 * are decided differently only where they meet such a rule.
 */
class Touch {
  private readonly adapterIds = new Set<string>();
  private readonly addressSet = new Set<number>();
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

  private selectorsOf(i: number, d: number): readonly Selector[] {
    const c = this.index.rules[i]!;
    return d === 0 ? (c.appliedTo ?? []) : d === 1 ? c.sources : c.destinations;
  }

  witness(w: Probe): boolean {
    return (
      (w.adapter !== null && this.adapterIds.has(w.adapter.id)) ||
      (w.src !== null && this.addressSet.has(w.src)) ||
      this.addressSet.has(w.dst)
    );
  }

  /** Whether rule i holds a changed value that a changed rule before it (or it itself) also meets. */
  concerns(boxes: RuleBoxes, i: number): boolean {
    for (let d = 0; d < 3; d++) {
      const changed = this.changedIn[d]!;
      if (changed.size === 0) continue;
      if (changed.has(i)) return true;
      if (!holdsAny(this.selectorsOf(i, d), this.views[d]!)) continue;
      const box = boxes.box(i);
      for (const j of changed)
        if (j < i && boxes.box(j).every((values, k) => k === BOX_DIM[d] || intersects(values, box[k]!)))
          return true;
    }
    return false;
  }
}

function holdsAny(list: readonly Selector[], values: readonly Values[]): boolean {
  for (const v of values)
    for (const s of list)
      if (s.kind === 'any') return true;
      else if (s.kind === 'cidr') {
        if (v.value !== null && v.value >= s.lo && v.value <= s.hi) return true;
      } else if (v.names.includes(s.name)) return true;
  return false;
}

/** Every firewall's shadowed rules: the distributed firewall, then each router's gateway firewall. */
export class Shadows {
  private readonly dfw = new FirewallShadows(true, 'the distributed firewall');
  private gateways = new Map<string, FirewallShadows>();

  update(ctx: EngineContext, delta: ContextDelta | null): Problem[] {
    const out = this.dfw.update(ctx.net.dfw, ctx, delta);
    const gateways = new Map<string, FirewallShadows>();
    for (const router of ctx.net.routers) {
      if (router.firewall.rules.length === 0) continue;
      const shadows =
        this.gateways.get(router.id) ?? new FirewallShadows(false, `${router.id}'s gateway firewall`);
      gateways.set(router.id, shadows);
      out.push(...shadows.update(router.firewall, ctx, delta));
    }
    this.gateways = gateways;
    return out;
  }
}

export function shadowedRules(ctx: EngineContext): Problem[] {
  return new Shadows().update(ctx, null);
}
