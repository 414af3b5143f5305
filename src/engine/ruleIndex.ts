// First match (MODEL.md 2.4) without trying every rule. Each rule is filed
// under one of its dimensions, the most selective one (appliedTo, sources or
// destinations, whichever names the fewest): under each of that dimension's
// name selectors, or each CIDR by its network, or, when every dimension says
// "any", in a short list of wide rules. A packet then looks only at the lists
// of the names and CIDRs that hold its adapter and addresses, each in rule
// order, and stops at the first full match. The index depends on the rules
// alone, so it serves every version of a document whose rules did not change;
// which adapters and addresses a name holds is asked at match time.
import { maskOf } from '../model/ipv4';
import { compileRule, type CompiledRule } from './compiledRule';
import { contains, lowerBound } from './intervals';
import type { Member, RuleNet } from './net';
import type { Selector, SelectorIndex } from './selectors';

/** One packet at one enforcement point. */
export interface Probe {
  /** The enforcing VM adapter; null at a gateway firewall. */
  adapter: Member | null;
  /** The adapter's position among the selector index's adapters, when known (a faster look-up). */
  position?: number;
  /** DIRECTION_IN or DIRECTION_OUT. */
  direction: number;
  src: number | null;
  dst: number;
  /** encodeService of the packet's service. */
  service: number;
}

export interface Values {
  /** nameId of every name selector that holds the value. */
  names: readonly number[];
  value: number | null;
}

function selectorsMatch(list: readonly Selector[], at: Values): boolean {
  for (const s of list) {
    if (s.kind === 'any') return true;
    if (s.kind === 'cidr') {
      if (at.value !== null && at.value >= s.lo && at.value <= s.hi) return true;
    } else if (at.names.includes(s.name)) return true;
  }
  return false;
}

export function ruleMatches(c: CompiledRule, probe: Probe, at: readonly Values[]): boolean {
  return (
    (c.directions & probe.direction) !== 0 &&
    contains(c.services, probe.service) &&
    (c.appliedTo === null || selectorsMatch(c.appliedTo, at[0]!)) &&
    selectorsMatch(c.sources, at[1]!) &&
    selectorsMatch(c.destinations, at[2]!)
  );
}

/** Where the match looks: the adapter's and the addresses' names and values, per dimension. */
export function probeValues(probe: Probe, selectors: SelectorIndex): Values[] {
  const { adapter, position } = probe;
  return [
    position !== undefined
      ? { names: selectors.namesAtPosition(position), value: selectors.addressAtPosition(position) }
      : adapter
        ? { names: selectors.namesOf(adapter), value: selectors.addressOf(adapter) }
        : { names: [], value: null },
    { names: selectors.namesAt(probe.src), value: probe.src },
    { names: selectors.namesAt(probe.dst), value: probe.dst },
  ];
}

const DIMENSIONS = 3;
const FILING_ORDER = [1, 2, 0] as const;

/** How many values a dimension's selectors name: adapters for names, addresses for CIDRs. */
function namedCount(list: readonly Selector[], selectors: SelectorIndex): number {
  let total = 0;
  for (const s of list)
    total +=
      s.kind === 'any' ? Infinity : s.kind === 'cidr' ? 2 ** (32 - s.prefix) : selectors.members(s).length;
  return total;
}

/** Rules filed by the CIDRs of one prefix length: by network, and the networks sorted for range look-ups. */
interface CidrFiling {
  prefix: number;
  mask: number;
  byNetwork: Map<number, number[]>;
  networks: number[];
}

/** The CIDR filings of one dimension, by prefix length, from rules filed by prefix and network. */
function cidrFilings(byPrefix: Map<number, Map<number, number[]>>): CidrFiling[] {
  return [...byPrefix]
    .sort((a, b) => a[0] - b[0])
    .map(([prefix, byNetwork]) => ({
      prefix,
      mask: maskOf(prefix),
      byNetwork,
      networks: [...byNetwork.keys()].sort((a, b) => a - b),
    }));
}

export class RuleIndex {
  /** Enabled rules in evaluation order. */
  readonly rules: CompiledRule[];
  private readonly byName: Map<number, number[]>[] = [];
  private readonly byCidr: CidrFiling[][] = [];
  private readonly wide: number[] = [];
  // Per rule, by position: its directions and the span of its services. A first-match scan rejects
  // most rules it meets on these (seven in ten on the service) without reaching the rule object.
  private readonly directions: Uint8Array;
  private readonly serviceLo: Float64Array;
  private readonly serviceHi: Float64Array;

