// The undecided rules kept by an in-place shadowing update: entries follow
// each verdict set (added, replaced, taken out), and stale() asks the touch
// about each rule at its position and with its covering rules' positions.
import { describe, expect, it } from 'vitest';
import type { RuleNet } from './net';
import type { RuleBoxes } from './ruleBoxes';
import type { Verdict } from './ruleVerdict';
import type { Touch } from './shadowTouch';
import { UndecidedRules } from './undecidedRules';

const rule = (id: string) => ({ id }) as RuleNet;
const rules = ['r0', 'r1', 'r2', 'r3', 'r4'].map(rule);
const position = new Map(rules.map((r, i) => [r, i]));
const [r0, r1, r2, r3, r4] = rules as [RuleNet, RuleNet, RuleNet, RuleNet, RuleNet];

const shadowed = (...covering: RuleNet[]): Verdict => ({ kind: 'shadowed', covering });
const decides: Verdict = {
  kind: 'decides',
  witness: { adapter: null, direction: 1, src: 1, dst: 2, service: 80 },
};
const noPacket: Verdict = { kind: 'no-packet' };

/** A touch that concerns the rules at some positions and finds changed covering rules among others. */
function touch(concerned: number[], changedCovering: number[]) {
  const asked: [number, readonly number[]][] = [];
  const t = {
    concerns: (_: RuleBoxes, i: number) => concerned.includes(i),
    coveringChanged: (i: number, covering: readonly number[]) => {
      asked.push([i, covering]);
      return covering.some((j) => changedCovering.includes(j));
    },
  } as unknown as Touch;
  return { t, asked };
}

const boxes = {} as RuleBoxes;
const ids = (list: RuleNet[]) => list.map((r) => r.id).sort();

describe('UndecidedRules', () => {
  it('lists a rule when the change concerns it or changed one of its covering rules', () => {
    const u = new UndecidedRules(position);
    u.set(r2, shadowed(r0));
    u.set(r3, shadowed(r1));
    u.set(r4, noPacket);
    const { t, asked } = touch([4], [1]);
    expect(ids(u.stale(boxes, t))).toEqual(['r3', 'r4']);
    // Covering rules are asked about by position; a rule with none is not asked about.
    expect(asked.sort((a, b) => a[0] - b[0])).toEqual([
      [2, [0]],
      [3, [1]],
    ]);
  });

  it('follows each verdict: replaced, taken out when it decides, put back when it no longer does', () => {
    const u = new UndecidedRules(position);
    u.set(r1, shadowed(r0));
    u.set(r2, shadowed(r0));
    u.set(r3, shadowed(r0));
    u.set(r3, shadowed(r2)); // replaced: now covered by r2 only
    u.set(r1, decides); // taken out: r3 takes its place in the list
    u.set(r4, decides); // never listed: nothing to take out
    expect(ids(u.stale(boxes, touch([], [0]).t))).toEqual(['r2']);
    expect(ids(u.stale(boxes, touch([], [2]).t))).toEqual(['r3']);
    expect(ids(u.stale(boxes, touch([1, 2, 3, 4], []).t))).toEqual(['r2', 'r3']);
    u.set(r1, noPacket);
    expect(ids(u.stale(boxes, touch([1, 2, 3, 4], []).t))).toEqual(['r1', 'r2', 'r3']);
    u.set(r2, decides);
    u.set(r3, decides);
    u.set(r1, decides);
    expect(u.stale(boxes, touch([0, 1, 2, 3, 4], [0, 1, 2, 3, 4]).t)).toEqual([]);
  });
});
