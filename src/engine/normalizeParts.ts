// The document's elements, one at a time, read with their defaults into the
// evaluator's own shape (net.ts). Pure: netBuilder.ts calls these only for
// elements that changed since the last version it built.
import {
  accessVlan,
  adapterConnected,
  adapterMtu,
  displayName,
  hostKind,
  nicUp,
  portGroupVlan,
  portMode,
  portMtu,
  portUp,
  switchMtu,
  trunkAllowed,
  trunkNative,
  uplinkRole,
  vmPowered,
} from '../model/defaults';
import { parseCidr, parseIpv4 } from '../model/ipv4';
import { cableLinkId, nicLinkId, uplinkLinkId } from '../model/links';
import type { Cable, Host, PhysicalSwitch, PortGroup, Pvlan, Switch, Vm } from '../model/types';
import { parseVlanList } from '../model/vlanList';
import type {
  CableNet,
  HostNet,
  Member,
  PhysPort,
  PhysSwitchNet,
  PortEnd,
  PortGroupNet,
  SwitchNet,
  VlanForm,
} from './net';

export function hostNet(host: Host): HostNet {
  return {
    id: host.id,
    label: displayName(host),
    kind: hostKind(host),
    nics: new Map((host.nics ?? []).map((nic) => [nic.name, nicUp(nic)])),
    // A workstation host's address may leave out its prefix: /24 (section 1).
    ip: host.ip ? parseCidr(host.ip, true, 24) : null,
    management: host.vmkernels?.find((k) => k.services?.includes('management'))?.id ?? null,
  };
}

const NO_PVLANS: readonly Pvlan[] = [];

export function switchNet(sw: Switch): SwitchNet {
  const base = { id: sw.id, label: displayName(sw), type: sw.type, mtu: switchMtu(sw), pvlans: NO_PVLANS };
  if (sw.type === 'standard')
    return {
      ...base,
      hosts: [sw.host],
      uplinks: (sw.uplinks ?? []).map((u) => ({
        host: sw.host,
        nic: u.nic,
        role: uplinkRole(u),
        link: uplinkLinkId(sw.id, sw.host, u.nic),
      })),
    };
  if (sw.type === 'distributed')
    return {
      ...base,
      hosts: [...(sw.hosts ?? [])],
      pvlans: sw.pvlans ?? NO_PVLANS,
      uplinks: (sw.uplinks ?? []).map((u) => ({
        host: u.host,
        nic: u.nic,
        role: uplinkRole(u),
        link: uplinkLinkId(sw.id, u.host, u.nic),
      })),
    };
  const uplinks =
    sw.type === 'bridged'
      ? [{ host: sw.host, nic: sw.nic, role: 'active' as const, link: uplinkLinkId(sw.id, sw.host, sw.nic) }]
      : [];
  return { ...base, hosts: [sw.host], uplinks };
}

function vlanForm(pg: PortGroup, sw: SwitchNet | undefined): VlanForm | null {
  const vlan = portGroupVlan(pg);
  if (typeof vlan === 'number')
    return vlan === 4095 ? { kind: 'guest', ranges: [[1, 4094]] } : { kind: 'plain', vlan };
  if ('trunk' in vlan) {
    const ranges = parseVlanList(vlan.trunk);
    return ranges ? { kind: 'guest', ranges } : null;
  }
  const entry = sw?.pvlans.find((p) => p.secondary === vlan.pvlan);
  return entry
    ? { kind: 'pvlan', primary: entry.primary, secondary: entry.secondary, type: entry.type }
    : null;
}

export function portGroupNet(pg: PortGroup, sw: SwitchNet | undefined): PortGroupNet {
  return { id: pg.id, label: displayName(pg), switchId: pg.switch, form: vlanForm(pg, sw) };
}

/** A desktop network is its own port group, untagged (2.6). */
export function desktopPortGroup(sw: SwitchNet): PortGroupNet {
  return { id: sw.id, label: sw.label, switchId: sw.id, form: { kind: 'plain', vlan: 0 } };
}