  constructor(rules: readonly RuleNet[], selectors: SelectorIndex, from?: RuleIndex) {
    this.rules = rules.filter((r) => r.enabled).map(compileRule);
    const n = this.rules.length;
    this.directions = new Uint8Array(n);
    this.serviceLo = new Float64Array(n);
    this.serviceHi = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const { directions, services } = this.rules[i]!;
      this.directions[i] = directions;
      // An empty service list matches nothing: a span no service is in.
      this.serviceLo[i] = services.length > 0 ? services[0]! : Infinity;
      this.serviceHi[i] = services.length > 0 ? services[services.length - 1]! : -Infinity;
    }
    if (from && this.renumber(from, selectors)) return;
    const cidrs: Map<number, Map<number, number[]>>[] = [];
    for (let d = 0; d < DIMENSIONS; d++) {
      this.byName.push(new Map());
      cidrs.push(new Map());
    }
    this.rules.forEach((c, i) => this.file(c, i, selectors, cidrs));
    this.byCidr.push(...cidrs.map(cidrFilings));
  }

  /** Files rule i under its most selective dimension (appending: rules come in order). */
  private file(
    c: CompiledRule,
    i: number,
    selectors: SelectorIndex,
    cidrs: Map<number, Map<number, number[]>>[],
    joined?: Set<number[]>,
  ): void {
    // Where a rule is filed only decides how fast it is found, never whether.
    // Addresses first: on a tie they are the narrower look-up.
    let home = -1;
    let best = Infinity;
    for (const d of FILING_ORDER) {
      const list = d === 0 ? c.appliedTo : d === 1 ? c.sources : c.destinations;
      if (!list) continue;
      const total = namedCount(list, selectors);
      if (total < best) {
        home = d;
        best = total;
      }
    }
    if (home < 0) {
      this.wide.push(i);
      joined?.add(this.wide);
      return;
    }
    const selectorsThere = home === 0 ? c.appliedTo! : home === 1 ? c.sources : c.destinations;
    for (const s of selectorsThere) {
      let list: number[] | undefined;
      if (s.kind === 'set') {
        const names = this.byName[home]!;
        list = names.get(s.name);
        if (!list) names.set(s.name, (list = []));
      } else if (s.kind === 'cidr') {
        let networks = cidrs[home]!.get(s.prefix);
        if (!networks) cidrs[home]!.set(s.prefix, (networks = new Map()));
        list = networks.get(s.lo);
        if (!list) networks.set(s.lo, (list = []));
      }
      if (!list) continue;
      // A selector written twice, or two CIDRs of one network, meet the same list: the rule goes in once.
      if (list[list.length - 1] !== i) list.push(i);
      joined?.add(list);
    }
  }

  /**
   * This index made from the one of an earlier version of the same firewall,
   * when that version's rules are all here, in the same order (rules were
   * added, as an edit adds one): its filings are renumbered, and only the
   * added rules filed. False, having changed nothing, when it cannot be.
   */
  private renumber(from: RuleIndex, selectors: SelectorIndex): boolean {
    // The earlier rules, in order, among this version's: where each went, and which rules are new.
    const moved = new Array<number>(from.rules.length);
    const added: number[] = [];
    let k = 0;
    this.rules.forEach((c, i) => {
      if (k < from.rules.length && from.rules[k] === c) moved[k++] = i;
      else added.push(i);
    });
    if (k < from.rules.length) return false;
    const map = (list: readonly number[]) => {
      const out = new Array<number>(list.length);
      for (let n = 0; n < list.length; n++) out[n] = moved[list[n]!]!;
      return out;
    };
    const cidrs: Map<number, Map<number, number[]>>[] = [];
    for (let d = 0; d < DIMENSIONS; d++) {
      const byName = new Map<number, number[]>();
      for (const [name, list] of from.byName[d]!) byName.set(name, map(list));
      this.byName.push(byName);
      const byPrefix = new Map<number, Map<number, number[]>>();
      for (const f of from.byCidr[d]!) {
        const byNetwork = new Map<number, number[]>();
        for (const [network, list] of f.byNetwork) byNetwork.set(network, map(list));
        byPrefix.set(f.prefix, byNetwork);
      }
      cidrs.push(byPrefix);
    }
    this.wide.push(...map(from.wide));
    // Added rules were filed after the others: put the lists they joined back in rule order.
    const joined = new Set<number[]>();
    for (const i of added) this.file(this.rules[i]!, i, selectors, cidrs, joined);
    for (const list of joined) list.sort((a, b) => a - b);
    this.byCidr.push(...cidrs.map(cidrFilings));
    return true;
  }

  private mentions: { byName: Map<number, number[]>; any: number[]; cidr: number[] }[] | null = null;

  /**
   * Every rule (not only those filed there) whose selectors in a dimension
   * name `name`, say "any", or hold a CIDR: built on first use, for telling
   * which rules a renamed adapter or re-owned address concerns.
   */
  mentioning(d: number): {
    byName: ReadonlyMap<number, readonly number[]>;
    any: readonly number[];
    cidr: readonly number[];
  } {
    if (!this.mentions) {
      this.mentions = [0, 1, 2].map(() => ({ byName: new Map<number, number[]>(), any: [], cidr: [] }));
      this.rules.forEach((c, i) => {
        [c.appliedTo ?? [], c.sources, c.destinations].forEach((list, dim) => {
          const m = this.mentions![dim]!;
          for (const s of list) {
            const target =
              s.kind === 'any' ? m.any : s.kind === 'cidr' ? m.cidr : (m.byName.get(s.name) ?? []);
            if (s.kind === 'set' && target.length === 0) m.byName.set(s.name, target);
            if (target[target.length - 1] !== i) target.push(i);
          }
        });
      });
    }
    return this.mentions[d]!;
  }

  /** The rules filed under a dimension by any of these names. */
  filedByNames(d: number, names: Iterable<number>, out: Set<number>): void {
    const byName = this.byName[d]!;
    if (byName.size === 0) return;
    for (const name of names) for (const i of byName.get(name) ?? []) out.add(i);
  }

  /** The rules filed under a dimension by a CIDR that meets [lo, hi]. */
  filedByCidrs(d: number, lo: number, hi: number, out: Set<number>): void {
    for (const f of this.byCidr[d]!) {
      const networks = f.networks;
      for (let k = lowerBound(networks, (lo & f.mask) >>> 0); k < networks.length && networks[k]! <= hi; k++)
        for (const i of f.byNetwork.get(networks[k]!)!) out.add(i);
    }
  }

  /** Every rule filed under a dimension, and the wide rules with `d` -1. */
  filedIn(d: number, out: Set<number>): void {
    if (d < 0) return this.wide.forEach((i) => out.add(i));
    for (const list of this.byName[d]!.values()) for (const i of list) out.add(i);
    for (const f of this.byCidr[d]!)
      for (const list of f.byNetwork.values()) for (const i of list) out.add(i);
  }

  private filedNames: Uint8Array[] | null = null;

  /**
   * Per dimension, a flag per nameId: whether a list is filed under it. A
   * packet's names are mostly not filed anywhere, and the flag tells so
   * faster than a miss in a map of thousands of lists.
   */
  private namesFiled(): Uint8Array[] {
    if (this.filedNames) return this.filedNames;
    this.filedNames = this.byName.map((byName) => {
      let top = -1;
      for (const name of byName.keys()) top = Math.max(top, name);
      const flags = new Uint8Array(top + 1);
      for (const name of byName.keys()) flags[name] = 1;
      return flags;
    });
    return this.filedNames;
  }

  /** The position of the first enabled rule that matches, or -1; only rules before `limit` are tried. */
  first(probe: Probe, selectors: SelectorIndex, limit = this.rules.length): number {
    const at = probeValues(probe, selectors);
    const filed = this.namesFiled();
    let best = limit;
    for (let d = 0; d < DIMENSIONS; d++) {
      const { names, value } = at[d]!;
      const byName = this.byName[d]!;
      const flags = filed[d]!;
      for (let k = 0; k < names.length; k++)
        if (flags[names[k]!] === 1) best = this.scan(byName.get(names[k]!), probe, at, best);
      if (value === null) continue;
      for (const f of this.byCidr[d]!)
        best = this.scan(f.byNetwork.get((value & f.mask) >>> 0), probe, at, best);
    }
    best = this.scan(this.wide, probe, at, best);
    return best === limit ? -1 : best;
  }

  /** The first rule of a list (in rule order) before `best` that matches, else `best`. */
  private scan(
    list: readonly number[] | undefined,
    probe: Probe,
    at: readonly Values[],
    best: number,
  ): number {
    if (!list) return best;
    const { direction, service } = probe;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      if (i >= best) return best;
      if (
        (this.directions[i]! & direction) === 0 ||
        service < this.serviceLo[i]! ||
        service > this.serviceHi[i]!
      )
        continue;
      if (ruleMatches(this.rules[i]!, probe, at)) return i;
    }
    return best;
  }
}
