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

export type RuleMap = Map<FirewallRule | GatewayRule, RuleNet>;

/**
 * The rules in evaluation order. Given the previous version's rules by rule
 * object, an edited rule list reuses every normalized rule it did not
 * change; `into` receives this version's.
 */
export function normalizeFirewall(
  defaultAction: Action,
  rules: readonly (FirewallRule | GatewayRule)[],
  distributed: boolean,
  previous: RuleMap | null = null,
  into: RuleMap | null = null,
): FirewallNet {
  const byCategory: RuleNet[][] = [[], [], [], []];
  for (const rule of rules) {
    const net = previous?.get(rule) ?? normalizeRule(rule, distributed);
    into?.set(rule, net);
    byCategory[RANK[net.category]]!.push(net);
  }
  return { defaultAction, rules: byCategory.flat() };
}