export function physicalSwitchNet(sw: PhysicalSwitch): PhysSwitchNet {
  const ports = new Map<string, PhysPort>();
  for (const port of sw.ports ?? [])
    ports.set(port.name, {
      switchId: sw.id,
      name: port.name,
      ref: `${sw.id}:${port.name}`,
      mode: portMode(port),
      accessVlan: accessVlan(port),
      allowed: parseVlanList(trunkAllowed(port)) ?? [],
      native: trunkNative(port),
      mtu: portMtu(sw, port),
      up: portUp(port),
    });
  return { id: sw.id, label: displayName(sw), ports };
}

export function vmMembers(vm: Vm): Member[] {
  return (vm.nics ?? []).map((nic) => ({
    id: nic.id,
    kind: 'vmNic',
    owner: vm.id,
    label: displayName(nic),
    link: nic.network ? nicLinkId(nic.id) : null,
    attach: nic.network ? { kind: 'network', network: nic.network, host: vm.host } : { kind: 'none' },
    ip: nic.ip === 'dhcp' ? 'dhcp' : nic.ip ? parseCidr(nic.ip) : null,
    gateway: nic.gateway ? parseIpv4(nic.gateway) : null,
    mtu: adapterMtu(nic),
    on: vmPowered(vm) && adapterConnected(nic),
    guestVlan: nic.vlan ?? null,
    dfw: true,
    vm,
    dhcp: null,
    generated: false,
    // In the literal, so that addresses.ts filling it in keeps the member's shape (no property store per member).
    staticAddress: undefined,
  }));
}

export function vmkernelMembers(host: Host): Member[] {
  return (host.vmkernels ?? []).map((vmk) => ({
    id: vmk.id,
    kind: 'vmkernel',
    owner: host.id,
    label: `${displayName(host)} ${displayName(vmk)}`,
    link: vmk.network ? nicLinkId(vmk.id) : null,
    attach: vmk.network ? { kind: 'network', network: vmk.network, host: host.id } : { kind: 'none' },
    ip: vmk.ip === 'dhcp' ? 'dhcp' : vmk.ip ? parseCidr(vmk.ip) : null,
    gateway: vmk.gateway ? parseIpv4(vmk.gateway) : null,
    mtu: adapterMtu(vmk),
    on: true,
    guestVlan: null,
    dfw: false,
    vm: null,
    dhcp: null,
    generated: false,
    staticAddress: undefined,
  }));
}

function portEnd(
  ref: string,
  hosts: ReadonlyMap<string, HostNet>,
  physical: ReadonlyMap<string, PhysSwitchNet>,
): PortEnd | null {
  const colon = ref.indexOf(':');
  const owner = ref.slice(0, colon);
  const name = ref.slice(colon + 1);
  const port = physical.get(owner)?.ports.get(name);
  if (port) return { kind: 'port', port };
  if (hosts.get(owner)?.nics.has(name)) return { kind: 'nic', host: owner, nic: name, ref };
  return null;
}

/** Cables whose both ends exist, and the cable at each end. */
export function cableNets(
  cables: readonly Cable[],
  hosts: ReadonlyMap<string, HostNet>,
  physical: ReadonlyMap<string, PhysSwitchNet>,
): { cables: CableNet[]; cableAt: Map<string, CableNet> } {
  const out: CableNet[] = [];
  const cableAt = new Map<string, CableNet>();
  for (const cable of cables) {
    const a = portEnd(cable.a, hosts, physical);
    const b = portEnd(cable.b, hosts, physical);
    if (!a || !b) continue;
    const net: CableNet = { id: cable.id, link: cableLinkId(cable.id), a, b };
    out.push(net);
    cableAt.set(cable.a, net);
    cableAt.set(cable.b, net);
  }
  return { cables: out, cableAt };
}

/** The far end of a cable, seen from one of its ends. */
export function farEnd(cable: CableNet, ref: string): PortEnd {
  const aRef = cable.a.kind === 'nic' ? cable.a.ref : cable.a.port.ref;
  return aRef === ref ? cable.b : cable.a;
}
