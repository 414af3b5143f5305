// shadowed-rule (MODEL.md 2.5): an enabled rule that can never decide a
// packet, because the enabled rules before it in evaluation order, alone or
// together, decide every packet it matches. Each rule is a box in the space
// adapter × direction × source × destination × service (ruleSpace.ts); the
// rule is shadowed when subtracting the earlier boxes leaves nothing. The
// covering rules are those that took part of it. A rule that matches no
// packet at all is not reported: nothing before it is to blame.
import { formatService } from '../model/service';
import {
  and,
  andNot,
  bitsFor,
  forEachBit,
  fullBits,
  intersects,
  isEmpty,
  or,
  setBit,
  type Bits,
} from './bitset';
import type { EngineContext } from './context';
import type { FirewallNet, RuleNet } from './net';
import { problem } from './problems/problem';
import { adapterClasses, addressClasses, serviceClasses, type Classes } from './ruleSpace';
import type { Problem } from './types';

type Box = Bits[];

function union<S>(classes: Classes<S>, selectors: readonly S[]): Bits {
  let bits = bitsFor(classes.size);
  for (const s of selectors) bits = or(bits, classes.of(s));
  return bits;
}

function buildBoxes(ctx: EngineContext, rules: readonly RuleNet[], distributed: boolean): Box[] {
  const distinct = (texts: Iterable<string>) => [...new Set(texts)];
  const addressTexts = distinct(rules.flatMap((r) => [...r.sources, ...r.destinations]));
  const addresses = addressClasses(ctx.selectors, addressTexts, ctx.addressing.owners.keys());
  const serviceText = (r: RuleNet) => r.services.map(formatService);
  const services = serviceClasses(distinct(rules.flatMap(serviceText)));
  const adapters = distributed
    ? adapterClasses(ctx.selectors, distinct(rules.flatMap((r) => r.appliedTo ?? [])), ctx.selectors.adapters)
    : null;
  return rules.map((r) => {
    const directions = bitsFor(2);
    if (r.directions.has('in')) setBit(directions, 0);
    if (r.directions.has('out')) setBit(directions, 1);
    return [
      adapters ? union(adapters, r.appliedTo ?? []) : fullBits(1),
      distributed ? directions : fullBits(1),
      union(addresses, r.sources),
      union(addresses, r.destinations),
      union(services, serviceText(r)),
    ];
  });
}

const boxEmpty = (box: Box) => box.some(isEmpty);
const boxesMeet = (a: Box, b: Box) => a.every((bits, d) => intersects(bits, b[d]!));

/** a minus b, as disjoint boxes. */
function subtract(a: Box, b: Box): Box[] {
  if (!boxesMeet(a, b)) return [a];
  const out: Box[] = [];
  const inside = [...a];
  for (let d = 0; d < a.length; d++) {
    const outsideHere = andNot(a[d]!, b[d]!);
    if (!isEmpty(outsideHere)) {
      const piece = [...inside];
      piece[d] = outsideHere;
      out.push(piece);
    }
    inside[d] = and(a[d]!, b[d]!);
  }
  return out;
}

/**
 * Earlier rules indexed by class, per dimension, so that a rule meets only the
 * rules that share a class with it in its most selective dimension, never all
 * pairs of rules.
 */
class EarlierRules {
  private readonly lists: number[][][];

  constructor(dimensions: number) {
    this.lists = Array.from({ length: dimensions }, () => []);
  }

  add(index: number, box: Box): void {
    box.forEach((bits, d) => forEachBit(bits, (c) => (this.lists[d]![c] ??= []).push(index)));
  }

  /** Indices of earlier rules that share a class with the box in its most selective dimension, in order. */
  candidates(box: Box): number[] {
    let best = -1;
    let bestCost = Infinity;
    box.forEach((bits, d) => {
      let cost = 0;
      forEachBit(bits, (c) => (cost += this.lists[d]![c]?.length ?? 0));
      if (cost < bestCost) [best, bestCost] = [d, cost];
    });
    const found = new Set<number>();
    forEachBit(box[best]!, (c) => this.lists[best]![c]?.forEach((j) => found.add(j)));
    return [...found].sort((a, b) => a - b);
  }
}

function shadowsIn(
  ctx: EngineContext,
  firewall: FirewallNet,
  distributed: boolean,
  owner: string,
): Problem[] {
  const rules = firewall.rules.filter((r) => r.enabled);
  const boxes = buildBoxes(ctx, rules, distributed);
  const earlier = new EarlierRules(5);
  const out: Problem[] = [];
  rules.forEach((rule, i) => {
    const box = boxes[i]!;
    if (boxEmpty(box)) return;
    let remaining: Box[] = [box];
    const covering: string[] = [];
    for (const j of earlier.candidates(box)) {
      const before = boxes[j]!;
      if (!boxesMeet(box, before) || !remaining.some((r) => boxesMeet(r, before))) continue;
      covering.push(rules[j]!.id);
      remaining = remaining.flatMap((r) => subtract(r, before));
      if (remaining.length === 0) break;
    }
    earlier.add(i, box);
    if (remaining.length > 0) return;
    out.push(
      problem(
        'shadowed-rule',
        [rule.id, ...covering],
        `rule ${rule.id} of ${owner} never decides a packet: ${covering.join(', ')} ${covering.length > 1 ? 'decide' : 'decides'} every packet it matches first`,
      ),
    );
  });
  return out;
}

export function shadowedRules(ctx: EngineContext): Problem[] {
  const out = shadowsIn(ctx, ctx.net.dfw, true, 'the distributed firewall');
  for (const router of ctx.net.routers)
    if (router.firewall.rules.length > 0)
      out.push(...shadowsIn(ctx, router.firewall, false, `${router.id}'s gateway firewall`));
  return out;
}
