// The element each palette kind creates, appended to its array. Returns the
// new document, or the reason it cannot be created where it was dropped.
import { displayName, hostKind } from '../defaults';
import { usedIds } from '../ids';
import type { Design, Host, PortGroup, Switch, Vm } from '../types';
import type { AddElementArgs, NewElementKind } from './addElement';
import { freeSubnet } from './freeSubnet';
import {
  childId,
  desktopNetworkName,
  distributedSwitchName,
  hostName,
  physicalSwitchName,
  portGroupName,
  routerName,
  standardSwitchName,
  vmName,
} from './newElementNames';
import { freeHostNics } from './uplinkUse';

const ESXI_NICS = ['vmnic0', 'vmnic1'];
const WORKSTATION_NICS = ['eth0'];
const PHYSICAL_PORTS = 8;

const WORDS: Record<NewElementKind, string> = {
  esxiHost: 'ESXi host',
  workstationHost: 'Workstation host',
  vm: 'VM',
  standardSwitch: 'standard switch',
  distributedSwitch: 'distributed switch',
  portGroup: 'port group',
  physicalSwitch: 'physical switch',
  router: 'router',
  nat: 'NAT network',
  hostonly: 'host-only network',
  bridged: 'bridged network',
  segment: 'LAN segment',
};

/** The host an element that lives inside one goes into, or why it cannot go there. */
function hostFor(doc: Design, kind: NewElementKind, hostId: string | undefined): Host | string {
  const word = WORDS[kind];
  const wanted = kind === 'vm' ? 'a' : kind === 'standardSwitch' ? 'an ESXi' : 'a Workstation';
  const host = hostId === undefined ? undefined : (doc.hosts ?? []).find((h) => h.id === hostId);
  if (!host)
    return `A ${word} lives inside a host: drop it into ${wanted} host, or select one and add it again.`;
  if (kind === 'standardSwitch' && hostKind(host) !== 'esxi')
    return `${displayName(host)} is a Workstation host: standard switches live on ESXi hosts (a Workstation host has desktop networks).`;
  if (kind !== 'vm' && kind !== 'standardSwitch' && hostKind(host) !== 'workstation')
    return `${displayName(host)} is an ESXi host: a ${word} lives on a Workstation host.`;
  return host;
}

const withSwitch = (doc: Design, sw: Switch): Design => ({ ...doc, switches: [...(doc.switches ?? []), sw] });

function buildPortGroup(doc: Design, id: string, switchId: string | undefined): Design | string {
  const sw = switchId === undefined ? undefined : (doc.switches ?? []).find((s) => s.id === switchId);
  if (!sw)
    return 'A port group belongs to a switch: drop it onto a standard or distributed switch, or select one and add it again.';
  if (sw.type !== 'standard' && sw.type !== 'distributed')
    return `${displayName(sw)} is a desktop network: VMs connect to it directly, without port groups.`;
  const pg: PortGroup = { id, name: portGroupName(doc), switch: sw.id };
  return { ...doc, portGroups: [...(doc.portGroups ?? []), pg] };
}

function buildInsideHost(doc: Design, id: string, kind: NewElementKind, host: Host): Design | string {
  switch (kind) {
    case 'vm': {
      const taken = new Set([...usedIds(doc), id]);
      const vm: Vm = {
        id,
        name: vmName(doc),
        host: host.id,
        nics: [{ id: childId(taken, id, '-n'), adapter: 'vmxnet3' }],
      };
      return { ...doc, vms: [...(doc.vms ?? []), vm] };
    }
    case 'standardSwitch': {
      const nic = freeHostNics(doc, host)[0];
      return withSwitch(doc, {
        id,
        name: standardSwitchName(doc, host.id),
        type: 'standard',
        host: host.id,
        ...(nic ? { uplinks: [{ nic }] } : {}),
      });
    }
    case 'nat':
    case 'hostonly': {
      const subnet = freeSubnet(doc);
      if (!subnet) return 'Every 192.168.x.0/24 subnet is already in use in this design.';
      return withSwitch(doc, {
        id,
        name: desktopNetworkName(doc, host.id, kind),
        type: kind,
        host: host.id,
        subnet,
      });
    }
    case 'bridged': {
      const nic = freeHostNics(doc, host)[0];
      if (!nic)
        return `${displayName(host)} has no free physical NIC to bridge to: add a NIC to the host first.`;
      return withSwitch(doc, {
        id,
        name: desktopNetworkName(doc, host.id, kind),
        type: 'bridged',
        host: host.id,
        nic,
      });
    }
    case 'segment':
      return withSwitch(doc, {
        id,
        name: desktopNetworkName(doc, host.id, kind),
        type: 'segment',
        host: host.id,
      });
    default:
      return `a ${WORDS[kind]} does not live inside a host`;
  }
}

export function buildNewElement(doc: Design, args: AddElementArgs & { id: string }): Design | string {
  const { id, kind } = args;
  switch (kind) {
    case 'esxiHost':
    case 'workstationHost': {
      const esxi = kind === 'esxiHost';
      const host: Host = {
        id,
        name: hostName(doc, esxi ? 'esxi' : 'workstation'),
        ...(esxi ? {} : { kind: 'workstation' as const }),
        nics: (esxi ? ESXI_NICS : WORKSTATION_NICS).map((name) => ({ name })),
      };
      return { ...doc, hosts: [...(doc.hosts ?? []), host] };
    }
    case 'distributedSwitch': {
      // A new distributed switch spans the ESXi hosts already drawn, as one created for a cluster does.
      const members = (doc.hosts ?? []).filter((h) => hostKind(h) === 'esxi').map((h) => h.id);
      return withSwitch(doc, {
        id,
        name: distributedSwitchName(doc),
        type: 'distributed',
        ...(members.length > 0 ? { hosts: members } : {}),
      });
    }
    case 'portGroup':
      return buildPortGroup(doc, id, args.switch);
    case 'physicalSwitch': {
      const ports = Array.from({ length: PHYSICAL_PORTS }, (_, i) => ({ name: `Eth1/${i + 1}` }));
      const sw = { id, name: physicalSwitchName(doc), ports };
      return { ...doc, physicalSwitches: [...(doc.physicalSwitches ?? []), sw] };
    }
    case 'router': {
      const taken = new Set([...usedIds(doc), id]);
      const router = { id, name: routerName(doc), interfaces: [{ id: childId(taken, id, '-if') }] };
      return { ...doc, routers: [...(doc.routers ?? []), router] };
    }
    default: {
      const host = hostFor(doc, kind, args.host);
      return typeof host === 'string' ? host : buildInsideHost(doc, id, kind, host);
    }
  }
}
