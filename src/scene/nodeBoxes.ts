// Size and handles of each kind of node, from its model element alone.
import { displayName } from '../model/defaults';
import type {
  DesktopNetwork,
  DistributedSwitch,
  Host,
  PhysicalSwitch,
  Router,
  StandardSwitch,
  Vm,
} from '../model/types';
import {
  adapterHandle,
  dvsUplinkHandle,
  hostNicHandle,
  interfaceHandle,
  NETWORK_HANDLE,
  portGroupHandle,
  portHandle,
  SVI_HANDLE,
  UPLINK_HANDLE,
} from './handleIds';
import {
  DVS_MIN_W,
  DVS_SLOT,
  HEADER,
  IFACE_SLOT,
  PAD,
  PHYS_MIN_W,
  PORT_SLOT,
  ROUTER_MIN_W,
  ROW,
  rowCentre,
  SWITCH_W,
  VM_W,
} from './metrics';
import type { SceneHandle } from './types';

export interface Box {
  w: number;
  h: number;
  handles: SceneHandle[];
}

/** Spread `count` handles evenly along a side of `length`. */
const slot = (index: number, count: number, length: number): number => ((index + 0.5) * length) / count;

export function vmBox(vm: Vm): Box {
  const nics = vm.nics ?? [];
  return {
    w: VM_W,
    h: HEADER + Math.max(1, nics.length) * ROW + PAD / 2,
    handles: nics.map((nic, i) => ({
      id: adapterHandle(nic.id),
      kind: 'adapter',
      side: 'right',
      offset: rowCentre(i),
      label: nic.name ?? nic.id,
    })),
  };
}

export function standardSwitchBox(sw: StandardSwitch, portGroupIds: readonly string[]): Box {
  return {
    w: SWITCH_W,
    h: HEADER + Math.max(1, portGroupIds.length) * ROW + PAD,
    handles: [
      ...portGroupIds.map<SceneHandle>((id, i) => ({
        id: portGroupHandle(id),
        kind: 'portGroup',
        side: 'left',
        offset: rowCentre(i),
        label: id,
      })),
      {
        id: UPLINK_HANDLE,
        kind: 'uplink',
        side: 'bottom',
        offset: SWITCH_W / 2,
        label: `${displayName(sw)} uplinks`,
      },
    ],
  };
}

export function desktopNetworkBox(net: DesktopNetwork): Box {
  const handles: SceneHandle[] = [
    { id: NETWORK_HANDLE, kind: 'network', side: 'left', offset: rowCentre(0), label: displayName(net) },
  ];
  if (net.type === 'bridged')
    handles.push({ id: UPLINK_HANDLE, kind: 'uplink', side: 'bottom', offset: SWITCH_W / 2, label: net.nic });
  return { w: SWITCH_W, h: HEADER + 2 * ROW + PAD, handles };
}

export function distributedSwitchBox(sw: DistributedSwitch, portGroupIds: readonly string[]): Box {
  const members = sw.hosts ?? [];
  const slots = Math.max(portGroupIds.length, members.length, 1);
  const w = Math.max(DVS_MIN_W, slots * DVS_SLOT);
  return {
    w,
    h: HEADER + ROW * 3,
    handles: [
      ...portGroupIds.map<SceneHandle>((id, i) => ({
        id: portGroupHandle(id),
        kind: 'portGroup',
        side: 'top',
        offset: slot(i, portGroupIds.length, w),
        label: id,
      })),
      ...members.map<SceneHandle>((host, i) => ({
        id: dvsUplinkHandle(host),
        kind: 'uplink',
        side: 'bottom',
        offset: slot(i, members.length, w),
        label: host,
      })),
    ],
  };
}

export function physicalSwitchBox(sw: PhysicalSwitch): Box {
  const ports = sw.ports ?? [];
  const w = Math.max(PHYS_MIN_W, ports.length * PORT_SLOT);
  return {
    w,
    h: HEADER + ROW * 3,
    handles: [
      ...ports.map<SceneHandle>((port, i) => ({
        id: portHandle(port.name),
        kind: 'port',
        side: 'top',
        offset: slot(i, ports.length, w),
        label: port.name,
      })),
      { id: SVI_HANDLE, kind: 'svi', side: 'right', offset: HEADER / 2, label: 'VLAN interfaces' },
    ],
  };
}

export function routerBox(router: Router): Box {
  const interfaces = router.interfaces ?? [];
  const w = Math.max(ROUTER_MIN_W, interfaces.length * IFACE_SLOT);
  return {
    w,
    h: HEADER + ROW * 2 + PAD,
    handles: interfaces.map((iface, i) => ({
      id: interfaceHandle(iface.id),
      kind: 'interface',
      side: 'bottom',
      offset: slot(i, interfaces.length, w),
      label: iface.name ?? iface.id,
    })),
  };
}

/** A host's own handles: VMkernel adapters (right edge) and physical NICs (bottom edge). */
export function hostHandles(host: Host, w: number, h: number): SceneHandle[] {
  const nics = host.nics ?? [];
  return [
    ...(host.vmkernels ?? []).map<SceneHandle>((vmk, i) => ({
      id: adapterHandle(vmk.id),
      kind: 'adapter',
      side: 'right',
      offset: rowCentre(i),
      label: vmk.name ?? vmk.id,
    })),
    ...nics.map<SceneHandle>((nic, i) => ({
      id: hostNicHandle(nic.name),
      kind: 'hostNic',
      side: 'bottom',
      offset: slot(i, nics.length, w),
      label: nic.name,
    })),
  ].map((handle) => (handle.side === 'bottom' ? handle : { ...handle, offset: Math.min(handle.offset, h) }));
}

/** Height of the band at the top of a host that lists its VMkernel adapters. */
export const hostVmkBand = (host: Host): number => (host.vmkernels?.length ?? 0) * ROW;
