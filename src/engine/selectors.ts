// Firewall selectors (MODEL.md 1, firewall): "any", "tag:NAME", an address or
// CIDR, or an element id. As sources and destinations they match a packet's
// addresses (after NAT), through the addresses of the adapters they name; in
// appliedTo they name the VM adapters that enforce a rule.
//
// Nothing here lists a selector's members up front: a packet's address is
// asked which named selectors hold it (through the adapters that own it), and
// an adapter which selectors name it. An element-id selector resolves as it
// always has: a VM adapter's own id first, then a VM, a port group, a switch,
// a host.
import { parseCidr } from '../model/ipv4';
import type { Addressing } from './addresses';
import { lowerBound } from './intervals';
import type { Member, Net } from './net';

/** A selector as the firewall reads it: "any", an address range, or a name of adapters. */
export type Selector =
  | { kind: 'any' }
  | { kind: 'cidr'; lo: number; hi: number; prefix: number }
  /** `name` is the text's number (nameId), so that matching compares numbers. */
  | { kind: 'set'; text: string; name: number };

const ANY: Selector = { kind: 'any' };
const parsed = new Map<string, Selector>();
const names = new Map<string, number>();

/** A number per selector text, the same in every document: names are compared by it. */
export function nameId(text: string): number {
  let id = names.get(text);
  if (id === undefined) names.set(text, (id = names.size));
  return id;
}

const tagIds = new Map<string, number>();

/** nameId of "tag:NAME", without making the text each time. */
function tagId(tag: string): number {
  let id = tagIds.get(tag);
  if (id === undefined) tagIds.set(tag, (id = nameId(`tag:${tag}`)));
  return id;
}

