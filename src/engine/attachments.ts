// Attachment (MODEL.md 2.1 rules 1, 6 and 7): which (switching element, VLAN)
// pairs each member joins, and how private VLANs let it talk.
import { vlanListHas } from '../model/vlanList';
import { instanceKey, type Instance } from './instances';
import type { Member, Net, PortGroupNet } from './net';

export type PvlanRole =
  { kind: 'promiscuous' } | { kind: 'isolated' } | { kind: 'community'; secondary: number };

/** One (switching element, VLAN) pair a member sits in. A distributed router interface has one per host. */
export interface Location {
  node: string;
  /** The switch instance, or null on a physical switch. */
  instance: Instance | null;
  physical: string | null;
  host: string | null;
  vlan: number;
}

export interface Attachment {
  member: Member;
  portGroup: PortGroupNet | null;
  /** Empty when the member is off or cannot attach. */
  locations: Location[];
  external: boolean;
  /** host-not-on-switch: the host that lacks the switch of the member's network. */
  hostMissing: string | null;
  /** vlan-outside-trunk: a guest-tagging member whose VLAN is missing or outside the trunk. */
  vlanOutsideTrunk: boolean;
  role: PvlanRole;
  /** The VLANs its frames need carried, as its switch instance sends them (a PVLAN: primary, secondary). */
  needs: number[];
  /** A PVLAN secondary other than the primary: its frames also need it carried (2.1 rule 4). */
  secondary: number | null;
}

export const instanceNode = (instance: string, vlan: number): string => `i|${instance}|${vlan}`;
export const physicalNode = (switchId: string, vlan: number): string => `p|${switchId}|${vlan}`;

const PROMISCUOUS: PvlanRole = { kind: 'promiscuous' };

/** Rule 6: either end promiscuous, or both in one community. Members of plain VLANs are promiscuous. */
export function canTalk(a: PvlanRole, b: PvlanRole): boolean {
  if (a.kind === 'promiscuous' || b.kind === 'promiscuous') return true;
  return a.kind === 'community' && b.kind === 'community' && a.secondary === b.secondary;
}

function blank(member: Member, portGroup: PortGroupNet | null = null): Attachment {
  return {
    member,
    portGroup,
    locations: [],
    external: false,
    hostMissing: null,
    vlanOutsideTrunk: false,
    role: PROMISCUOUS,
    needs: [],
    secondary: null,
  };
}

function onNetwork(
  net: Net,
  instances: Map<string, Instance>,
  member: Member,
  network: string,
  host: string | null,
): Attachment {
  const pg = net.portGroups.get(network) ?? null;
  const out = blank(member, pg);
  const sw = pg ? net.switches.get(pg.switchId) : undefined;
  if (!pg || !sw || !pg.form) return out;
  const form = pg.form;
  let vlan: number;
  if (form.kind === 'plain') vlan = form.vlan;
  else if (form.kind === 'guest') {
    const tag = member.guestVlan;
    out.vlanOutsideTrunk = tag === null || !vlanListHas(form.ranges, tag);
    vlan = tag ?? 0;
  } else {
    vlan = form.primary;
    if (member.kind !== 'interface' && form.type !== 'promiscuous') {
      out.role =
        form.type === 'isolated' ? { kind: 'isolated' } : { kind: 'community', secondary: form.secondary };
      out.secondary = form.secondary;
    }
  }
  out.needs = out.secondary === null ? [vlan] : [vlan, out.secondary];
  const hosts = host === null ? sw.hosts : [host];
  const carrying = hosts.filter((h) => sw.hosts.includes(h));
  if (host !== null && carrying.length === 0) out.hostMissing = host;
  if (!member.on || out.vlanOutsideTrunk) return out;
  for (const h of carrying) {
    const instance = instances.get(instanceKey(sw.id, h));
    if (instance)
      out.locations.push({ node: instanceNode(instance.key, vlan), instance, physical: null, host: h, vlan });
  }
  return out;
}

export function attach(net: Net, instances: Map<string, Instance>, member: Member): Attachment {
  const spec = member.attach;
  switch (spec.kind) {
    case 'none':
      return blank(member);
    case 'external':
      return { ...blank(member), external: true };
    case 'physical': {
      const out = blank(member);
      out.needs = [spec.vlan];
      if (member.on && net.physical.has(spec.switchId))
        out.locations.push({
          node: physicalNode(spec.switchId, spec.vlan),
          instance: null,
          physical: spec.switchId,
          host: null,
          vlan: spec.vlan,
        });
      return out;
    }
    case 'network':
      return onNetwork(net, instances, member, spec.network, spec.host);
  }
}

export function attachAll(net: Net, instances: Map<string, Instance>): Map<string, Attachment> {
  return new Map(net.members.map((m) => [m.id, attach(net, instances, m)]));
}
