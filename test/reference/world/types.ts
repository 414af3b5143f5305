// The design as the reference sees it after the desktop-network expansion of
// MODEL.md 2.6: switch instances, members (everything that can own an address
// and join a domain) and routers, all plain data and looked up by brute force.
import type { Cidr } from '../../../src/model/ipv4';
import type { Service } from '../../../src/model/service';
import type { Action, Category, Design, PhysicalSwitch, UplinkRole } from '../../../src/model/types';

/** 2.1 rule 6: `plain` members (not on a PVLAN port group) talk to everyone in their domain. */
export type PvlanRole =
  | { kind: 'plain' }
  | { kind: 'promiscuous' }
  | { kind: 'isolated' }
  | { kind: 'community'; secondary: number };

/** Where a member joins layer 2: one (switching element, VLAN) pair. */
export interface Attachment {
  /** `${element}#${vlan}` */
  pair: string;
  /** `i:<switchId>@<hostId>` for a switch instance, `p:<physicalSwitchId>` for a physical switch. */
  element: string;
  switchId: string;
  host: string | null;
  vlan: number;
  role: PvlanRole;
  /** The port group (or desktop network) it is on; null on a physical switch. */
  network: string | null;
}

export type MemberKind = 'vmNic' | 'vmkernel' | 'interface' | 'hostAdapter';

export type Detached = 'off' | 'no-network' | 'host-not-on-switch' | 'vlan-outside-trunk' | 'external';

export interface Member {
  id: string;
  kind: MemberKind;
  vmId: string | null;
  routerId: string | null;
  /** The host it runs on: a VM's host, a VMkernel's host; null for router interfaces. */
  host: string | null;
  /** VM on and adapter connected (always true for the others). */
  powered: boolean;
  /** The `network` it names (port group or desktop network), if any. */
  network: string | null;
  external: boolean;
  attachments: Attachment[];
  /** Why it joins no domain; null when attached. */
  detached: Detached | null;
  /** Why it would join no domain if it were on and connected (its configuration alone). */
  placement: Detached | null;
  staticAddress: Cidr | null;
  wantsDhcp: boolean;
  staticGateway: number | null;
  mtu: number;
  /** `nic:<id>` when the document draws that link (generated elements have none). */
  linkId: string | null;
  dhcpRange: { from: number; to: number } | null;
  /** The gateway a DHCP range of this interface hands out (2.6 overrides it for desktop networks). */
  leaseGateway: number | null;
  generated: boolean;
  /** Guest-tagging VLAN the adapter asked for (its `vlan`), for vlan-outside-trunk. */
  guestVlan: number | null;
}

export interface Instance {
  key: string;
  switchId: string;
  host: string;
  mtu: number;
  uplinks: { nic: string; role: UplinkRole }[];
  desktop: boolean;
}

export type RefRoute = { to: Cidr; via: number } | { to: Cidr; interface: string };

export type RefNat =
  | { type: 'snat'; interface: string; source: Cidr; translated: number | null }
  | {
      type: 'dnat';
      interface: string;
      destination: number;
      service: Service | null;
      translated: number;
      port: number | null;
    };

export interface RefRule {
  id: string;
  category: Category;
  sources: string[];
  destinations: string[];
  services: string[];
  action: Action;
  /** Distributed firewall only. */
  appliedTo: string[];
  direction: 'in' | 'out' | 'in-out';
  enabled: boolean;
}

export interface RefFirewall {
  default: Action;
  rules: RefRule[];
}

export interface RefRouter {
  id: string;
  generated: boolean;
  interfaces: Member[];
  routes: RefRoute[];
  nat: RefNat[];
  firewall: RefFirewall;
}

export interface World {
  doc: Design;
  instances: Instance[];
  /** VM adapters, VMkernel adapters, router interfaces, then generated members, in document order. */
  members: Member[];
  routers: RefRouter[];
  physical: PhysicalSwitch[];
  dfw: RefFirewall;
  /** 2.6: a workstation host's `ip` and the member that owns it (null: an address outside the design). */
  workstationIps: { host: string; address: number; owner: Member | null }[];
}
