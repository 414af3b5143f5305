// The document, read once with its defaults into the evaluator's own shape (net.ts).
import {
  accessVlan,
  adapterConnected,
  adapterMtu,
  displayName,
  firewallDefault,
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
import type { Design, PortGroup, Switch, Vm } from '../model/types';
import { parseVlanList } from '../model/vlanList';
import { expandDesktopNetworks } from './desktop';
import { normalizeFirewall } from './firewallRules';
import type {
  CableNet,
  HostNet,
  Member,
  Net,
  PhysPort,
  PhysSwitchNet,
  PortEnd,
  PortGroupNet,
  SwitchNet,
  VlanForm,
} from './net';
import { normalizeRouter } from './normalizeRouters';

function hosts(doc: Design): Map<string, HostNet> {
  const out = new Map<string, HostNet>();
  for (const host of doc.hosts ?? [])
    out.set(host.id, {
      id: host.id,
      label: displayName(host),
      kind: hostKind(host),
      nics: new Map((host.nics ?? []).map((nic) => [nic.name, nicUp(nic)])),
      // A workstation host's address may leave out its prefix: /24 (section 1).
      ip: host.ip ? parseCidr(host.ip, true, 24) : null,
    });
  return out;
}

function switchNet(sw: Switch): SwitchNet {
  const base = { id: sw.id, label: displayName(sw), type: sw.type, mtu: switchMtu(sw), pvlans: [] };
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
      pvlans: sw.pvlans ?? [],
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

function portGroups(doc: Design, switches: Map<string, SwitchNet>): Map<string, PortGroupNet> {
  const out = new Map<string, PortGroupNet>();
  for (const pg of doc.portGroups ?? [])
    out.set(pg.id, {
      id: pg.id,
      label: displayName(pg),
      switchId: pg.switch,
      form: vlanForm(pg, switches.get(pg.switch)),
    });
  // A desktop network is its own port group, untagged (2.6).
  for (const sw of switches.values())
    if (sw.type !== 'standard' && sw.type !== 'distributed')
      out.set(sw.id, { id: sw.id, label: sw.label, switchId: sw.id, form: { kind: 'plain', vlan: 0 } });
  return out;
}

function physicalSwitches(doc: Design): Map<string, PhysSwitchNet> {
  const out = new Map<string, PhysSwitchNet>();
  for (const sw of doc.physicalSwitches ?? []) {
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
    out.set(sw.id, { id: sw.id, label: displayName(sw), ports });
  }
  return out;
}

function vmMembers(vm: Vm): Member[] {
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
  }));
}

function vmkernelMembers(doc: Design): Member[] {
  const out: Member[] = [];
  for (const host of doc.hosts ?? [])
    for (const vmk of host.vmkernels ?? [])
      out.push({
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
      });
  return out;
}

function portEnd(
  ref: string,
  hostMap: Map<string, HostNet>,
  physical: Map<string, PhysSwitchNet>,
): PortEnd | null {
  const colon = ref.indexOf(':');
  const owner = ref.slice(0, colon);
  const name = ref.slice(colon + 1);
  const port = physical.get(owner)?.ports.get(name);
  if (port) return { kind: 'port', port };
  if (hostMap.get(owner)?.nics.has(name)) return { kind: 'nic', host: owner, nic: name, ref };
  return null;
}

export function normalize(doc: Design): Net {
  const hostMap = hosts(doc);
  const switches = new Map((doc.switches ?? []).map((sw) => [sw.id, switchNet(sw)]));
  const physical = physicalSwitches(doc);
  const desktop = expandDesktopNetworks(doc, hostMap);
  const routers = [...(doc.routers ?? []).map(normalizeRouter), ...desktop.routers];
  const members = [
    ...(doc.vms ?? []).flatMap(vmMembers),
    ...vmkernelMembers(doc),
    ...desktop.hostAdapters,
    ...routers.flatMap((r) => r.interfaces),
  ];
  const cables: CableNet[] = [];
  const cableAt = new Map<string, CableNet>();
  for (const cable of doc.cables ?? []) {
    const a = portEnd(cable.a, hostMap, physical);
    const b = portEnd(cable.b, hostMap, physical);
    if (!a || !b) continue;
    const net: CableNet = { id: cable.id, link: cableLinkId(cable.id), a, b };
    cables.push(net);
    cableAt.set(cable.a, net);
    cableAt.set(cable.b, net);
  }
  const routerOfInterface = new Map<string, (typeof routers)[number]>();
  for (const router of routers)
    for (const iface of router.interfaces) routerOfInterface.set(iface.id, router);
  return {
    doc,
    hosts: hostMap,
    switches,
    portGroups: portGroups(doc, switches),
    physical,
    vms: new Map((doc.vms ?? []).map((vm) => [vm.id, vm])),
    members,
    memberById: new Map(members.map((m) => [m.id, m])),
    routers,
    routerOfInterface,
    cables,
    cableAt,
    dfw: normalizeFirewall(firewallDefault(doc), doc.firewall?.rules ?? [], true),
  };
}

/** The far end of a cable, seen from one of its ends. */
export function farEnd(cable: CableNet, ref: string): PortEnd {
  const aRef = cable.a.kind === 'nic' ? cable.a.ref : cable.a.port.ref;
  return aRef === ref ? cable.b : cable.a;
}
