// Attachment (MODEL.md 2.1 rules 1, 6 and 7): which (switching element, VLAN)
// pairs each member joins, and how private VLANs let it talk.
import { vlanListHas } from '../model/vlanList';
import { instanceKey, type Instance } from './instances';
import type { Member, Net, PortGroupNet } from './net';

export type PvlanRole =
  { kind: 'promiscuous' } | { kind: 'isolated' } | { kind: 'community'; secondary: number };

/**
 * One (switching element, VLAN) pair a member sits in. A distributed router
 * interface has one per host. The members on one switch instance and VLAN
 * share one location object: it is plain data, never compared by identity.
 */
export interface Location {
  node: string;
  /** The switch instance, or null on a physical switch. */
  instance: Instance | null;
  physical: string | null;
  host: string | null;
  vlan: number;
  /** domains.ts nodeOf's memo: the graph index last looked up in, and the node's number there. */
  indexedIn: ReadonlyMap<string, number> | null;
  indexedAt: number;
}

export interface Attachment {
  member: Member;
  portGroup: PortGroupNet | null;
  /** Empty when the member is off or cannot attach. Shared by the members of one location: never changed. */
  locations: readonly Location[];
  external: boolean;
  /** host-not-on-switch: the host that lacks the switch of the member's network. */
  hostMissing: string | null;
  /** vlan-outside-trunk: a guest-tagging member whose VLAN is missing or outside the trunk. */
  vlanOutsideTrunk: boolean;
  role: PvlanRole;
  /** A PVLAN secondary other than the primary: its frames also need it carried (2.1 rule 4). */
  secondary: number | null;
}

export const instanceNode = (instance: string, vlan: number): string => `i|${instance}|${vlan}`;
export const physicalNode = (switchId: string, vlan: number): string => `p|${switchId}|${vlan}`;

const PROMISCUOUS: PvlanRole = { kind: 'promiscuous' };
const ISOLATED: PvlanRole = { kind: 'isolated' };

/** Rule 6: either end promiscuous, or both in one community. Members of plain VLANs are promiscuous. */
export function canTalk(a: PvlanRole, b: PvlanRole): boolean {
  if (a.kind === 'promiscuous' || b.kind === 'promiscuous') return true;
  return a.kind === 'community' && b.kind === 'community' && a.secondary === b.secondary;
}

/** No location: shared by every member that has none. */
const NOWHERE: readonly Location[] = [];

function blank(member: Member, portGroup: PortGroupNet | null = null): Attachment {
  return {
    member,
    portGroup,
    locations: NOWHERE,
    external: false,
    hostMissing: null,
    vlanOutsideTrunk: false,
    role: PROMISCUOUS,
    secondary: null,
  };
}

function location(
  node: string,
  instance: Instance | null,
  physical: string | null,
  host: string | null,
  vlan: number,
): Location {
  return { node, instance, physical, host, vlan, indexedIn: null, indexedAt: -1 };
}

/** A switch instance on a host, with the locations on it by VLAN, each as the list of it alone. */
interface Seat {
  instance: Instance;
  byVlan: Map<number, readonly [Location]>;
}

/**
 * The instances of one wiring by switch and host, with their shared
 * locations: a member finds its location without making a key or a node
 * text, and thousands of members on one port group make one location.
 */
class Seats {
  private readonly bySwitch = new Map<string, Map<string, Seat | null>>();

  constructor(private readonly instances: ReadonlyMap<string, Instance>) {}

  /** The location as a list of it alone, shared by every member there (one list, not one per member). */
  alone(switchId: string, host: string, vlan: number): readonly [Location] | null {
    let hosts = this.bySwitch.get(switchId);
    if (!hosts) this.bySwitch.set(switchId, (hosts = new Map()));
    let seat = hosts.get(host);
    if (seat === undefined) {
      const instance = this.instances.get(instanceKey(switchId, host));
      hosts.set(host, (seat = instance ? { instance, byVlan: new Map() } : null));
    }
    if (seat === null) return null;
    let alone = seat.byVlan.get(vlan);
    if (!alone) {
      const instance = seat.instance;
      alone = [location(instanceNode(instance.key, vlan), instance, null, host, vlan)];
      seat.byVlan.set(vlan, alone);
    }
    return alone;
  }
}

const seatsOf = new WeakMap<ReadonlyMap<string, Instance>, Seats>();

function seats(instances: ReadonlyMap<string, Instance>): Seats {
  let found = seatsOf.get(instances);
  if (!found) seatsOf.set(instances, (found = new Seats(instances)));
  return found;
}

function onNetwork(
  net: Net,
  instances: ReadonlyMap<string, Instance>,
  member: Member,
  network: string,
  host: string | null,
): Attachment {
  const pg = net.portGroups.get(network) ?? null;
  const sw = pg ? net.switches.get(pg.switchId) : undefined;
  if (!pg || !sw || !pg.form) return blank(member, pg);
  const form = pg.form;
  let vlan: number;
  let vlanOutsideTrunk = false;
  let role = PROMISCUOUS;
  let secondary: number | null = null;
  if (form.kind === 'plain') vlan = form.vlan;
  else if (form.kind === 'guest') {
    const tag = member.guestVlan;
    vlanOutsideTrunk = tag === null || !vlanListHas(form.ranges, tag);
    vlan = tag ?? 0;
  } else {
    vlan = form.primary;
    if (member.kind !== 'interface' && form.type !== 'promiscuous') {
      role = form.type === 'isolated' ? ISOLATED : { kind: 'community', secondary: form.secondary };
      secondary = form.secondary;
    }
  }
  const hostMissing = host !== null && !sw.hosts.includes(host) ? host : null;
  let locations: readonly Location[] = NOWHERE;
  if (member.on && !vlanOutsideTrunk) {
    const at = seats(instances);
    if (host !== null) locations = (hostMissing === null ? at.alone(sw.id, host, vlan) : null) ?? NOWHERE;
    else {
      const copies: Location[] = [];
      for (const h of sw.hosts) {
        const alone = at.alone(sw.id, h, vlan);
        if (alone) copies.push(alone[0]);
      }
      locations = copies;
    }
  }
  return {
    member,
    portGroup: pg,
    locations,
    external: false,
    hostMissing,
    vlanOutsideTrunk,
    role,
    secondary,
  };
}

export function attach(net: Net, instances: ReadonlyMap<string, Instance>, member: Member): Attachment {
  const spec = member.attach;
  switch (spec.kind) {
    case 'none':
      return blank(member);
    case 'external':
      return { ...blank(member), external: true };
    case 'physical': {
      const out = blank(member);
      if (member.on && net.physical.has(spec.switchId))
        out.locations = [
          location(physicalNode(spec.switchId, spec.vlan), null, spec.switchId, null, spec.vlan),
        ];
      return out;
    }
    case 'network':
      return onNetwork(net, instances, member, spec.network, spec.host);
  }
}

export function attachAll(net: Net, instances: Map<string, Instance>): Map<string, Attachment> {
  return new Map(net.members.map((m) => [m.id, attach(net, instances, m)]));
}
