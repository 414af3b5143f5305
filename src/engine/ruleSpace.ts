// The packet space a firewall's rules are judged over (MODEL.md 2.5,
// shadowed-rule), cut into equivalence classes so that coverage is exact
// without enumerating addresses or ports: adapters grouped by which appliedTo
// selectors name them; addresses cut at every design address and every CIDR
// bound (outside addresses fall into the gaps, which only CIDRs tell apart);
// ports cut at every range bound.
import { maskOf } from '../model/ipv4';
import { parseService, type Service } from '../model/service';
import { bitsFor, setBit, type Bits } from './bitset';
import type { Member } from './net';
import type { SelectorIndex } from './selectors';

/** Atoms grouped into classes by the selectors that match them. */
export interface Classes<S> {
  size: number;
  of(selector: S): Bits;
}

/** Groups `atomCount` atoms by which selectors match them; `atomsOf` lists a selector's atoms. */
function classify<S>(
  atomCount: number,
  selectors: readonly S[],
  atomsOf: (s: S) => Iterable<number>,
): Classes<S> {
  const signature: number[][] = Array.from({ length: atomCount }, () => []);
  selectors.forEach((s, i) => {
    for (const atom of atomsOf(s)) signature[atom]!.push(i);
  });
  const classOf = new Map<string, number>();
  const atomClass = signature.map((sig) => {
    const key = sig.join(',');
    let c = classOf.get(key);
    if (c === undefined) {
      c = classOf.size;
      classOf.set(key, c);
    }
    return c;
  });
  const size = classOf.size;
  const bySelector = new Map<S, Bits>();
  selectors.forEach((s) => {
    const bits = bitsFor(size);
    for (const atom of atomsOf(s)) setBit(bits, atomClass[atom]!);
    bySelector.set(s, bits);
  });
  return { size, of: (s) => bySelector.get(s) ?? bitsFor(size) };
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ADDRESS_SPACE = 2 ** 32;

/** Address selectors ("any" excluded) over design addresses and CIDR-cut gaps. */
export function addressClasses(
  selectors: SelectorIndex,
  texts: readonly string[],
  designAddresses: Iterable<number>,
) {
  const cuts = new Set<number>([0]);
  for (const a of designAddresses) cuts.add(a).add(a + 1);
  const ranges = new Map<string, [number, number]>();
  for (const text of texts) {
    const m = selectors.addressMatcher(text);
    if (m.kind !== 'cidr') continue;
    const lo = (m.cidr.address & maskOf(m.cidr.prefix)) >>> 0;
    const hi = lo + 2 ** (32 - m.cidr.prefix);
    ranges.set(text, [lo, hi]);
    cuts.add(lo).add(hi);
  }
  const starts = [...cuts].filter((c) => c < ADDRESS_SPACE).sort((a, b) => a - b);
  const atomsOf = function* (text: string): Iterable<number> {
    const m = selectors.addressMatcher(text);
    if (m.kind === 'any') {
      for (let i = 0; i < starts.length; i++) yield i;
      return;
    }
    if (m.kind === 'set') {
      for (const a of m.addresses) yield lowerBound(starts, a);
      return;
    }
    const [lo, hi] = ranges.get(text)!;
    for (let i = lowerBound(starts, lo); i < starts.length && starts[i]! < hi; i++) yield i;
  };
  return classify(starts.length, texts, atomsOf);
}

/** Adapters grouped by which appliedTo selectors name them. */
export function adapterClasses(
  selectors: SelectorIndex,
  texts: readonly string[],
  adapters: readonly Member[],
) {
  const index = new Map(adapters.map((m, i) => [m.id, i]));
  const atomsOf = function* (text: string): Iterable<number> {
    const set = selectors.adapterSet(text);
    if (set === 'any') for (let i = 0; i < adapters.length; i++) yield i;
    else for (const id of set) if (index.has(id)) yield index.get(id)!;
  };
  return classify(adapters.length, texts, atomsOf);
}

/** Services (distinct texts, parsed): icmp, and tcp and udp ports cut at every range bound. */
export function serviceClasses(texts: readonly string[]) {
  const parsed = new Map<string, Service>();
  for (const text of texts) {
    const service = parseService(text);
    if (service) parsed.set(text, service);
  }
  const services = [...parsed.values()];
  const cuts = { tcp: new Set([1]), udp: new Set([1]) };
  for (const s of services)
    if (s.protocol === 'tcp' || s.protocol === 'udp') cuts[s.protocol].add(s.from).add(s.to + 1);
  const tcp = [...cuts.tcp].filter((c) => c <= 65535).sort((a, b) => a - b);
  const udp = [...cuts.udp].filter((c) => c <= 65535).sort((a, b) => a - b);
  // Atom 0 is icmp, then tcp's atoms, then udp's.
  const count = 1 + tcp.length + udp.length;
  const atomsOf = function* (text: string): Iterable<number> {
    const s = parsed.get(text);
    if (!s) return;
    if (s.protocol === 'any') for (let i = 0; i < count; i++) yield i;
    else if (s.protocol === 'icmp') yield 0;
    else {
      const starts = s.protocol === 'tcp' ? tcp : udp;
      const offset = s.protocol === 'tcp' ? 1 : 1 + tcp.length;
      for (let i = lowerBound(starts, s.from); i < starts.length && starts[i]! <= s.to; i++) yield offset + i;
    }
  };
  return classify(count, texts, atomsOf);
}
