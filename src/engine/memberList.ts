// Every member in document order (VM adapters first, VM by VM, then the
// VMkernel adapters, desktop host adapters and router interfaces), with the
// look-ups by id. When a version changes some VMs in place, keeping each
// one's id and its adapters' ids, their adapters are swapped where they
// stand: the list and maps are updated, not rebuilt, and the swaps reported.
// Earlier versions' nets share these (the evaluator only reads the newest).
// The look-ups by id read positions (positionMap.ts): one map of ids per list.
import type { Vm } from '../model/types';
import { Keyed } from './keep';
import type { Member } from './net';
import { vmMembers } from './normalizeParts';
import { ByPosition } from './positionMap';

/** A member swapped where it stands: its position in the member list. */
export interface MemberSwap {
  before: Member;
  after: Member;
  at: number;
}

const NONE: readonly Member[] = [];

export class MemberList {
  list: Member[] = [];
  /** Position of each member in the list. */
  position = new Map<string, number>();
  byId = new ByPosition<Member>(this.position, this.list);
  private vmPosition = new Map<string, number>();
  vms = new ByPosition<Vm>(this.vmPosition, []);
  private vmArray: readonly Vm[] | null = null;
  private vmParts: Member[][] = [];
  private offsets: number[] = [];
  private readonly kept = new Keyed<Member[]>();
  private lastOthers: Member[] | null = null;

  /** The members that are not VM adapters, kept while their inputs are. */
  others(inputs: readonly unknown[], make: () => Member[]): Member[] {
    return this.kept.get(inputs, make);
  }

  adaptersOf(vmId: string): readonly Member[] {
    const at = this.vmPosition.get(vmId);
    return at === undefined ? NONE : this.vmParts[at]!;
  }

  /** Brings the list to these VMs and other members: the swaps it made, or null when it was rebuilt. */
  update(vms: readonly Vm[], others: Member[]): MemberSwap[] | null {
    if (others === this.lastOthers && vms === this.vmArray) return [];
    const patched = others === this.lastOthers ? this.patch(vms) : null;
    if (patched) return patched;
    this.rebuild(vms, others);
    return null;
  }

  private patch(vms: readonly Vm[]): MemberSwap[] | null {
    const old = this.vmArray!;
    if (vms.length !== old.length) return null;
    const changed: number[] = [];
    for (let i = 0; i < vms.length; i++)
      if (vms[i] !== old[i]) {
        if (vms[i]!.id !== old[i]!.id || (vms[i]!.nics?.length ?? 0) !== this.vmParts[i]!.length) return null;
        // An id given twice is read at its last position: a rebuild says which element that is.
        if (this.vmPosition.get(vms[i]!.id) !== i) return null;
        changed.push(i);
      }
    const changes: MemberSwap[] = [];
    const fresh = changed.map((i) => vmMembers(vms[i]!));
    // A renamed adapter moves in every map keyed by id: rebuild instead.
    const moved = (m: Member, at: number, was: Member) => m.id !== was.id || this.position.get(m.id) !== at;
    if (
      changed.some((i, k) => fresh[k]!.some((m, j) => moved(m, this.offsets[i]! + j, this.vmParts[i]![j]!)))
    )
      return null;
    changed.forEach((i, k) => {
      const parts = fresh[k]!;
      parts.forEach((m, j) => {
        const at = this.offsets[i]! + j;
        changes.push({ before: this.vmParts[i]![j]!, after: m, at });
        this.list[at] = m;
      });
      this.vmParts[i] = parts;
    });
    this.vmArray = vms;
    this.vms.items = vms;
    return changes;
  }

  private rebuild(vms: readonly Vm[], others: Member[]): void {
    const previous = new Map<Vm, Member[]>();
    this.vmArray?.forEach((vm, i) => previous.set(vm, this.vmParts[i]!));
    // One pass fills the list and every map: no entry pairs, no intermediate arrays.
    const list: Member[] = [];
    const position = new Map<string, number>();
    const vmPosition = new Map<string, number>();
    const add = (m: Member) => {
      position.set(m.id, list.length);
      list.push(m);
    };
    this.vmParts = new Array<Member[]>(vms.length);
    this.offsets = new Array<number>(vms.length);
    for (let i = 0; i < vms.length; i++) {
      const vm = vms[i]!;
      const parts = previous.get(vm) ?? vmMembers(vm);
      this.vmParts[i] = parts;
      this.offsets[i] = list.length;
      for (const m of parts) add(m);
      vmPosition.set(vm.id, i);
    }
    for (const m of others) add(m);
    this.list = list;
    this.position = position;
    this.byId = new ByPosition(position, list);
    this.vmPosition = vmPosition;
    this.vms = new ByPosition(vmPosition, vms);
    this.vmArray = vms;
    this.lastOthers = others;
  }
}
