// A rule's packets as a box of exact value sets, one per dimension: adapter
// (index among the VM adapters), direction (0 in, 1 out), source, destination
// (addresses) and service (compiledRule.ts's line). Outside addresses are in
// it as they are: a CIDR or "any" holds them, a name never does. Gateway rules
// have one adapter and one direction. Built lazily, for the few rules
// shadowing has to look at closely, and only valid for one version of the
// adapters and their addresses.
import type { CompiledRule } from './compiledRule';
import { DIRECTION_IN, DIRECTION_OUT } from './compiledRule';
import { EMPTY, fromValues, range, union, type Intervals } from './intervals';
import type { Probe, RuleIndex } from './ruleIndex';
import type { Selector, SelectorIndex } from './selectors';

export type Box = readonly Intervals[];
export type Point = readonly number[];

export const DIMS = 5;
const ADDRESS_MAX = 2 ** 32 - 1;
const SINGLE = range(0, 0);

export class RuleBoxes {
  private readonly boxes = new Map<number, Box>();
  private readonly addresses = new Map<string, Intervals>();
  private readonly adapters = new Map<string, Intervals>();

  constructor(
    readonly index: RuleIndex,
    readonly selectors: SelectorIndex,
    readonly distributed: boolean,
  ) {}

  box(i: number): Box {
    let box = this.boxes.get(i);
    if (box) return box;
    const c = this.index.rules[i]!;
    box = [
      this.distributed ? this.adapterDimension(c) : SINGLE,
      this.distributed ? directionDimension(c) : SINGLE,
      this.addressDimension(c.sources),
      this.addressDimension(c.destinations),
      c.services,
    ];
    this.boxes.set(i, box);
    return box;
  }

  /**
   * One point of a rule's box without building the box, or null when the box
   * is empty; undefined when that is not cheap to tell (an appliedTo CIDR).
   */
  anyPoint(i: number): Point | null | undefined {
    const c = this.index.rules[i]!;
    const adapter = this.distributed ? this.anyAdapter(c.appliedTo ?? []) : 0;
    if (adapter === undefined) return undefined;
    const src = this.anyAddress(c.sources);
    const dst = this.anyAddress(c.destinations);
    if (adapter === null || src === null || dst === null || c.services.length === 0) return null;
    const direction = this.distributed && !(c.directions & DIRECTION_IN) ? 1 : 0;
    return [adapter, direction, src, dst, c.services[0]!];
  }

  private anyAdapter(list: readonly Selector[]): number | null | undefined {
    for (const s of list) {
      if (s.kind === 'cidr') return undefined;
      if (s.kind === 'any') return this.selectors.adapters.length > 0 ? 0 : null;
      const first = this.selectors.members(s)[0];
      if (first) return this.selectors.adapterIndex.get(first.id)!;
    }
    return null;
  }

  private anyAddress(list: readonly Selector[]): number | null {
    for (const s of list) {
      if (s.kind !== 'set') return s.kind === 'any' ? 0 : s.lo;
      for (const m of this.selectors.members(s)) {
        const address = this.selectors.addressOf(m);
        if (address !== null) return address;
      }
    }
    return null;
  }

  /** The packet a point of the space stands for. */
  probe(p: Point): Probe {
    return {
      adapter: this.distributed ? this.selectors.adapters[p[0]!]! : null,
      direction: p[1] === 0 ? DIRECTION_IN : DIRECTION_OUT,
      src: p[2]!,
      dst: p[3]!,
      service: p[4]!,
    };
  }

  private addressDimension(list: readonly Selector[]): Intervals {
    if (list.length === 1) return this.addressSet(list[0]!);
    let out = EMPTY;
    for (const s of list) out = union(out, this.addressSet(s));
    return out;
  }

  addressSet(s: Selector): Intervals {
    if (s.kind === 'any') return range(0, ADDRESS_MAX);
    if (s.kind === 'cidr') return range(s.lo, s.hi);
    let set = this.addresses.get(s.text);
    if (!set) {
      const values: number[] = [];
      for (const m of this.selectors.members(s)) {
        const address = this.selectors.addressOf(m);
        if (address !== null) values.push(address);
      }
      set = fromValues(values);
      this.addresses.set(s.text, set);
    }
    return set;
  }

  private adapterDimension(c: CompiledRule): Intervals {
    if (c.appliedTo?.length === 1) return this.adapterSet(c.appliedTo[0]!);
    let out = EMPTY;
    for (const s of c.appliedTo ?? []) out = union(out, this.adapterSet(s));
    return out;
  }

  adapterSet(s: Selector): Intervals {
    const all = this.selectors.adapters;
    if (s.kind === 'any') return range(0, all.length - 1);
    const key = s.kind === 'cidr' ? `${s.lo}-${s.hi}` : s.text;
    let set = this.adapters.get(key);
    if (!set) {
      const values: number[] = [];
      if (s.kind === 'cidr')
        all.forEach((m, i) => {
          const address = this.selectors.addressOf(m);
          if (address !== null && address >= s.lo && address <= s.hi) values.push(i);
        });
      else for (const m of this.selectors.members(s)) values.push(this.selectors.adapterIndex.get(m.id)!);
      set = fromValues(values);
      this.adapters.set(key, set);
    }
    return set;
  }
}

function directionDimension(c: CompiledRule): Intervals {
  const from = c.directions & DIRECTION_IN ? 0 : 1;
  const to = c.directions & DIRECTION_OUT ? 1 : 0;
  return range(from, to);
}
