// Firewall decisions (MODEL.md 2.4): the distributed firewall at a VM adapter
// in one direction, and a router's gateway firewall over all its interfaces.
// First match in evaluation order decides; otherwise the default.
import type { Action } from '../model/types';
import { DIRECTION_IN, DIRECTION_OUT, encodeService } from './compiledRule';
import type { FirewallNet, Member } from './net';
import type { Packet } from './packet';
import { RuleIndex } from './ruleIndex';
import type { SelectorIndex } from './selectors';

export interface Decision {
  action: Action;
  /** The deciding rule's id, or "default". */
  rule: string;
}

/** "dropped by rule fw-10", "allowed by the default rule". */
export function decisionWords(d: Decision): string {
  const verb = d.action === 'reject' ? 'rejected' : d.action === 'drop' ? 'dropped' : 'allowed';
  return d.rule === 'default' ? `${verb} by the default rule` : `${verb} by rule ${d.rule}`;
}

const indexes = new WeakMap<FirewallNet, RuleIndex>();

/**
 * The first-match index of a firewall's rules, built once per firewall
 * (normalize keeps unchanged ones); from the index of an earlier version of
 * the same firewall when one is given, which is quicker when rules were added.
 */
export function ruleIndexOf(
  firewall: FirewallNet,
  selectors: SelectorIndex,
  earlier?: FirewallNet,
): RuleIndex {
  let index = indexes.get(firewall);
  if (!index) {
    const from = earlier && indexes.get(earlier);
    indexes.set(firewall, (index = new RuleIndex(firewall.rules, selectors, from)));
  }
  return index;
}

function decide(
  selectors: SelectorIndex,
  firewall: FirewallNet,
  adapter: Member | null,
  direction: number,
  packet: Packet,
): Decision {
  const index = ruleIndexOf(firewall, selectors);
  const i = index.first(
    { adapter, direction, src: packet.src, dst: packet.dst, service: encodeService(packet.service) },
    selectors,
  );
  if (i < 0) return { action: firewall.defaultAction, rule: 'default' };
  const rule = index.rules[i]!.rule;
  return { action: rule.action, rule: rule.id };
}

export function decideDistributed(
  selectors: SelectorIndex,
  firewall: FirewallNet,
  adapter: Member,
  direction: 'in' | 'out',
  packet: Packet,
): Decision {
  return decide(selectors, firewall, adapter, direction === 'in' ? DIRECTION_IN : DIRECTION_OUT, packet);
}

export function decideGateway(selectors: SelectorIndex, firewall: FirewallNet, packet: Packet): Decision {
  return decide(selectors, firewall, null, DIRECTION_IN, packet);
}
