// Firewall selectors (MODEL.md 1, firewall): "any", "tag:NAME", an address or
// CIDR, or an element id. As sources and destinations they match a packet's
// addresses (after NAT), through the addresses of the adapters they name; in
// appliedTo they name the VM adapters that enforce a rule.
import { inSubnet, parseCidr, type Cidr } from '../model/ipv4';
import type { Addressing } from './addresses';
import type { Member, Net } from './net';

export type AddressMatcher =
  | { kind: 'any' }
  | { kind: 'cidr'; cidr: Cidr }
  | { kind: 'set'; addresses: ReadonlySet<number>; members: readonly Member[] };

export function matchesAddress(matcher: AddressMatcher, address: number | null): boolean {
  if (matcher.kind === 'any') return true;
  if (address === null) return false;
  return matcher.kind === 'cidr' ? inSubnet(address, matcher.cidr) : matcher.addresses.has(address);
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export class SelectorIndex {
  private readonly byTag = new Map<string, Member[]>();
  private readonly byVm = new Map<string, Member[]>();
  private readonly byNetwork = new Map<string, Member[]>();
  private readonly bySwitch = new Map<string, Member[]>();
  private readonly byHost = new Map<string, Member[]>();
  private readonly matchers = new Map<string, AddressMatcher>();
  private readonly memberSets = new Map<string, ReadonlySet<string> | 'any'>();
  /** Every VM adapter: the adapters the distributed firewall protects. */
  readonly adapters: Member[];

  constructor(
    private readonly net: Net,
    private readonly addressing: Addressing,
  ) {
    this.adapters = net.members.filter((m) => m.dfw);
    for (const m of this.adapters) {
      const vm = m.vm!;
      push(this.byVm, vm.id, m);
      push(this.byHost, vm.host, m);
      for (const tag of vm.tags ?? []) push(this.byTag, tag, m);
      if (m.attach.kind === 'network') {
        push(this.byNetwork, m.attach.network, m);
        const pg = net.portGroups.get(m.attach.network);
        if (pg) push(this.bySwitch, pg.switchId, m);
      }
    }
  }

  /** The members an element-style selector names, or a CIDR, or "any". */
  resolve(selector: string): Member[] | Cidr | 'any' {
    if (selector === 'any') return 'any';
    if (selector.startsWith('tag:')) return this.byTag.get(selector.slice(4)) ?? [];
    const cidr = parseCidr(selector, true);
    if (cidr) return cidr;
    const member = this.net.memberById.get(selector);
    if (member?.dfw) return [member];
    return (
      this.byVm.get(selector) ??
      this.byNetwork.get(selector) ??
      this.bySwitch.get(selector) ??
      this.byHost.get(selector) ??
      []
    );
  }

  addressMatcher(selector: string): AddressMatcher {
    let matcher = this.matchers.get(selector);
    if (matcher) return matcher;
    const resolved = this.resolve(selector);
    if (resolved === 'any') matcher = { kind: 'any' };
    else if (!Array.isArray(resolved)) matcher = { kind: 'cidr', cidr: resolved };
    else {
      const addresses = new Set<number>();
      for (const m of resolved) {
        const info = this.addressing.of.get(m.id);
        if (info) addresses.add(info.address);
      }
      matcher = { kind: 'set', addresses, members: resolved };
    }
    this.matchers.set(selector, matcher);
    return matcher;
  }

  /** The ids of the VM adapters a selector names in appliedTo. */
  adapterSet(selector: string): ReadonlySet<string> | 'any' {
    let set = this.memberSets.get(selector);
    if (set) return set;
    const resolved = this.resolve(selector);
    if (resolved === 'any') set = 'any';
    else if (Array.isArray(resolved)) set = new Set(resolved.filter((m) => m.dfw).map((m) => m.id));
    else {
      const cidr = resolved;
      set = new Set(
        this.adapters
          .filter((m) => {
            const info = this.addressing.of.get(m.id);
            return info !== undefined && inSubnet(info.address, cidr);
          })
          .map((m) => m.id),
      );
    }
    this.memberSets.set(selector, set);
    return set;
  }

  appliesTo(selectors: readonly string[], adapter: Member): boolean {
    return selectors.some((s) => {
      const set = this.adapterSet(s);
      return set === 'any' || set.has(adapter.id);
    });
  }
}
