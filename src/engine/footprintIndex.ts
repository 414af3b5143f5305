// The flows by what their walks looked at (footprint.ts): for each member,
// address and VM, the flows whose footprint holds it. A version that changed
// a few members then finds the flows it may touch by looking those up,
// instead of asking every flow's footprint; the answer is the same set of
// flows for which `Footprint.touchedBy(delta)` holds.
import type { ContextDelta } from './delta';
import type { Footprint } from './footprint';

function file<K, F>(index: Map<K, Set<F>>, keys: ReadonlySet<K>, flow: F): void {
  for (const key of keys) {
    let flows = index.get(key);
    if (!flows) index.set(key, (flows = new Set()));
    flows.add(flow);
  }
}

function unfile<K, F>(index: Map<K, Set<F>>, keys: ReadonlySet<K>, flow: F): void {
  for (const key of keys) {
    const flows = index.get(key);
    if (!flows) continue;
    flows.delete(flow);
    if (flows.size === 0) index.delete(key);
  }
}

function collect<K, F>(index: ReadonlyMap<K, ReadonlySet<F>>, keys: ReadonlySet<K>, into: Set<F>): void {
  for (const key of keys) {
    const flows = index.get(key);
    if (flows) for (const flow of flows) into.add(flow);
  }
}

/** Flows (any key object) filed under their footprints' members, addresses and VMs; one footprint per flow. */
export class FootprintIndex<F> {
  private readonly members = new Map<string, Set<F>>();
  private readonly addresses = new Map<number, Set<F>>();
  private readonly vms = new Map<string, Set<F>>();

  add(flow: F, seen: Footprint): void {
    file(this.members, seen.members, flow);
    file(this.addresses, seen.addresses, flow);
    file(this.vms, seen.vms, flow);
  }

  /** Takes out a flow filed with this footprint. */
  remove(flow: F, seen: Footprint): void {
    unfile(this.members, seen.members, flow);
    unfile(this.addresses, seen.addresses, flow);
    unfile(this.vms, seen.vms, flow);
  }

  /** The flows whose footprint meets the delta's members, addresses or VMs. */
  touchedBy(delta: ContextDelta): Set<F> {
    const out = new Set<F>();
    collect(this.members, delta.members, out);
    collect(this.addresses, delta.addresses, out);
    collect(this.vms, delta.vms, out);
    return out;
  }
}
