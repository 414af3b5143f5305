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

const BOTH = new Set<'in' | 'out'>(['in', 'out']);

function directionsOf(rule: FirewallRule): ReadonlySet<'in' | 'out'> {
  const direction = rule.direction ?? 'in-out';
  return direction === 'in-out' ? BOTH : new Set([direction]);
}

function services(texts: string[]): Service[] {
  const out: Service[] = [];
  for (const text of texts) {
    const service = parseService(text);
    if (service) out.push(service);
  }
  return out;
}

export function normalizeRule(
  rule: FirewallRule | GatewayRule,
  order: number,
  distributed: boolean,
): RuleNet {
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
    order,
  };
}

export function normalizeFirewall(
  defaultAction: Action,
  rules: readonly (FirewallRule | GatewayRule)[],
  distributed: boolean,
): FirewallNet {
  const normalized = rules.map((rule, i) => normalizeRule(rule, i, distributed));
  const rank = (r: RuleNet) => CATEGORY_ORDER.indexOf(r.category);
  normalized.sort((a, b) => rank(a) - rank(b) || a.order - b.order);
  return { defaultAction, rules: normalized };
}
