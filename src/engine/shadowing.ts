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
// a first version, are judged from scratch. With the same rules as before,
// only the verdicts the changes can reach are looked at (witnessIndex.ts).
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { ruleIndexOf } from './dfw';
import { contains, intersects } from './intervals';
import type { FirewallNet, RuleNet } from './net';
import { problem } from './problems/problem';
import { adapterMoves, RuleBoxes } from './ruleBoxes';
import { probeValues, ruleMatches, type RuleIndex, type Values } from './ruleIndex';
import { judgeRule, type Verdict } from './ruleVerdict';
import { mayMeet, Touch } from './shadowTouch';
import { UndecidedRules } from './undecidedRules';
import { WitnessIndex } from './witnessIndex';
import type { Problem } from './types';

/** A verdict, and for a shadowed rule its problem: the verdict object itself for every other rule. */
type Judged = Verdict & { readonly problem?: Problem };

/** The verdicts of one firewall's rules, carried from version to version. */
export class FirewallShadows {
  private judged = new Map<RuleNet, Judged>();
  private rules: readonly RuleNet[] | null = null;
  private firewall: FirewallNet | null = null;
  /** Each enabled rule's position, made on first need after the rules changed. */
  private position: Map<RuleNet, number> | null = null;
  private out: Problem[] = [];
  /** The rules whose verdict is a problem (shadowed). */
  private withProblem = new Set<RuleNet>();
  private readonly witnesses = new WitnessIndex();
  /**
   * Whether the witnesses hold this version's verdicts. They are filed on
   * first need, from the verdicts: a single evaluation (check, export, the
   * first version in the app) never needs them.
   */
  private witnessesFiled = false;
  /** Made with `position`, on first need after the rules changed. */
  private undecided: UndecidedRules | null = null;
  /** The last version's boxes: carried to the next version of the same selector index. */
  private boxes: RuleBoxes | null = null;

  constructor(
    private readonly distributed: boolean,
    private readonly owner: string,
  ) {}

  update(firewall: FirewallNet, ctx: EngineContext, delta: ContextDelta | null): Problem[] {
    const index = ruleIndexOf(firewall, ctx.selectors, this.firewall ?? undefined);
    const boxes = this.boxesFor(index, ctx, delta);
    this.boxes = boxes;
    const rules = boxes.index.rules;
    // Past a few hundred changed members, comparing each verdict with each of them costs more than judging again.
    const many = delta !== null && delta.members.size + delta.addresses.size > 512;
    const anew = !delta || delta.everything || many || this.judged.size === 0;
    const changes =
      anew || this.rules === firewall.rules
        ? null
        : ruleChanges(
            this.judged,
            rules.map((c) => c.rule),
          );
    const fresh = anew || (changes !== null && !changes.ordered);
    const touch = fresh ? null : new Touch(ctx, delta, boxes.index, changes?.removed);
    if (touch && !changes) return this.updateInPlace(boxes, touch);
    const next = new Map<RuleNet, Judged>();
    const out: Problem[] = [];
    const withProblem = new Set<RuleNet>();
    const witnesses = fresh ? null : this.filedWitnesses();
    for (const r of changes?.removed ?? []) witnesses!.file(r, this.judged.get(r)!, true);
    rules.forEach((c, i) => {
      const old = fresh ? undefined : this.judged.get(c.rule);
      let judged = old;
      if (judged && !stillHolds(judged, boxes, i, changes?.added ?? [], touch!)) judged = undefined;
      if (!judged) {
        judged = this.judge(boxes, i);
        if (old) witnesses!.file(c.rule, old, true);
        witnesses?.file(c.rule, judged);
      }
      next.set(c.rule, judged);
      if (!judged.problem) return;
      out.push(judged.problem);
      withProblem.add(c.rule);
    });
    this.withProblem = withProblem;
    this.judged = next;
    this.witnessesFiled = witnesses !== null;
    this.rules = firewall.rules;
    this.firewall = firewall;
    this.position = null;
    this.undecided = null;
    this.out = out;
    return out;
  }

  /**
   * The same rules as last version: only the verdicts that may no longer
   * hold are looked at (a witness that changed hands, or a verdict other than
   * "decides"), not every rule; the problems are kept when none changed.
   */
  private updateInPlace(boxes: RuleBoxes, touch: Touch): Problem[] {
    const rules = boxes.index.rules;
    const position = (this.position ??= new Map(rules.map((c, i) => [c.rule, i])));
    let changed = false;
    const witnesses = this.filedWitnesses();
    const undecided = this.undecidedRules(position);
    const stale = undecided.stale(boxes, touch);
    for (const rule of witnesses.witnessed(touch))
      if (!stillHolds(this.judged.get(rule)!, boxes, position.get(rule)!, [], touch)) stale.push(rule);
    for (const rule of stale) {
      const i = position.get(rule)!;
      const old = this.judged.get(rule)!;
      let judged = this.judge(boxes, i);
      // A rule judged again is mostly shadowed as before: its problem object is kept, and the list with it.
      if (old.problem && judged.problem && sameProblem(old.problem, judged.problem))
        judged = { ...judged, problem: old.problem };
      this.judged.set(rule, judged);
      witnesses.file(rule, old, true);
      witnesses.file(rule, judged);
      undecided.set(rule, judged);
      if (old.problem !== judged.problem) changed = true;
      if (judged.problem) this.withProblem.add(rule);
      else this.withProblem.delete(rule);
    }
    if (changed)
      // The rules with a problem are few: put in order by position, not found among all rules.
      this.out = [...this.withProblem]
        .sort((a, b) => position.get(a)! - position.get(b)!)
        .map((r) => this.judged.get(r)!.problem!);
    return this.out;
  }

