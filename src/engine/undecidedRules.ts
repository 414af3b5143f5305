// The rules whose verdict has no witness packet (shadowed, or no packet),
// each with its position, its verdict and its covering rules' positions.
// An in-place update (shadowing.ts) asks every one of them whether the change
// concerns it, hundreds per edit: reading their positions and verdicts from
// maps of every rule was a large share of a local edit at the L tier.
import type { RuleNet } from './net';
import type { RuleBoxes } from './ruleBoxes';
import type { Verdict } from './ruleVerdict';
import type { Touch } from './shadowTouch';

interface Undecided {
  rule: RuleNet;
  at: number;
  verdict: Verdict;
  covering: readonly number[];
}

const NO_POSITIONS: readonly number[] = [];

/** Valid for one list of rules: positions are those of the rules the shadows were judged on. */
export class UndecidedRules {
  private readonly list: Undecided[] = [];
  /** Each rule's place in `list`. */
  private readonly place = new Map<RuleNet, number>();

  constructor(private readonly position: ReadonlyMap<RuleNet, number>) {}

  /** Keeps a rule's entry true to its verdict: added, changed or taken out. */
  set(rule: RuleNet, verdict: Verdict): void {
    const k = this.place.get(rule);
    if (verdict.kind === 'decides') {
      if (k === undefined) return;
      // The order of the list does not matter: the last entry takes the place of the one taken out.
      const last = this.list.pop()!;
      if (last.rule !== rule) {
        this.list[k] = last;
        this.place.set(last.rule, k);
      }
      this.place.delete(rule);
      return;
    }
    const entry: Undecided = {
      rule,
      at: this.position.get(rule)!,
      verdict,
      covering:
        verdict.kind === 'shadowed' ? verdict.covering.map((r) => this.position.get(r)!) : NO_POSITIONS,
    };
    if (k === undefined) {
      this.place.set(rule, this.list.length);
      this.list.push(entry);
    } else this.list[k] = entry;
  }

  /**
   * The rules whose verdict may no longer hold after a change that added and
   * removed no rule: those the change concerns (Touch.concerns), or whose
   * covering rules hold a changed adapter or address differently where they
   * cover them (Touch.coveringChanged).
   */
  stale(boxes: RuleBoxes, touch: Touch): RuleNet[] {
    const out: RuleNet[] = [];
    for (const u of this.list) {
      if (touch.concerns(boxes, u.at) || (u.covering.length > 0 && touch.coveringChanged(u.at, u.covering)))
        out.push(u.rule);
    }
    return out;
  }
}
