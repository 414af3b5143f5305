// The two ends of a connection drawn on the canvas, resolved from a node id
// and a handle id (scene/handleIds.ts) to the model elements behind them, and
// named the way an admin would say it.
import { displayName } from '../defaults';
import { parseHandle } from '../../scene/handleIds';
import type {
  BridgedNetwork,
  Design,
  DesktopNetwork,
  DistributedSwitch,
  Host,
  PhysicalPort,
  PhysicalSwitch,
  PortGroup,
  Router,
  RouterInterface,
  StandardSwitch,
  Vm,
  VmKernel,
  VmNic,
} from '../types';
import { isDesktopNetwork } from '../types';

/** A handle on a canvas node. */
export interface HandleRef {
  node: string;
  handle: string;
}

export type ConnectionEnd =
  | { kind: 'vmNic'; vm: Vm; nic: VmNic }
  | { kind: 'vmkernel'; host: Host; vmk: VmKernel }
  | { kind: 'interface'; router: Router; iface: RouterInterface }
  | { kind: 'hostNic'; host: Host; nic: string }
  | { kind: 'portGroup'; pg: PortGroup; sw: StandardSwitch | DistributedSwitch }
  | { kind: 'desktopNetwork'; net: DesktopNetwork }
  | { kind: 'uplink'; sw: StandardSwitch | BridgedNetwork }
  | { kind: 'dvsUplink'; sw: DistributedSwitch; host: Host }
  | { kind: 'port'; sw: PhysicalSwitch; port: PhysicalPort }
  | { kind: 'svi'; sw: PhysicalSwitch }
  | { kind: 'summary'; host: Host };

const GONE = 'That connection point is no longer in the design.';

const findHost = (doc: Design, id: string) => (doc.hosts ?? []).find((h) => h.id === id);
const findSwitch = (doc: Design, id: string) => (doc.switches ?? []).find((s) => s.id === id);
const findPhysical = (doc: Design, id: string) => (doc.physicalSwitches ?? []).find((s) => s.id === id);

/** The element behind a handle, or why there is none. */
export function resolveEnd(doc: Design, ref: HandleRef): ConnectionEnd | string {
  const parsed = parseHandle(ref.handle);
  if (!parsed) return GONE;
  switch (parsed.kind) {
    case 'adapter': {
      const vm = (doc.vms ?? []).find((v) => v.id === ref.node);
      const nic = vm?.nics?.find((n) => n.id === parsed.id);
      if (vm && nic) return { kind: 'vmNic', vm, nic };
      const host = findHost(doc, ref.node);
      const vmk = host?.vmkernels?.find((k) => k.id === parsed.id);
      return host && vmk ? { kind: 'vmkernel', host, vmk } : GONE;
    }
    case 'interface': {
      const router = (doc.routers ?? []).find((r) => r.id === ref.node);
      const iface = router?.interfaces?.find((i) => i.id === parsed.id);
      return router && iface ? { kind: 'interface', router, iface } : GONE;
    }
    case 'hostNic': {
      const host = findHost(doc, ref.node);
      return host?.nics?.some((n) => n.name === parsed.nic)
        ? { kind: 'hostNic', host, nic: parsed.nic }
        : GONE;
    }
    case 'portGroup': {
      const pg = (doc.portGroups ?? []).find((p) => p.id === parsed.id);
      const sw = pg ? findSwitch(doc, pg.switch) : undefined;
      return pg && (sw?.type === 'standard' || sw?.type === 'distributed')
        ? { kind: 'portGroup', pg, sw }
        : GONE;
    }
    case 'network': {
      const net = findSwitch(doc, ref.node);
      return net && isDesktopNetwork(net) ? { kind: 'desktopNetwork', net } : GONE;
    }
    case 'uplink': {
      const sw = findSwitch(doc, ref.node);
      if (parsed.host === undefined)
        return sw?.type === 'standard' || sw?.type === 'bridged' ? { kind: 'uplink', sw } : GONE;
      const host = findHost(doc, parsed.host);
      return sw?.type === 'distributed' && host && (sw.hosts ?? []).includes(host.id)
        ? { kind: 'dvsUplink', sw, host }
        : GONE;
    }
    case 'port': {
      const sw = findPhysical(doc, ref.node);
      const port = sw?.ports?.find((p) => p.name === parsed.port);
      return sw && port ? { kind: 'port', sw, port } : GONE;
    }
    case 'svi': {
      const sw = findPhysical(doc, ref.node);
      return sw ? { kind: 'svi', sw } : GONE;
    }
    case 'summary': {
      const host = findHost(doc, ref.node);
      return host ? { kind: 'summary', host } : GONE;
    }
  }
}

export function adapterLabel(vm: Vm, nic: VmNic): string {
  const nics = vm.nics ?? [];
  return nics.length > 1
    ? `${displayName(vm)}'s adapter ${displayName(nic)}`
    : `${displayName(vm)}'s adapter`;
}

/** The end in an admin's words: "vm-01's adapter", "vmnic0 on esxi-01", "port group Web". */
export function describeEnd(end: ConnectionEnd): string {
  switch (end.kind) {
    case 'vmNic':
      return adapterLabel(end.vm, end.nic);
    case 'vmkernel':
      return `${displayName(end.vmk)} on ${displayName(end.host)}`;
    case 'interface':
      return `${displayName(end.router)}'s interface ${displayName(end.iface)}`;
    case 'hostNic':
      return `${end.nic} on ${displayName(end.host)}`;
    case 'portGroup':
      return `port group ${displayName(end.pg)}`;
    case 'desktopNetwork':
      return displayName(end.net);
    case 'uplink':
      return end.sw.type === 'bridged'
        ? `${displayName(end.sw)}'s bridge`
        : `${displayName(end.sw)}'s uplinks`;
    case 'dvsUplink':
      return `${displayName(end.sw)}'s uplinks on ${displayName(end.host)}`;
    case 'port':
      return `${end.port.name} on ${displayName(end.sw)}`;
    case 'svi':
      return `${displayName(end.sw)}'s VLAN interfaces`;
    case 'summary':
      return `the VMs of ${displayName(end.host)}`;
  }
}

/** What an end can be joined to, as advice after a refusal. */
export function adviceFor(end: ConnectionEnd): string {
  switch (end.kind) {
    case 'vmNic':
      return 'connect an adapter to a port group or a desktop network';
    case 'vmkernel':
      return 'connect a VMkernel adapter to a port group';
    case 'interface':
      return "connect a router interface to a port group, a desktop network or a physical switch's VLAN interfaces";
    case 'hostNic':
      return 'connect a host NIC to a switch uplink or to a physical switch port';
    case 'portGroup':
    case 'desktopNetwork':
      return 'connect an adapter or a router interface to it';
    case 'uplink':
    case 'dvsUplink':
      return "connect a switch's uplink to one of its host's NICs";
    case 'port':
      return 'connect a physical port to a host NIC or to another physical port';
    case 'svi':
      return 'connect a router interface to it';
    case 'summary':
      return 'expand the host to connect its VMs';
  }
}
