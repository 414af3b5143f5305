// Firewall decisions (MODEL.md 2.4): the distributed firewall at a VM adapter
// in one direction, and a router's gateway firewall over all its interfaces.
// First match in evaluation order decides; otherwise the default.
import type { Action } from '../model/types';
import type { FirewallNet, Member, RuleNet } from './net';
import { serviceMatches, type Packet } from './packet';
import { matchesAddress, type AddressMatcher, type SelectorIndex } from './selectors';

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

/** A rule with its selectors resolved once, for the many packets it is asked about. */
interface CompiledRule {
  rule: RuleNet;
  appliedTo: readonly (ReadonlySet<string> | 'any')[];
  sources: readonly AddressMatcher[];
  destinations: readonly AddressMatcher[];
}

/**
 * Rules indexed by the selectors of one side (sources or destinations), and
 * each design address by the selectors that list it, so that a packet is
 * checked only against the rules that may match its address, in evaluation
 * order, never against all of them.
 */
class AddressIndex {
  /** Rules with a selector that matches beyond listed addresses ("any", a CIDR), in order. */
  private readonly open: number[] = [];
  private readonly rulesOf = new Map<AddressMatcher, number[]>();
  private readonly selectorsOf = new Map<number, AddressMatcher[]>();

  constructor(rules: readonly CompiledRule[], side: 'sources' | 'destinations') {
    rules.forEach((c, i) => {
      const matchers = c[side];
      if (matchers.some((m) => m.kind !== 'set')) return this.open.push(i);
      for (const m of new Set(matchers)) {
        const list = this.rulesOf.get(m);
        if (list) list.push(i);
        else this.rulesOf.set(m, [i]);
      }
    });
    for (const m of this.rulesOf.keys())
      if (m.kind === 'set')
        for (const a of m.addresses) {
          const list = this.selectorsOf.get(a);
          if (list) list.push(m);
          else this.selectorsOf.set(a, [m]);
        }
  }

  /** The indices of the rules that may match an address, in increasing order. */
  candidates(address: number | null): number[] {
    const lists = (address === null ? [] : (this.selectorsOf.get(address) ?? [])).map((m) =>
      this.rulesOf.get(m)!,
    );
    if (lists.length === 0) return this.open;
    return [...new Set([this.open, ...lists].flat())].sort((a, b) => a - b);
  }
}

interface CompiledFirewall {
  rules: CompiledRule[];
  bySource: AddressIndex;
  byDestination: AddressIndex;
}

const compiledFirewalls = new WeakMap<SelectorIndex, WeakMap<FirewallNet, CompiledFirewall>>();

/** The firewall's enabled rules, compiled against one design's selectors (cached per design). */
function compiled(selectors: SelectorIndex, firewall: FirewallNet): CompiledFirewall {
  let byFirewall = compiledFirewalls.get(selectors);
  if (!byFirewall) compiledFirewalls.set(selectors, (byFirewall = new WeakMap()));
  let out = byFirewall.get(firewall);
  if (!out) {
    const rules = firewall.rules
      .filter((rule) => rule.enabled)
      .map((rule) => ({
        rule,
        appliedTo: (rule.appliedTo ?? ['any']).map((s) => selectors.adapterSet(s)),
        sources: rule.sources.map((s) => selectors.addressMatcher(s)),
        destinations: rule.destinations.map((s) => selectors.addressMatcher(s)),
      }));
    out = {
      rules,
      bySource: new AddressIndex(rules, 'sources'),
      byDestination: new AddressIndex(rules, 'destinations'),
    };
    byFirewall.set(firewall, out);
  }
  return out;
}

/** The first rule, in evaluation order, that matches the packet and for which `test` holds. */
function firstMatch(
  fw: CompiledFirewall,
  packet: Packet,
  test: (c: CompiledRule) => boolean,
): CompiledRule | null {
  const bySource = fw.bySource.candidates(packet.src);
  const byDestination = fw.byDestination.candidates(packet.dst);
  for (const i of bySource.length <= byDestination.length ? bySource : byDestination) {
    const c = fw.rules[i]!;
    if (matches(c, packet) && test(c)) return c;
  }
  return null;
}

function matches(c: CompiledRule, packet: Packet): boolean {
  return (
    c.sources.some((m) => matchesAddress(m, packet.src)) &&
    c.destinations.some((m) => matchesAddress(m, packet.dst)) &&
    c.rule.services.some((s) => serviceMatches(s, packet.service))
  );
}

const decision = (firewall: FirewallNet, c: CompiledRule | null): Decision =>
  c ? { action: c.rule.action, rule: c.rule.id } : { action: firewall.defaultAction, rule: 'default' };

export function decideDistributed(
  selectors: SelectorIndex,
  firewall: FirewallNet,
  adapter: Member,
  direction: 'in' | 'out',
  packet: Packet,
): Decision {
  const applies = (c: CompiledRule) =>
    c.rule.directions.has(direction) && c.appliedTo.some((set) => set === 'any' || set.has(adapter.id));
  return decision(firewall, firstMatch(compiled(selectors, firewall), packet, applies));
}

export function decideGateway(selectors: SelectorIndex, firewall: FirewallNet, packet: Packet): Decision {
  return decision(
    firewall,
    firstMatch(compiled(selectors, firewall), packet, () => true),
  );
}
