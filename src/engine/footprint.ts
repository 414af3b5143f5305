// What one flow's walk looked at, so that a later version of the document can
// tell whether the walk would still end the same: the members (by id) whose
// member, attachment or address it read, the addresses whose owners it asked
// for (a firewall decision asks for both of its packet's addresses), and the
// VMs it looked up. Everything else a walk reads (switches, routers, wiring,
// rules) is compared whole by the flow phase.
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';

export class Footprint {
  readonly members = new Set<string>();
  readonly addresses = new Set<number>();
  readonly vms = new Set<string>();

  /** Whether a version with these changes may end the walk differently. */
  touchedBy(delta: ContextDelta): boolean {
    return (
      meets(this.members, delta.members) ||
      meets(this.addresses, delta.addresses) ||
      meets(this.vms, delta.vms)
    );
  }
}

function meets<T>(mine: ReadonlySet<T>, changed: ReadonlySet<T>): boolean {
  if (changed.size === 0) return false;
  const [small, large] = mine.size <= changed.size ? [mine, changed] : [changed, mine];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** A read-only map that notes every key it is asked about; walking all of it is not expected. */
class Recording<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly inner: ReadonlyMap<K, V>,
    private readonly seen: Set<K>,
  ) {}
  get(key: K): V | undefined {
    this.seen.add(key);
    return this.inner.get(key);
  }
  has(key: K): boolean {
    this.seen.add(key);
    return this.inner.has(key);
  }
  get size(): number {
    return this.inner.size;
  }
  forEach(): never {
    throw new Error('a flow walk may not iterate over members or addresses');
  }
  entries(): never {
    return this.forEach();
  }
  keys(): never {
    return this.forEach();
  }
  values(): never {
    return this.forEach();
  }
  [Symbol.iterator](): never {
    return this.forEach();
  }
}

/** The context as one flow's walk sees it: the same data, every member, address and VM look-up noted. */
export function recordingContext(ctx: EngineContext, seen: Footprint): EngineContext {
  const net = ctx.net;
  return {
    ...ctx,
    net: {
      ...net,
      memberById: new Recording(net.memberById, seen.members),
      vms: new Recording(net.vms, seen.vms),
      adaptersOf: (vmId) => {
        seen.vms.add(vmId);
        return net.adaptersOf(vmId);
      },
    },
    attachments: new Recording(ctx.attachments, seen.members),
    addressing: {
      ...ctx.addressing,
      of: new Recording(ctx.addressing.of, seen.members),
      owners: new Recording(ctx.addressing.owners, seen.addresses),
    },
  };
}