export function parseSelector(text: string): Selector {
  let s = parsed.get(text);
  if (s) return s;
  if (text === 'any') s = ANY;
  else {
    const cidr = text.startsWith('tag:') ? null : parseCidr(text, true);
    if (cidr) {
      const size = 2 ** (32 - cidr.prefix);
      const lo = Math.floor(cidr.address / size) * size;
      s = { kind: 'cidr', lo, hi: lo + size - 1, prefix: cidr.prefix };
    } else s = { kind: 'set', text, name: nameId(text) };
  }
  parsed.set(text, s);
  return s;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const NONE: readonly Member[] = [];
const NO_NAMES: readonly number[] = [];

export interface FirstNamed {
  position: number;
  address: number | null;
}

export class SelectorIndex {
  /** Every VM adapter, in member order: the adapters the distributed firewall protects. */
  readonly adapters: Member[];
  readonly adapterIndex = new Map<string, number>();
  // Element ids that name adapters, in the order an id selector is resolved.
  private readonly byMember = new Map<string, Member[]>();
  private readonly byVm = new Map<string, Member[]>();
  private readonly byNetwork = new Map<string, Member[]>();
  private readonly bySwitch = new Map<string, Member[]>();
  private readonly byHost = new Map<string, Member[]>();
  private readonly byTag = new Map<string, Member[]>();
  private readonly byName = new Map<number, readonly Member[]>();
  private readonly namesCache = new Map<Member, readonly number[]>();
  private owned: number[] | null = null;
  // The first-match and box paths ask these tens of thousands of times per evaluation of a large
  // policy: by adapter position and by address number, not by id strings in maps of 20,000 entries.
  // Filled on first need; a swap forgets what it changed.
  /** namesOf by adapter position. */
  private readonly namesByPosition: (readonly number[] | undefined)[] = [];
  /** addressOf by adapter position: NaN not looked up yet, -1 none. */
  private readonly addressByPosition: Float64Array;
  /** namesAt by address. */
  private readonly namesByAddress = new Map<number, readonly number[]>();
  /** The positions of the adapters a name selector names, by nameId. */
  private readonly positionsByName = new Map<number, readonly number[]>();
  /** firstNamed by nameId. */
  private readonly firstByName = new Map<number, FirstNamed | null>();

  constructor(
    private net: Net,
    readonly addressing: Addressing,
  ) {
    this.adapters = net.members.filter((m) => m.dfw);
    for (let i = 0; i < this.adapters.length; i++) {
      const m = this.adapters[i]!;
      const vm = m.vm!;
      this.adapterIndex.set(m.id, i);
      push(this.byMember, m.id, m);
      push(this.byVm, vm.id, m);
      if (m.attach.kind === 'network') {
        push(this.byNetwork, m.attach.network, m);
        const pg = net.portGroups.get(m.attach.network);
        if (pg) push(this.bySwitch, pg.switchId, m);
      }
      push(this.byHost, vm.host, m);
      if (vm.tags) for (const tag of vm.tags) push(this.byTag, tag, m);
    }
    this.idsCollide = this.anyIdInTwoKinds();
    this.addressByPosition = new Float64Array(this.adapters.length).fill(NaN);
  }

  /**
   * Whether some id names adapters as two kinds of element (ids are unique in
   * a valid document, so this is rare). A swap that would change it makes the
   * index be built again (swap), so it holds for the index's life.
   */
  private readonly idsCollide: boolean;

  private anyIdInTwoKinds(): boolean {
    const kinds = [this.byMember, this.byVm, this.byNetwork, this.bySwitch, this.byHost];
    for (let k = 1; k < kinds.length; k++)
      for (const id of kinds[k]!.keys()) for (let j = 0; j < k; j++) if (kinds[j]!.has(id)) return true;
    return false;
  }

  /** Every address a VM adapter owns, ascending: the addresses whose names a range may hold. */
  ownedAddresses(): readonly number[] {
    if (!this.owned) {
      const out: number[] = [];
      for (const [address, owners] of this.addressing.owners)
        if (owners.some((m) => m.dfw)) out.push(address);
      this.owned = out.sort((a, b) => a - b);
    }
    return this.owned;
  }

  /** Keeps the owned addresses true for one address whose owners changed, without sorting them all again. */
  private reowned(address: number): void {
    const owned = this.owned;
    if (!owned) return;
    const k = lowerBound(owned, address);
    const listed = owned[k] === address;
    const owns = this.addressing.owners.get(address)?.some((m) => m.dfw) ?? false;
    if (listed === owns) return;
    // In place: the list is read only while a look is made (ruleLooks.ts), never kept.
    if (owns) owned.splice(k, 0, address);
    else owned.splice(k, 1);
  }

  /** The maps by which each kind of id names an adapter, in resolution order, with the adapter's key there. */
  private keyed(m: Member): [Map<string, Member[]>, string][] {
    const vm = m.vm!;
    const out: [Map<string, Member[]>, string][] = [
      [this.byMember, m.id],
      [this.byVm, vm.id],
    ];
    if (m.attach.kind === 'network') {
      out.push([this.byNetwork, m.attach.network]);
      const pg = this.net.portGroups.get(m.attach.network);
      if (pg) out.push([this.bySwitch, pg.switchId]);
    }
    out.push([this.byHost, vm.host]);
    for (const tag of vm.tags ?? []) out.push([this.byTag, tag]);
    return out;
  }

  /**
   * Puts `after` where the VM adapter `before` was (same position and id),
   * for the next version of the document. False when that would change how
   * some id selector resolves (an id naming two kinds of element): the
   * index must then be built again.
   */
  swap(before: Member, after: Member, net: Net): boolean {
    this.net = net;
    let clean = true;
    const kinds = [this.byMember, this.byVm, this.byNetwork, this.bySwitch, this.byHost];
    const elsewhere = (map: Map<string, Member[]>, key: string) =>
      map !== this.byTag && kinds.some((other) => other !== map && other.has(key));
    const was = this.keyed(before);
    const is = this.keyed(after);
    const kept = (pair: [Map<string, Member[]>, string], among: [Map<string, Member[]>, string][]) =>
      among.some(([map, key]) => map === pair[0] && key === pair[1]);
    // Lists are changed in place, not copied: a tag or a host names thousands of adapters, and the
    // lists are only read while a version is evaluated (members() is cleared below).
    for (const pair of was) {
      const [map, key] = pair;
      const list = map.get(key)!;
      // A tag written twice lists the adapter twice: each pair takes one.
      const at = list.indexOf(before);
      if (at < 0) continue;
      if (kept(pair, is)) {
        list[at] = after;
        continue;
      }
      list.splice(at, 1);
      if (list.length > 0) continue;
      map.delete(key);
      if (elsewhere(map, key)) clean = false;
    }
    for (const pair of is) {
      if (kept(pair, was)) continue;
      const [map, key] = pair;
      const list = map.get(key);
      if (list) list.push(after);
      else {
        map.set(key, [after]);
        if (elsewhere(map, key)) clean = false;
      }
    }
    const position = this.adapterIndex.get(before.id)!;
    this.adapters[position] = after;
    this.namesCache.delete(before);
    this.byName.clear();
    this.positionsByName.clear();
    this.firstByName.clear();
    this.namesByPosition[position] = undefined;
    this.addressByPosition[position] = NaN;
    // Which addresses the adapter held before is not known here: names by address are all made again.
    this.namesByAddress.clear();
    // The addressing already holds the new owners (contextPatch.ts swaps it first); only static addresses move here.
    for (const ip of [before.ip, after.ip]) if (ip && ip !== 'dhcp') this.reowned(ip.address);
    return clean;
  }

  /** The adapters a name selector ("tag:…" or an element id) names. */
  members(s: { text: string; name: number }): readonly Member[] {
    let list = this.byName.get(s.name);
    if (!list) {
      const text = s.text;
      list = text.startsWith('tag:')
        ? (this.byTag.get(text.slice(4)) ?? NONE)
        : (this.byMember.get(text) ??
          this.byVm.get(text) ??
          this.byNetwork.get(text) ??
          this.bySwitch.get(text) ??
          this.byHost.get(text) ??
          NONE);
      this.byName.set(s.name, list);
    }
    return list;
  }

  /** The positions (among `adapters`) of the adapters a name selector names, in `members` order. */
  positions(s: { text: string; name: number }): readonly number[] {
    let list = this.positionsByName.get(s.name);
    if (!list) {
      const members = this.members(s);
      const out = new Array<number>(members.length);
      for (let k = 0; k < members.length; k++) out[k] = this.adapterIndex.get(members[k]!.id)!;
      this.positionsByName.set(s.name, (list = out));
    }
    return list;
  }

  /**
   * The first adapter a name selector names and the first address its
   * adapters own (null: none owns one), in `members` order; null when it
   * names none. A rule's first packet is made of these.
   */
  firstNamed(s: { text: string; name: number }): FirstNamed | null {
    let first = this.firstByName.get(s.name);
    if (first === undefined) {
      const members = this.members(s);
      let address: number | null = null;
      for (let k = 0; k < members.length && address === null; k++) address = this.addressOf(members[k]!);
      first = members.length === 0 ? null : { position: this.adapterIndex.get(members[0]!.id)!, address };
      this.firstByName.set(s.name, first);
    }
    return first;
  }

  /** namesOf the adapter at a position. */
  namesAtPosition(position: number): readonly number[] {
    return (this.namesByPosition[position] ??= this.namesOf(this.adapters[position]!));
  }

  /** addressOf the adapter at a position. */
  addressAtPosition(position: number): number | null {
    let address = this.addressByPosition[position]!;
    if (Number.isNaN(address))
      this.addressByPosition[position] = address = this.addressOf(this.adapters[position]!) ?? -1;
    return address < 0 ? null : address;
  }

  /** The name selectors (nameId) that name a VM adapter: an id names it only if no kind before resolves it. */
  namesOf(m: Member): readonly number[] {
    const cached = this.namesCache.get(m);
    if (cached) return cached;
    const vm = m.vm!;
    const out = [nameId(m.id)];
    // Spelled out rather than looped over the kinds: this runs once per adapter of every design.
    const { byMember, byVm, byNetwork, bySwitch } = this;
    const clash = this.idsCollide;
    if (!clash || !byMember.has(vm.id)) out.push(nameId(vm.id));
    if (m.attach.kind === 'network') {
      const network = m.attach.network;
      if (!clash || (!byMember.has(network) && !byVm.has(network))) out.push(nameId(network));
      const sw = this.net.portGroups.get(network)?.switchId;
      if (sw !== undefined && (!clash || (!byMember.has(sw) && !byVm.has(sw) && !byNetwork.has(sw))))
        out.push(nameId(sw));
    }
    const host = vm.host;
    if (!clash || (!byMember.has(host) && !byVm.has(host) && !byNetwork.has(host) && !bySwitch.has(host)))
      out.push(nameId(host));
    if (vm.tags) for (const tag of vm.tags) out.push(tagId(tag));
    this.namesCache.set(m, out);
    return out;
  }

  /** The name selectors (nameId) whose adapters own an address. */
  namesAt(address: number | null): readonly number[] {
    if (address === null) return NO_NAMES;
    let out = this.namesByAddress.get(address);
    if (out) return out;
    out = NO_NAMES;
    for (const m of this.addressing.owners.get(address) ?? NONE)
      if (m.dfw) out = out.length === 0 ? this.namesOf(m) : [...out, ...this.namesOf(m)];
    this.namesByAddress.set(address, out);
    return out;
  }

  /** A VM adapter's address, for appliedTo CIDRs. */
  addressOf(m: Member): number | null {
    return this.addressing.of.get(m.id)?.address ?? null;
  }
}
