// Which of a firewall's verdicts a version's changes can reach (shadowing.ts):
// a rule that decides its witness packet keeps deciding it unless the
// packet's adapter or addresses changed hands, so those rules are filed by
// their witness's adapter and addresses; every other verdict (shadowed, no
// packet) is always looked at again. Rules are filed by object, so that the
// index outlives rules added or removed around them.
import type { RuleNet } from './net';
import type { Verdict } from './ruleVerdict';
import type { Touch } from './shadowTouch';

export class WitnessIndex {
  // Lists, not sets: most keys hold a handful of rules, and a full evaluation files tens of thousands of keys.
  private byAdapter = new Map<string, RuleNet[]>();
  private byAddress = new Map<number, RuleNet[]>();
  private undecided = new Set<RuleNet>();

  clear(): void {
    this.byAdapter = new Map();
    this.byAddress = new Map();
    this.undecided = new Set();
  }

  /** A rule's verdict filed; `remove` takes it out again. */
  file(rule: RuleNet, v: Verdict, remove = false): void {
    if (v.kind !== 'decides') {
      if (remove) this.undecided.delete(rule);
      else this.undecided.add(rule);
      return;
    }
    const w = v.witness;
    if (w.adapter) at(this.byAdapter, w.adapter.id, rule, remove);
    if (w.src !== null) at(this.byAddress, w.src, rule, remove);
    if (w.dst !== w.src) at(this.byAddress, w.dst, rule, remove);
  }

  /** The rules whose verdict is not "decides": every change may overturn one (undecidedRules.ts asks which). */
  undecidedRules(): ReadonlySet<RuleNet> {
    return this.undecided;
  }

  /** The rules that decide a witness packet these changes touch, each once, in no particular order. */
  witnessed(touch: Touch): RuleNet[] {
    const out: RuleNet[] = [];
    const witnessed = new Set<RuleNet>();
    const add = (list: readonly RuleNet[] | undefined) => {
      for (const r of list ?? [])
        if (!this.undecided.has(r) && !witnessed.has(r)) {
          witnessed.add(r);
          out.push(r);
        }
    };
    for (const id of touch.adapterIds) add(this.byAdapter.get(id));
    for (const address of touch.addressSet) add(this.byAddress.get(address));
    return out;
  }
}

function at<K>(map: Map<K, RuleNet[]>, key: K, rule: RuleNet, remove: boolean): void {
  const list = map.get(key);
  if (remove) {
    if (!list) return;
    const k = list.indexOf(rule);
    if (k < 0) return;
    list[k] = list[list.length - 1]!;
    list.pop();
    if (list.length === 0) map.delete(key);
    return;
  }
  // A verdict is filed once and taken out before its rule is filed again: no need to look for it first.
  if (!list) map.set(key, [rule]);
  else list.push(rule);
}