  /** The undecided rules with their positions, made once per list of rules and kept by each in-place update. */
  private undecidedRules(position: ReadonlyMap<RuleNet, number>): UndecidedRules {
    if (!this.undecided) {
      this.undecided = new UndecidedRules(position);
      for (const rule of this.filedWitnesses().undecidedRules())
        this.undecided.set(rule, this.judged.get(rule)!);
    }
    return this.undecided;
  }

  private filedWitnesses(): WitnessIndex {
    if (!this.witnessesFiled) {
      this.witnesses.clear();
      for (const [rule, verdict] of this.judged) this.witnesses.file(rule, verdict);
      this.witnessesFiled = true;
    }
    return this.witnesses;
  }

  private boxesFor(index: RuleIndex, ctx: EngineContext, delta: ContextDelta | null): RuleBoxes {
    const last = this.boxes;
    const moves =
      last && delta && !delta.everything && last.selectors === ctx.selectors
        ? adapterMoves(ctx, delta)
        : null;
    return moves ? last!.next(index, moves) : new RuleBoxes(index, ctx.selectors, this.distributed);
  }

  private judge(boxes: RuleBoxes, i: number): Judged {
    const verdict = judgeRule(boxes, i);
    if (verdict.kind !== 'shadowed') return verdict;
    const id = boxes.index.rules[i]!.rule.id;
    const covering = verdict.covering.map((r) => r.id);
    return {
      ...verdict,
      problem: problem(
        'shadowed-rule',
        [id, ...covering],
        `rule ${id} of ${this.owner} never decides a packet: ${covering.join(', ')} ${covering.length > 1 ? 'decide' : 'decides'} every packet it matches first`,
      ),
    };
  }
}

const sameProblem = (a: Problem, b: Problem): boolean =>
  a.message === b.message &&
  a.elements.length === b.elements.length &&
  a.elements.every((e, k) => e === b.elements[k]);

interface RuleChanges {
  /** Whether the rules kept from the last version are still in the same order. */
  ordered: boolean;
  /** New rules, by position in this version. */
  added: number[];
  removed: Set<RuleNet>;
}

function ruleChanges(judged: ReadonlyMap<RuleNet, unknown>, rules: readonly RuleNet[]): RuleChanges {
  const old = [...judged.keys()];
  // Rules only added (an edit's usual change): the old rules are the new ones, in order, with others between.
  const added: number[] = [];
  let k = 0;
  rules.forEach((r, i) => {
    if (k < old.length && old[k] === r) k++;
    else added.push(i);
  });
  if (k === old.length) return { ordered: true, added, removed: new Set() };
  return anyChanges(old, rules);
}

function anyChanges(old: readonly RuleNet[], rules: readonly RuleNet[]): RuleChanges {
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
    // Direction and service first: they need no look-up of the witness's names (made once, if needed).
    let at: Values[] | null = null;
    for (const j of added) {
      const c = rules[j]!;
      if (j >= i || (c.directions & w.direction) === 0 || !contains(c.services, w.service)) continue;
      at ??= probeValues(w, boxes.selectors);
      if (ruleMatches(c, w, at)) return false;
    }
    return true;
  }
  if (touch.concerns(boxes, i)) return false;
  // A covering rule that holds a changed adapter or address differently may have stopped being the first
  // match of this rule's packets; concerns() looks only at rules as they meet this one now.
  if (verdict.kind === 'shadowed')
    for (const r of verdict.covering) if (touch.removed.has(r) || touch.changedRule(r)) return false;
  if (added.length === 0) return true;
  return !added.some(
    (j) =>
      j < i &&
      mayMeet(boxes, j, i) &&
      boxes.box(j).every((values, d) => intersects(values, boxes.box(i)[d]!)),
  );
}

/** Every firewall's shadowed rules: the distributed firewall, then each router's gateway firewall. */
export class Shadows {
  private readonly dfw = new FirewallShadows(true, 'the distributed firewall');
  private gateways = new Map<string, FirewallShadows>();

  update(ctx: EngineContext, delta: ContextDelta | null): Problem[] {
    // The firewalls' lists are kept from version to version: copied, never added to.
    const out = [...this.dfw.update(ctx.net.dfw, ctx, delta)];
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
