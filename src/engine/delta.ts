// What one document version changed for the phases after the context
// (problems, flows, link statuses, shadowing): which members (by id) have
// another member object, attachment or address, the addresses they had or
// have, which VMs changed, which whole parts were replaced, and how the old
// version named the changed adapters and addresses (the context that knew is
// updated in place, so the names are taken before it changes).
import type { AddressInfo } from './addresses';
import type { Attachment } from './attachments';
import type { EngineContext } from './context';
import type { Values } from './ruleIndex';

export interface ContextDelta {
  /** No earlier version to compare with, or the wiring changed: take everything as new. */
  everything: boolean;
  /** Members whose member object, attachment or address changed, or that came or went. */
  members: ReadonlySet<string>;
  /** The addresses those members had and have. */
  addresses: ReadonlySet<number>;
  /** VMs (by id) whose object changed, or that came or went. */
  vms: ReadonlySet<string>;
  /** Some member sits in other (switch, VLAN) nodes, or in another PVLAN role. */
  layer2: boolean;
  /** The layer-2 graph was rebuilt (it grew by new nodes: no path it had changed, but domains are renumbered). */
  graph: boolean;
  /**
   * Every domain of the last version is still one, apart from the members that
   * changed (renumbered when the graph grew): members that did not change are
   * adjacent to the same members as before.
   */
  domainsKept: boolean;
  /** A switch's attributes (name, MTU) changed: the switches were replaced. */
  switches: boolean;
  routers: boolean;
  dfw: boolean;
  flows: boolean;
  /** The old version's view of the changed adapters (null: not an adapter then), and of the changed addresses. */
  before: { adapters: Map<string, Values | null>; addresses: Map<number, readonly number[]> };
  /**
   * When the context knows them (it was patched, and every domain kept its
   * number): the domains whose member list is another array, or that came or
   * went, with both lists. Every other domain has the list (same array) it had.
   * Null: compare every list.
   */
  domainLists: readonly DomainListChange[] | null;
}

export interface DomainListChange {
  domain: number;
  /** The last version's list (null: no such domain then) and this version's (null: gone). */
  before: readonly Attachment[] | null;
  after: readonly Attachment[] | null;
}

export const sameInfo = (a: AddressInfo | undefined, b: AddressInfo | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.address === b.address &&
    a.prefix === b.prefix &&
    a.gateway === b.gateway &&
    a.leasedFrom === b.leasedFrom);

export const sameLayer2 = (a: Attachment, b: Attachment): boolean =>
  a.locations.length === b.locations.length &&
  a.locations.every((loc, i) => loc.node === b.locations[i]!.node) &&
  a.role.kind === b.role.kind &&
  (a.role.kind !== 'community' || a.role.secondary === (b.role as typeof a.role).secondary) &&
  a.secondary === b.secondary;

/** Collects a delta member by member, reading the old version's names as it goes (before it changes). */
export class DeltaBuilder {
  readonly members = new Set<string>();
  readonly addresses = new Set<number>();
  readonly before: ContextDelta['before'] = { adapters: new Map(), addresses: new Map() };
  layer2 = false;

  constructor(private readonly prev: EngineContext) {}

  /** A member that changed; its old attachment (member) and address, as the old version had them. */
  member(
    id: string,
    before: Attachment | undefined,
    after: Attachment | undefined,
    oldInfo: AddressInfo | undefined,
  ): void {
    this.members.add(id);
    if (!before || !after || !sameLayer2(before, after)) this.layer2 = true;
    const old = before?.member;
    if (!this.before.adapters.has(id))
      this.before.adapters.set(
        id,
        old?.dfw ? { names: this.prev.selectors.namesOf(old), value: oldInfo?.address ?? null } : null,
      );
    if (oldInfo) this.address(oldInfo.address);
  }

  /** An address whose owners may have changed: its old owners' names. */
  address(address: number): void {
    if (this.addresses.has(address)) return;
    this.addresses.add(address);
    this.before.addresses.set(address, this.prev.selectors.namesAt(address));
  }
}

const EVERYTHING: Omit<ContextDelta, 'graph'> = {
  everything: true,
  domainsKept: false,
  members: new Set(),
  addresses: new Set(),
  vms: new Set(),
  layer2: true,
  switches: true,
  routers: true,
  dfw: true,
  flows: true,
  before: { adapters: new Map(), addresses: new Map() },
  domainLists: null,
};

export function everything(): ContextDelta {
  return { ...EVERYTHING, graph: true };
}

/** The parts of a delta that compare whole parts of the two versions. */
export function wholeParts(prev: EngineContext, next: EngineContext) {
  return {
    graph: prev.graph !== next.graph,
    vms: changedVms(prev, next),
    switches: prev.net.switches !== next.net.switches,
    routers: prev.net.routers !== next.net.routers,
    dfw: prev.net.dfw !== next.net.dfw,
    flows: prev.net.doc.flows !== next.net.doc.flows,
  };
}

/** Every member compared: for a version whose member list was rebuilt (prev is intact). */
export function diffContexts(prev: EngineContext, next: EngineContext): ContextDelta {
  const d = new DeltaBuilder(prev);
  const changed = (id: string, before: Attachment | undefined, after: Attachment | undefined) => {
    d.member(id, before, after, prev.addressing.of.get(id));
    const info = next.addressing.of.get(id);
    if (info) d.address(info.address);
  };
  for (const m of next.net.members) {
    const before = prev.attachments.get(m.id);
    const after = next.attachments.get(m.id)!;
    if (prev.net.memberById.get(m.id) !== m || before !== after) changed(m.id, before, after);
    else if (!sameInfo(prev.addressing.of.get(m.id), next.addressing.of.get(m.id)))
      changed(m.id, before, after);
  }
  if (prev.net.members !== next.net.members)
    for (const m of prev.net.members)
      if (!next.net.memberById.has(m.id)) changed(m.id, prev.attachments.get(m.id), undefined);
  return {
    everything: false,
    members: d.members,
    addresses: d.addresses,
    layer2: d.layer2,
    before: d.before,
    domainLists: null,
    // A rebuilt graph was grown from the whole member list, with nothing to show that no domains joined.
    domainsKept: prev.graph === next.graph,
    ...wholeParts(prev, next),
  };
}

function changedVms(prev: EngineContext, next: EngineContext): Set<string> {
  const out = new Set<string>();
  const a = prev.net.doc.vms ?? [];
  const b = next.net.doc.vms ?? [];
  if (a === b) return out;
  if (a.length === b.length) {
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i]) {
        out.add(a[i]!.id);
        out.add(b[i]!.id);
      }
    return out;
  }
  const before = new Map(a.map((vm) => [vm.id, vm]));
  for (const vm of b) if (before.get(vm.id) !== vm) out.add(vm.id);
  const after = new Set(b.map((vm) => vm.id));
  for (const vm of a) if (!after.has(vm.id)) out.add(vm.id);
  return out;
}
