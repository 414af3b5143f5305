// Firewall rules with their defaults, in evaluation order (MODEL.md 2.4):
// by category, then in document order. The distributed firewall and every
// gateway firewall share the format; gateway rules have no appliedTo and no direction.
import { ruleCategory, ruleDestinations, ruleEnabled, ruleServices, ruleSources } from '../model/defaults';
import { parseService, type Service } from '../model/service';
import type { Action, Category, FirewallRule, GatewayRule } from '../model/types';
import type { FirewallNet, RuleNet } from './net';

export const CATEGORY_ORDER: readonly Category[] = [
  'emergency',
  'infrastructure',
  'environment',
  'application',
];

const BOTH: ReadonlySet<'in' | 'out'> = new Set(['in', 'out']);
const ONLY: Record<'in' | 'out', ReadonlySet<'in' | 'out'>> = { in: new Set(['in']), out: new Set(['out']) };

function directionsOf(rule: FirewallRule): ReadonlySet<'in' | 'out'> {
  const direction = rule.direction ?? 'in-out';
  return direction === 'in-out' ? BOTH : ONLY[direction];
}

/**
 * Parsed service lists by their text. A policy repeats a few lists over
 * thousands of rules, and each service is a regular expression to parse;
 * one array per list also lets compiledRule.ts compile its ranges once.
 */
const parsedLists = new Map<string, readonly Service[]>();
// Emptied past this many, to bound a long session; above the ~6,800 lists of a 50,000-rule policy.
const LISTS_KEPT = 1 << 15;

function services(texts: readonly string[]): readonly Service[] {
  const key = texts.length === 1 ? texts[0]! : texts.join('\n');
  let out = parsedLists.get(key);
  if (out) return out;
  const list: Service[] = [];
  for (const text of texts) {
    const service = parseService(text);
    if (service) list.push(service);
  }
  if (parsedLists.size >= LISTS_KEPT) parsedLists.clear();
  parsedLists.set(key, (out = list));
  return out;
}

export function normalizeRule(rule: FirewallRule | GatewayRule, distributed: boolean): RuleNet {
  const dfwRule = rule as FirewallRule;
  return {
    id: rule.id,
    category: ruleCategory(rule),
    sources: ruleSources(rule),
    destinations: ruleDestinations(rule),
    services: services(ruleServices(rule)),
    action: rule.action,
    appliedTo: distributed ? (dfwRule.appliedTo ?? ['any']) : null,
    directions: distributed ? directionsOf(dfwRule) : BOTH,
    enabled: ruleEnabled(rule),
  };
}

const RANK: Record<Category, number> = { emergency: 0, infrastructure: 1, environment: 2, application: 3 };

/** One version's rules as written and their normalized rules, position by position. */
export interface NormalizedRules {
  rules: readonly (FirewallRule | GatewayRule)[];
  nets: readonly RuleNet[];
}

/**
 * The normalized rule of the previous version for each rule object of this
 * one, position by position (undefined for a new rule). An edit inserts,
 * removes or replaces a rule or two: the lists are walked side by side, and
 * only where they part by more than one rule are the previous rules looked up
 * by object (in a map made then), not in a map of every rule on every edit.
 * A rule moved far is made again: the result is the same rule, only not the
 * same object.
 */
function previousNets(
  rules: readonly (FirewallRule | GatewayRule)[],
  previous: NormalizedRules,
): (RuleNet | undefined)[] {
  const out = new Array<RuleNet | undefined>(rules.length);
  const before = previous.rules;
  let byRule: Map<FirewallRule | GatewayRule, RuleNet> | null = null;
  let k = 0;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    if (before[k] === rule) out[i] = previous.nets[k++];
    // One rule removed here.
    else if (before[k + 1] === rule) {
      out[i] = previous.nets[k + 1];
      k += 2;
    }
    // One rule inserted here: a new one.
    else if (rules[i + 1] === before[k]) out[i] = undefined;
    // One rule replaced here: a new one, and the old one passed.
    else if (rules[i + 1] === before[k + 1] && rules[i + 1] !== undefined) k++;
    else {
      byRule ??= new Map(before.map((r, j) => [r, previous.nets[j]!]));
      out[i] = byRule.get(rule);
    }
  }
  return out;
}

/**
 * The rules in evaluation order, and this version's rules as written with
 * their normalized rules. Given the previous version's, an edited rule list
 * reuses every normalized rule it did not change.
 */
export function normalizeFirewall(
  defaultAction: Action,
  rules: readonly (FirewallRule | GatewayRule)[],
  distributed: boolean,
  previous: NormalizedRules | null = null,
): { firewall: FirewallNet; normalized: NormalizedRules } {
  const byCategory: RuleNet[][] = [[], [], [], []];
  const reused = previous ? previousNets(rules, previous) : null;
  const nets = new Array<RuleNet>(rules.length);
  for (let i = 0; i < rules.length; i++) {
    const net = reused?.[i] ?? normalizeRule(rules[i]!, distributed);
    nets[i] = net;
    byCategory[RANK[net.category]]!.push(net);
  }
  return { firewall: { defaultAction, rules: byCategory.flat() }, normalized: { rules, nets } };
}
