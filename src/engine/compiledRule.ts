// A firewall rule as the evaluator matches it: selectors parsed, services as
// ranges on one line (encodeService), directions as bits. Compiled once per
// rule object: an unchanged rule of an edited document is not compiled again.
import type { Service } from '../model/service';
import { EMPTY, fromRanges, type Intervals } from './intervals';
import type { RuleNet } from './net';
import type { PacketService } from './packet';
import { parseSelector, type Selector } from './selectors';

/** The packet service line: icmp is 0, tcp port p is p, udp port p is 65535 + p. */
export const SERVICE_MAX = 2 * 65535;

export function encodeService(service: PacketService): number {
  if (service.protocol === 'icmp') return 0;
  return service.protocol === 'tcp' ? service.port : 65535 + service.port;
}

function serviceRange(s: Service): [number, number] {
  if (s.protocol === 'any') return [0, SERVICE_MAX];
  if (s.protocol === 'icmp') return [0, 0];
  const offset = s.protocol === 'tcp' ? 0 : 65535;
  return [offset + s.from, offset + s.to];
}

export const DIRECTION_IN = 1;
export const DIRECTION_OUT = 2;

export interface CompiledRule {
  rule: RuleNet;
  /** null for a gateway rule: every interface, both ways. */
  appliedTo: readonly Selector[] | null;
  sources: readonly Selector[];
  destinations: readonly Selector[];
  services: Intervals;
  /** DIRECTION_IN | DIRECTION_OUT bits. */
  directions: number;
}

/** The ranges of a service list, by the list (firewallRules.ts shares one per text). */
const rangesOf = new WeakMap<readonly Service[], Intervals>();

function serviceRanges(services: readonly Service[]): Intervals {
  let ranges = rangesOf.get(services);
  if (!ranges) {
    ranges =
      services.length === 0
        ? EMPTY
        : services.length === 1
          ? serviceRange(services[0]!)
          : fromRanges(services.map(serviceRange));
    rangesOf.set(services, ranges);
  }
  return ranges;
}

/**
 * Parsed selector lists by their text, shared by the rules that write the
 * same list: a large policy repeats a few hundred lists over tens of
 * thousands of rules, and every array kept is one more for the collector.
 */
const selectorLists = new Map<string, readonly Selector[]>();
/**
 * Emptied past this many lists, to bound what a long session keeps. Sized
 * above what a large policy writes (the XL benchmark's 50,000 rules write
 * ~28,000 distinct lists): below that, every evaluation parsed them again.
 */
const SELECTOR_LISTS_KEPT = 1 << 17;

function selectorList(texts: readonly string[]): readonly Selector[] {
  const key = texts.length === 1 ? texts[0]! : texts.join('\n');
  let list = selectorLists.get(key);
  if (!list) {
    if (selectorLists.size >= SELECTOR_LISTS_KEPT) selectorLists.clear();
    selectorLists.set(key, (list = texts.map(parseSelector)));
  }
  return list;
}

/** Compiled once per normalized rule, which netBuilder.ts keeps while the rule object is unchanged. */
export function compileRule(rule: RuleNet): CompiledRule {
  if (rule.compiled) return rule.compiled as CompiledRule;
  const c: CompiledRule = {
    rule,
    appliedTo: rule.appliedTo ? selectorList(rule.appliedTo) : null,
    sources: selectorList(rule.sources),
    destinations: selectorList(rule.destinations),
    services: serviceRanges(rule.services),
    directions:
      (rule.directions.has('in') ? DIRECTION_IN : 0) | (rule.directions.has('out') ? DIRECTION_OUT : 0),
  };
  rule.compiled = c;
  return c;
}
