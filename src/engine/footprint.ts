// What one flow's walk looked at, so that a later version of the document can
// tell whether the walk would still end the same: the members (by id) whose
// member, attachment or address it read, the addresses whose owners it asked
// for (a firewall decision asks for both of its packet's addresses), and the
// VMs it looked up, the switches whose attributes it read, and each decision
// of the distributed firewall (its packet and outcome: a new rule set that
// decides them alike walks the same). Everything else a walk reads (routers,
// wiring) is compared whole by the flow phase.
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { decideDistributed, type Decision } from './dfw';
import type { Member, SwitchNet } from './net';
import type { Packet } from './packet';

interface DfwDecision {
  adapter: Member;
  direction: 'in' | 'out';
  packet: Packet;
  decision: Decision;
}

export class Footprint {
  readonly members = new Set<string>();
  readonly addresses = new Set<number>();
  readonly vms = new Set<string>();
  readonly switches = new Set<string>();
  /** The walk went over every switch (a workstation's networks). */
  allSwitches = false;
  private readonly decisions: DfwDecision[] = [];

  /** A distributed firewall decision, with a copy of the packet as it was then. */
  decided(adapter: Member, direction: 'in' | 'out', packet: Packet, decision: Decision): void {
    this.decisions.push({ adapter, direction, packet: { ...packet }, decision });
  }

  /** Whether the walk read one of these switches. */
  readsSwitches(changed: ReadonlySet<string>): boolean {
    return changed.size > 0 && (this.allSwitches || meets(this.switches, changed));
  }

  /** Whether this version's distributed firewall decides every packet the walk asked about alike. */
  decidesAlike(ctx: EngineContext): boolean {
    return this.decisions.every((x) => {
      const d = decideDistributed(ctx.selectors, ctx.net.dfw, x.adapter, x.direction, x.packet);
      return d.action === x.decision.action && d.rule === x.decision.rule;
    });
  }

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

/**
 * A read-only map that notes every key it is asked about. A walk over all of it is noted by
 * `all`; without `all` the walk is a bug (a flow must not depend on every member or address).
 */
class Recording<K, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly inner: ReadonlyMap<K, V>,
    private readonly seen: Set<K>,
    private readonly all?: () => void,
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
  private walked(): void {
    if (!this.all) throw new Error('a flow walk may not iterate over members or addresses');
    this.all();
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    this.walked();
    this.inner.forEach((v, k) => fn(v, k, this));
  }
  entries(): MapIterator<[K, V]> {
    this.walked();
    return this.inner.entries();
  }
  keys(): MapIterator<K> {
    this.walked();
    return this.inner.keys();
  }
  values(): MapIterator<V> {
    this.walked();
    return this.inner.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
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
      // The walk only reads the switches; Net types them as a Map.
      switches: new Recording(net.switches, seen.switches, () => (seen.allSwitches = true)) as unknown as Map<
        string,
        SwitchNet
      >,
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
