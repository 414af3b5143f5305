// Whether one enabled rule ever decides a packet (MODEL.md 2.5, shadowed-rule),
// asked of the first-match index itself: take a packet of the rule that none
// of the earlier rules found so far holds; if the rule is its first match, the
// rule decides that packet (its witness) and is not shadowed; otherwise the
// first match is one more earlier rule to avoid. When no such packet is left,
// the earlier rules found hold every packet of the rule: it is shadowed, and
// the covering rules are those that are the first match of some of its
// packets. A rule that matches no packet at all is not judged.
import { findUncovered, firstHolders } from './coverSearch';
import { intersects, type Intervals } from './intervals';
import type { RuleNet } from './net';
import type { CompiledRule } from './compiledRule';
import type { Probe } from './ruleIndex';
import type { Selector } from './selectors';
import type { Box, RuleBoxes } from './ruleBoxes';
import { lookOf } from './ruleLooks';
import { DIMS } from './ruleBoxes';

export type Verdict =
  | { kind: 'no-packet' }
  /** A packet the rule is the first match of. */
  | { kind: 'decides'; witness: Probe }
  | { kind: 'shadowed'; covering: RuleNet[] };

const NO_PACKET: Verdict = { kind: 'no-packet' };

export function judgeRule(boxes: RuleBoxes, i: number): Verdict {
  // Most rules are the first match of their first packet: try it before building any box.
  const start = boxes.anyPoint(i);
  if (start === null) return NO_PACKET;
  const found: number[] = [];
  if (start) {
    const probe = boxes.probe(start);
    const q = boxes.index.first(probe, boxes.selectors, i + 1);
    if (q === i) return { kind: 'decides', witness: probe };
    if (q < 0) throw new Error(`shadowing: rule ${i} does not match its own packet`);
    found.push(q);
  }
  const box = boxes.box(i);
  for (;;) {
    const p = findUncovered(
      box,
      found.map((j) => boxes.box(j)),
    );
    if (!p) break;
    const probe = boxes.probe(p);
    const q = boxes.index.first(probe, boxes.selectors, i + 1);
    if (q === i) return { kind: 'decides', witness: probe };
    if (q < 0 || q > i || found.includes(q))
      throw new Error(`shadowing: no consistent first match in rule ${i}`);
    found.push(q);
  }
  if (found.length === 0) return NO_PACKET;
  // A rule that is the first match of one of its packets comes no later than the found rule holding that packet.
  const earlier = earlierMeeting(boxes, i, Math.max(...found) + 1, box);
  const holders = firstHolders(
    box,
    earlier.map((j) => boxes.box(j)),
  );
  if (!holders) throw new Error(`shadowing: rule ${i} is covered and not covered`);
  return { kind: 'shadowed', covering: holders.map((k) => boxes.index.rules[earlier[k]!]!.rule) };
}

/**
 * The earlier rules whose packets meet the box, in rule order. A rule meets
 * it only if the dimension it is filed under does, so each dimension's filed
 * rules are looked up by the names and CIDRs that hold the box's adapters or
 * owned addresses there (kept with the boxes from version to version), or
 * all taken when there are too many; candidates are then tested by their
 * selectors, and by their whole box last.
 */
function earlierMeeting(boxes: RuleBoxes, i: number, limit: number, box: Box): number[] {
  const index = boxes.index;
  const looks = [
    ...(boxes.distributed ? [lookOf(boxes, 0, box[0]!)] : []),
    lookOf(boxes, 1, box[2]!),
    lookOf(boxes, 2, box[3]!),
  ];
  const candidates = new Set<number>();
  index.filedIn(-1, candidates);
  for (const look of looks) for (const j of look.rules) if (j < limit) candidates.add(j);
  const out: number[] = [];
  for (const j of candidates) {
    if (j >= limit) continue;
    const c = index.rules[j]!;
    if ((c.directions & boxes.index.rules[i]!.directions) === 0 || !intersects(c.services, box[4]!)) continue;
    if (
      !looks.every(
        (look) => !look.names || selectorsMeet(selectorsOf(c, look.filed), look.values, look.names),
      )
    )
      continue;
    const other = boxes.box(j);
    let meets = true;
    for (let d = 0; d < DIMS && meets; d++) meets = intersects(other[d]!, box[d]!);
    if (meets) out.push(j);
  }
  return out.sort((a, b) => a - b);
}

const selectorsOf = (c: CompiledRule, filed: number): readonly Selector[] =>
  filed === 0 ? (c.appliedTo ?? []) : filed === 1 ? c.sources : c.destinations;

function selectorsMeet(list: readonly Selector[], values: Intervals, names: ReadonlySet<number>): boolean {
  return list.some((s) =>
    s.kind === 'any' ? true : s.kind === 'cidr' ? intersects([s.lo, s.hi], values) : names.has(s.name),
  );
}
