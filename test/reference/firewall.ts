// 2.4: selectors, rule order and first match, for the distributed firewall and
// for a router's gateway firewall. Element selectors are matched by address
// AND by identity; where the two readings differ (a shared address, a VMkernel
// on a selected port group) the reference reports a SpecGap.
import { inSubnet, parseCidr } from '../../src/model/ipv4';
import type { Cidr } from '../../src/model/ipv4';
import type { Service } from '../../src/model/service';
import { parseService } from '../../src/model/service';
import type { Action } from '../../src/model/types';
import type { AddressBook } from './addresses';
import { gap } from './gap';
import type { Member, RefFirewall, RefRule, World } from './world/types';

export const CATEGORY_ORDER = ['emergency', 'infrastructure', 'environment', 'application'] as const;

export interface PacketView {
  src: number | null;
  /** The member that sent it, while no NAT has rewritten the source. */
  srcId: string | null;
  dst: number;
  dstId: string | null;
  service: Service;
}

type Resolved =
  { kind: 'any' } | { kind: 'cidr'; cidr: Cidr } | { kind: 'set'; ids: Set<string>; wider: Set<string> };

const DOTTED = /^\d+(\.\d+){3}(\/\d+)?$/;

/** Which VM adapters a selector names (`wider`: also the VMkernels and interfaces on a named network). */
export function resolveSelector(world: World, selector: string): Resolved {
  if (selector === 'any') return { kind: 'any' };
  if (DOTTED.test(selector)) return { kind: 'cidr', cidr: parseCidr(selector, true) ?? gap('bad CIDR') };
  const vmNics = world.members.filter((m) => m.kind === 'vmNic');
  const set = (list: Member[], wider: Member[] = list) => ({
    kind: 'set' as const,
    ids: new Set(list.map((m) => m.id)),
    wider: new Set(wider.map((m) => m.id)),
  });
  if (selector.startsWith('tag:')) {
    const tag = selector.slice(4);
    const vms = (world.doc.vms ?? []).filter((vm) => (vm.tags ?? []).includes(tag)).map((vm) => vm.id);
    return set(vmNics.filter((m) => m.vmId !== null && vms.includes(m.vmId)));
  }
  if ((world.doc.vms ?? []).some((vm) => vm.id === selector))
    return set(vmNics.filter((m) => m.vmId === selector));
  if (vmNics.some((m) => m.id === selector)) return set(vmNics.filter((m) => m.id === selector));
  const pgIds = (world.doc.portGroups ?? [])
    .filter((p) => p.id === selector || p.switch === selector)
    .map((p) => p.id);
  const isSwitch = (world.doc.switches ?? []).some((s) => s.id === selector);
  if (pgIds.length > 0 || isSwitch) {
    const on = (m: Member) => m.network !== null && (m.network === selector || pgIds.includes(m.network));
    return set(vmNics.filter(on), world.members.filter(on));
  }
  const host = (world.doc.hosts ?? []).find((h) => h.id === selector);
  if (host) {
    const vms = (world.doc.vms ?? []).filter((vm) => vm.host === host.id).map((vm) => vm.id);
    return set(vmNics.filter((m) => m.vmId !== null && vms.includes(m.vmId)));
  }
  return gap(`selector ${selector} names nothing a selector may name`);
}

export function selectorMatches(
  world: World,
  book: AddressBook,
  selector: string,
  address: number | null,
  identity: string | null,
): boolean {
  const r = resolveSelector(world, selector);
  if (r.kind === 'any') return true;
  if (address === null) return gap('matching a selector against a source NAT address that does not exist');
  if (r.kind === 'cidr') return inSubnet(address, r.cidr);
  const byAddress = world.members.some((m) => r.ids.has(m.id) && book.addressOf(m)?.address === address);
  if (identity === null) return byAddress;
  const byIdentity = r.ids.has(identity);
  if (byIdentity !== byAddress) gap(`selector ${selector}: matching by address and by element disagree`);
  if (!byIdentity && r.wider.has(identity))
    gap(`selector ${selector}: does a network name its VMkernels and interfaces?`);
  return byIdentity;
}

export function serviceMatches(ruleService: Service, packet: Service): boolean {
  if (ruleService.protocol === 'any') return true;
  if (ruleService.protocol === 'icmp' || packet.protocol === 'icmp' || packet.protocol === 'any')
    return ruleService.protocol === packet.protocol;
  return (
    ruleService.protocol === packet.protocol &&
    packet.from >= ruleService.from &&
    packet.from <= ruleService.to
  );
}

export function ruleMatches(world: World, book: AddressBook, rule: RefRule, p: PacketView): boolean {
  return (
    rule.sources.some((s) => selectorMatches(world, book, s, p.src, p.srcId)) &&
    rule.destinations.some((s) => selectorMatches(world, book, s, p.dst, p.dstId)) &&
    rule.services.some((s) => serviceMatches(parseService(s) ?? gap('bad service'), p.service))
  );
}

/** Enabled rules in evaluation order: by category, then document order. */
export function orderedRules(fw: RefFirewall): RefRule[] {
  return CATEGORY_ORDER.flatMap((c) => fw.rules.filter((r) => r.enabled && r.category === c));
}

export function appliesTo(world: World, rule: RefRule, adapterId: string, direction: 'in' | 'out'): boolean {
  if (rule.direction !== 'in-out' && rule.direction !== direction) return false;
  return rule.appliedTo.some((s) => {
    const r = resolveSelector(world, s);
    if (r.kind === 'cidr') return gap('an address in appliedTo');
    return r.kind === 'any' || r.ids.has(adapterId);
  });
}

export interface Decision {
  action: Action;
  rule: string;
}

export function decide(
  world: World,
  book: AddressBook,
  fw: RefFirewall,
  rules: RefRule[],
  p: PacketView,
): Decision {
  for (const rule of rules)
    if (ruleMatches(world, book, rule, p)) return { action: rule.action, rule: rule.id };
  return { action: fw.default, rule: 'default' };
}

export function distributedDecision(
  world: World,
  book: AddressBook,
  adapterId: string,
  direction: 'in' | 'out',
  p: PacketView,
): Decision {
  const rules = orderedRules(world.dfw).filter((r) => appliesTo(world, r, adapterId, direction));
  return decide(world, book, world.dfw, rules, p);
}
