// A rule's packets as a box of exact value sets, one per dimension: adapter
// (index among the VM adapters), direction (0 in, 1 out), source, destination
// (addresses) and service (compiledRule.ts's line). Outside addresses are in
// it as they are: a CIDR or "any" holds them, a name never does. Gateway rules
// have one adapter and one direction. Built lazily, for the few rules
// shadowing has to look at closely. A box is only valid for one version of
// the adapters and their addresses: `next` carries the boxes to the next
// version of the same selector index, less those a changed name reaches.
import type { CompiledRule } from './compiledRule';
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { DIRECTION_IN, DIRECTION_OUT } from './compiledRule';
import { contains, EMPTY, fromValues, range, subtract, union, type Intervals } from './intervals';
import type { Probe, RuleIndex, Values } from './ruleIndex';
import type { DimensionLook } from './ruleLooks';
import type { Selector, SelectorIndex } from './selectors';

export type Box = readonly Intervals[];
export type Point = readonly number[];

export const DIMS = 5;
const ADDRESS_MAX = 2 ** 32 - 1;
const SINGLE = range(0, 0);

/** One VM adapter swapped in place (same position): how the last version and this one name it, and its address. */
export interface AdapterMove {
  /** Its position among the VM adapters. */
  at: number;
  before: Values;
  after: Values;
}

/** The VM adapters swapped in place, as the last version and this one see them; null when one came or went. */
export function adapterMoves(ctx: EngineContext, delta: ContextDelta): AdapterMove[] | null {
  const moves: AdapterMove[] = [];
  for (const id of delta.members) {
    const before = delta.before.adapters.get(id) ?? null;
    const now = ctx.net.memberById.get(id);
    const after = now?.dfw
      ? { names: ctx.selectors.namesOf(now), value: ctx.selectors.addressOf(now) }
      : null;
    if (!before && !after) continue;
    const at = ctx.selectors.adapterIndex.get(id);
    if (!before || !after || at === undefined) return null;
    moves.push({ at, before, after });
  }
  return moves;
}

/** Past this many moves or looks, the looks are dropped rather than checked against every move since they were made. */
const MOVES_KEPT = 256;
const LOOKS_KEPT = 4096;

interface KeptLook {
  look: DimensionLook;
  /** The number of moves logged when it was made: only later moves can have changed it. */
  since: number;
}

export class RuleBoxes {
  // By rule object and selector name, not position, so that they outlive rules added before them.
  private readonly boxes: Map<CompiledRule, Box>;
  private readonly addresses: Map<number, Intervals>;
  private readonly adapters: Map<number, Intervals>;
  private readonly cidrAdapters: Map<string, Intervals>;
  /** Looks by dimension and by the box's values there (the same set object while it is unchanged). */
  private readonly looks: Map<Intervals, KeptLook>[];
  /** The adapters moved since the looks were last dropped. */
  private readonly moves: AdapterMove[];

  constructor(
    readonly index: RuleIndex,
    readonly selectors: SelectorIndex,
    readonly distributed: boolean,
    /** Boxes handed on by `next`, which are taken over, not copied: `from` is not used again. */
    from?: RuleBoxes,
  ) {
    this.boxes = from?.boxes ?? new Map();
    this.addresses = from?.addresses ?? new Map();
    this.adapters = from?.adapters ?? new Map();
    this.cidrAdapters = from?.cidrAdapters ?? new Map();
    this.looks = from?.looks ?? [new Map(), new Map(), new Map()];
    this.moves = from?.moves ?? [];
  }

  /**
   * The look of a box's values in one index dimension, made again only when
   * an adapter moved in or out of those values (or the index changed) since.
   */
  look(filed: number, values: Intervals, make: () => DimensionLook): DimensionLook {
    const looks = this.looks[filed]!;
    const kept = looks.get(values);
    if (kept && !this.movedSince(kept.since, filed, values)) return kept.look;
    const look = make();
    looks.set(values, { look, since: this.moves.length });
    return look;
  }

  private movedSince(since: number, filed: number, values: Intervals): boolean {
    for (let k = since; k < this.moves.length; k++) {
      const { at, before, after } = this.moves[k]!;
      if (filed === 0 ? contains(values, at) : holdsEither(values, before.value, after.value)) return true;
    }
    return false;
  }

