// The design as the evaluator sees it: every default filled in, every address
// parsed, and desktop networks (MODEL.md 2.6) already expanded into the
// general model. Built once per document by normalize.ts; every later phase
// reads only this.
import type { Cidr } from '../model/ipv4';
import type { Service } from '../model/service';
import type { Action, Category, Design, Pvlan, UplinkRole, Vm } from '../model/types';
import type { VlanRange } from '../model/vlanList';

export type MemberKind = 'vmNic' | 'vmkernel' | 'interface' | 'hostAdapter';

/** Where a member asks to be attached; rule 1 of 2.1 decides whether it is. */
export type AttachSpec =
  | { kind: 'none' }
  | { kind: 'external' }
  | { kind: 'physical'; switchId: string; vlan: number }
  /** host null: every host that carries the network's switch (a distributed router interface). */
  | { kind: 'network'; network: string; host: string | null };

export interface DhcpRange {
  from: number;
  to: number;
  /** The gateway leases get: the interface's own address, none (host-only) or the NAT router's .2. */
  leaseGateway: number | null;
}

/** Anything with an address that joins a layer-2 domain: VM and VMkernel adapters, router interfaces. */
export interface Member {
  id: string;
  kind: MemberKind;
  /** The VM, host or router it belongs to. */
  owner: string;
  label: string;
  /** Its `nic:` link (2.7); null for generated elements, which are not drawn. */
  link: string | null;
  attach: AttachSpec;
  ip: Cidr | 'dhcp' | null;
  gateway: number | null;
  mtu: number;
  /** Rule 7: a powered-off VM's adapter or one with connected false is off. */
  on: boolean;
  /** The guest's own VLAN tag (VM adapters only). */
  guestVlan: number | null;
  /** Only VM adapters are protected by the distributed firewall. */
  dfw: boolean;
  vm: Vm | null;
  dhcp: DhcpRange | null;
  generated: boolean;
  /** addresses.ts's record of a static address, made on first use. */
  staticAddress?: { address: number; prefix: number; gateway: number | null; leasedFrom: null };
}

export type VlanForm =
  | { kind: 'plain'; vlan: number }
  | { kind: 'guest'; ranges: readonly VlanRange[] }
  | { kind: 'pvlan'; primary: number; secondary: number; type: Pvlan['type'] };

/** A port group, or a desktop network acting as its own port group (VLAN 0). */
export interface PortGroupNet {
  id: string;
  label: string;
  switchId: string;
  form: VlanForm | null;
}

export interface UplinkNet {
  host: string;
  nic: string;
  role: UplinkRole;
  link: string;
}

export interface SwitchNet {
  id: string;
  label: string;
  type: 'standard' | 'distributed' | 'nat' | 'hostonly' | 'bridged' | 'segment';
  hosts: string[];
  mtu: number;
  uplinks: UplinkNet[];
  pvlans: readonly Pvlan[];
  /** contextBuilder.ts's summary of what the wiring reads of the switch, made on first use. */
  structure?: string;
}

export interface HostNet {
  id: string;
  label: string;
  kind: 'esxi' | 'workstation';
  nics: Map<string, boolean>;
  ip: Cidr | null;
  /** The VMkernel adapter with the management service, if any: the host as a flow end. */
  management: string | null;
}

export interface PhysPort {
  switchId: string;
  name: string;
  ref: string;
  mode: 'access' | 'trunk';
  accessVlan: number;
  allowed: readonly VlanRange[];
  native: number;
  mtu: number;
  up: boolean;
}

export interface PhysSwitchNet {
  id: string;
  label: string;
  ports: Map<string, PhysPort>;
}

/** One end of a cable: a host NIC or a physical switch port. */
export type PortEnd =
  { kind: 'nic'; host: string; nic: string; ref: string } | { kind: 'port'; port: PhysPort };

export interface CableNet {
  id: string;
  link: string;
  a: PortEnd;
  b: PortEnd;
}

export interface RouteNet {
  to: Cidr;
  via: number | null;
  interface: string | null;
}

export type NatNet =
  | { type: 'snat'; interface: string; source: Cidr | null; translated: number | null }
  | {
      type: 'dnat';
      interface: string;
      destination: number;
      service: Service | null;
      translated: number;
      port: number | null;
    };

export interface RuleNet {
  id: string;
  category: Category;
  sources: string[];
  destinations: string[];
  /** Shared by rules with the same service texts: never changed in place. */
  services: readonly Service[];
  action: Action;
  /** Distributed firewall only; null for a gateway rule (every interface). */
  appliedTo: string[] | null;
  directions: ReadonlySet<'in' | 'out'>;
  enabled: boolean;
  /** compiledRule.ts's form of the rule, made on first use. */
  compiled?: unknown;
}

export interface FirewallNet {
  defaultAction: Action;
  /** Enabled and disabled rules, sorted in evaluation order (category, then document order). */
  rules: RuleNet[];
}

export interface RouterNet {
  id: string;
  label: string;
  interfaces: Member[];
  routes: RouteNet[];
  nat: NatNet[];
  firewall: FirewallNet;
  generated: boolean;
}

export interface Net {
  doc: Design;
  hosts: Map<string, HostNet>;
  switches: Map<string, SwitchNet>;
  portGroups: Map<string, PortGroupNet>;
  physical: Map<string, PhysSwitchNet>;
  vms: ReadonlyMap<string, Vm>;
  /** Every member in document order: VM adapters, VMkernel adapters, host adapters, router interfaces. */
  members: Member[];
  memberById: ReadonlyMap<string, Member>;
  /** Each member's position in `members`. */
  position: ReadonlyMap<string, number>;
  routers: RouterNet[];
  routerOfInterface: Map<string, RouterNet>;
  cables: CableNet[];
  /** "owner:port" → the cable plugged in there. */
  cableAt: Map<string, CableNet>;
  dfw: FirewallNet;
  /** A VM's adapters, in order. */
  adaptersOf(vmId: string): readonly Member[];
  /** A host's VMkernel adapters, in order. */
  vmkernelsOf(hostId: string): readonly Member[];
}
