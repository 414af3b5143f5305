// What an inventory says about a vSphere network, before it becomes a design.
// RVTools sheets and govc JSON are both read into this shape, so that one
// builder turns either into a document. Everything refers to hosts, switches
// and networks by the names the inventory uses; ids are made later.
import type { VmkService } from '../../model/types';
import type { AddressList } from './rvtools/cells';

/** Where a record came from, for the report: a sheet (or file) and a row (or position). */
export interface SourceRef {
  sheet: string;
  row: number;
}

export interface SecurityFlags {
  promiscuous?: boolean;
  macChanges?: boolean;
  forgedTransmits?: boolean;
}

export interface InvHostNic {
  host: string;
  name: string;
  up?: boolean;
  /** The switch (standard or distributed, by name) that uses this NIC as an uplink. */
  switch?: string;
  role?: 'active' | 'standby' | 'unused';
  ref: SourceRef;
}

export interface InvStandardSwitch {
  host: string;
  name: string;
  mtu?: number;
  security: SecurityFlags;
  ref: SourceRef;
}

export interface InvStandardPortGroup {
  host: string;
  switch: string;
  name: string;
  /** 0–4095 as the host reports it; undefined when the inventory does not say. */
  vlan?: number;
  security: SecurityFlags;
  ref: SourceRef;
}

export interface InvDvSwitch {
  name: string;
  mtu?: number;
  /** Member hosts by name, as listed; more are added from uplinks and attached adapters. */
  hosts: string[];
  ref: SourceRef;
}

export type InvDvVlan =
  | { kind: 'vlan'; id: number }
  | { kind: 'trunk'; ranges: [number, number][] }
  | { kind: 'pvlan'; id: number }
  | { kind: 'unknown'; text: string };

export interface InvDvPortGroup {
  switch: string;
  name: string;
  vlan: InvDvVlan;
  security: SecurityFlags;
  ref: SourceRef;
}

export interface InvAddress {
  address: string;
  prefix?: number;
}

export interface InvVmkernel {
  host: string;
  device: string;
  /** A port group name. */
  network: string;
  /** The distributed switch, when the inventory names it. */
  switch?: string;
  ip?: InvAddress | 'dhcp';
  gateway?: string;
  mtu?: number;
  services?: VmkService[];
  ref: SourceRef;
}

export interface InvVm {
  /** The inventory's own VM id (RVTools "VM ID", a govc managed object id), when it has one. */
  id?: string;
  name: string;
  host?: string;
  power?: 'on' | 'off' | 'suspended';
  ref: SourceRef;
}

export interface InvAdapter {
  /** Its VM: by id when the inventory gives one, else by name. */
  vmId?: string;
  vmName: string;
  label: string;
  /** A port group name, as the inventory writes it. */
  network: string;
  /** The switch the inventory names for this adapter, when it does. */
  switch?: string;
  addresses: AddressList;
  gateway?: string;
  connected?: boolean;
  adapterType?: string;
  ref: SourceRef;
}

export interface Inventory {
  /** "RVTools (.xlsx)", "RVTools (CSV)", "govc JSON". */
  source: string;
  /** Hosts in the order the inventory lists them; more are added from references. */
  hosts: string[];
  hostNics: InvHostNic[];
  standardSwitches: InvStandardSwitch[];
  standardPortGroups: InvStandardPortGroup[];
  dvSwitches: InvDvSwitch[];
  dvPortGroups: InvDvPortGroup[];
  vmkernels: InvVmkernel[];
  vms: InvVm[];
  adapters: InvAdapter[];
  /** RVTools has no guest MTU; govc's device list has none either. Then 1500 is assumed. */
  guestMtuKnown: boolean;
  /** The inventory carries subnet masks of VM addresses (govc's prefix lengths); else /24 is assumed. */
  guestPrefixKnown: boolean;
}

export function emptyInventory(source: string): Inventory {
  return {
    source,
    hosts: [],
    hostNics: [],
    standardSwitches: [],
    standardPortGroups: [],
    dvSwitches: [],
    dvPortGroups: [],
    vmkernels: [],
    vms: [],
    adapters: [],
    guestMtuKnown: false,
    guestPrefixKnown: false,
  };
}