  /**
   * The boxes of the next version, for the same selector index updated in
   * place by these moves: each cached set of a name or CIDR the moves reach
   * is patched (one value in or out), and the boxes of the rules naming such
   * a name (or an appliedTo CIDR, when an address moved) are dropped, to be
   * made again from the sets. Boxes of rules no longer in the index are
   * dropped too, as they may come back after changes they missed. This object
   * must not be used afterwards.
   */
  next(index: RuleIndex, moves: readonly AdapterMove[]): RuleBoxes {
    const out = new RuleBoxes(index, this.selectors, this.distributed, this);
    if (index !== this.index) {
      const rules = new Set(index.rules);
      for (const c of out.boxes.keys()) if (!rules.has(c)) out.boxes.delete(c);
    }
    // A look lists rules by position, and names what its adapters or addresses hold.
    out.moves.push(...moves);
    if (index !== this.index || out.moves.length > MOVES_KEPT || out.looks.some((l) => l.size > LOOKS_KEPT)) {
      for (const looks of out.looks) looks.clear();
      out.moves.length = 0;
    }
    const names = new Set<number>();
    let moved = false;
    for (const move of moves) {
      for (const name of move.before.names) names.add(name);
      for (const name of move.after.names) names.add(name);
      moved ||= move.before.value !== move.after.value;
      out.patchSets(move);
    }
    // Only when some adapter moved: the mentions are built on first use, over every rule of the index.
    if (names.size > 0)
      for (let d = 0; d < 3; d++) {
        const mentions = index.mentioning(d);
        for (const name of names)
          for (const i of mentions.byName.get(name) ?? []) out.boxes.delete(index.rules[i]!);
      }
    if (moved) for (const i of index.mentioning(0).cidr) out.boxes.delete(index.rules[i]!);
    return out;
  }

  /** The cached sets made true again after one adapter's move; the selector index already has the new version. */
  private patchSets({ at, before, after }: AdapterMove): void {
    const position = range(at, at);
    for (const name of new Set([...before.names, ...after.names])) {
      const adapters = this.adapters.get(name);
      if (adapters) {
        const named = after.names.includes(name);
        if (named !== before.names.includes(name))
          this.adapters.set(name, named ? union(adapters, position) : subtract(adapters, position));
      }
      let addresses = this.addresses.get(name);
      if (!addresses) continue;
      const old = before.value;
      if (old !== null && !this.nameOwns(name, old)) addresses = subtract(addresses, range(old, old));
      if (after.value !== null && after.names.includes(name))
        addresses = union(addresses, range(after.value, after.value));
      this.addresses.set(name, addresses);
    }
    if (before.value === after.value) return;
    for (const [key, set] of this.cidrAdapters) {
      const [lo, hi] = key.split('-').map(Number) as [number, number];
      const was = before.value !== null && before.value >= lo && before.value <= hi;
      const is = after.value !== null && after.value >= lo && after.value <= hi;
      if (was !== is) this.cidrAdapters.set(key, is ? union(set, position) : subtract(set, position));
    }
  }

  /** Whether some VM adapter that `name` names owns the address now. */
  private nameOwns(name: number, address: number): boolean {
    const owners = this.selectors.addressing.owners.get(address) ?? [];
    return owners.some((m) => m.dfw && this.selectors.namesOf(m).includes(name));
  }

  box(i: number): Box {
    const c = this.index.rules[i]!;
    let box = this.boxes.get(c);
    if (box) return box;
    box = [
      this.distributed ? this.adapterDimension(c) : SINGLE,
      this.distributed ? directionDimension(c) : SINGLE,
      this.addressDimension(c.sources),
      this.addressDimension(c.destinations),
      c.services,
    ];
    this.boxes.set(c, box);
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
      const first = this.selectors.firstNamed(s);
      if (first) return first.position;
    }
    return null;
  }

  private anyAddress(list: readonly Selector[]): number | null {
    for (const s of list) {
      if (s.kind !== 'set') return s.kind === 'any' ? 0 : s.lo;
      const address = this.selectors.firstNamed(s)?.address ?? null;
      if (address !== null) return address;
    }
    return null;
  }

  /** The packet a point of the space stands for. */
  probe(p: Point): Probe {
    const direction = p[1] === 0 ? DIRECTION_IN : DIRECTION_OUT;
    if (!this.distributed) return { adapter: null, direction, src: p[2]!, dst: p[3]!, service: p[4]! };
    const position = p[0]!;
    return {
      adapter: this.selectors.adapters[position]!,
      position,
      direction,
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
    let set = this.addresses.get(s.name);
    if (!set) {
      const values: number[] = [];
      for (const position of this.selectors.positions(s)) {
        const address = this.selectors.addressAtPosition(position);
        if (address !== null) values.push(address);
      }
      set = fromValues(values);
      this.addresses.set(s.name, set);
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
    if (s.kind === 'cidr') {
      const key = `${s.lo}-${s.hi}`;
      let set = this.cidrAdapters.get(key);
      if (!set) {
        const values: number[] = [];
        for (let i = 0; i < all.length; i++) {
          const address = this.selectors.addressAtPosition(i);
          if (address !== null && address >= s.lo && address <= s.hi) values.push(i);
        }
        this.cidrAdapters.set(key, (set = fromValues(values)));
      }
      return set;
    }
    let set = this.adapters.get(s.name);
    if (!set) {
      this.adapters.set(s.name, (set = fromValues(this.selectors.positions(s))));
    }
    return set;
  }
}

function directionDimension(c: CompiledRule): Intervals {
  const from = c.directions & DIRECTION_IN ? 0 : 1;
  const to = c.directions & DIRECTION_OUT ? 1 : 0;
  return range(from, to);
}

const holdsEither = (values: Intervals, a: number | null, b: number | null): boolean =>
  (a !== null && contains(values, a)) || (b !== null && contains(values, b));
