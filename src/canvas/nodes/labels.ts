// Short texts the nodes show, in the words of vSphere and switch CLIs.
import { accessVlan, portGroupVlan, portMode, trunkAllowed, trunkNative } from '../../model/defaults';
import type { DesktopNetwork, PhysicalPort, PortGroup } from '../../model/types';

export function vlanLabel(pg: PortGroup): string {
  const vlan = portGroupVlan(pg);
  if (typeof vlan === 'number') {
    if (vlan === 0) return 'untagged';
    return vlan === 4095 ? 'VLAN 4095 (guest)' : `VLAN ${vlan}`;
  }
  return 'trunk' in vlan ? `trunk ${vlan.trunk}` : `PVLAN ${vlan.pvlan}`;
}

export function portModeLabel(port: PhysicalPort): string {
  if (portMode(port) === 'access') return `access ${accessVlan(port)}`;
  return `trunk ${trunkAllowed(port)} n${trunkNative(port)}`;
}

export const addressLabel = (ip: string | undefined): string => ip ?? 'no IP';

export const DESKTOP_TYPE_LABEL: Record<DesktopNetwork['type'], string> = {
  nat: 'NAT',
  hostonly: 'host-only',
  bridged: 'bridged',
  segment: 'LAN segment',
};

/** The network's address line: its subnet, the NIC it bridges to, or nothing for a segment. */
export function desktopDetail(net: DesktopNetwork): string {
  if (net.type === 'nat' || net.type === 'hostonly') return net.subnet;
  if (net.type === 'bridged') return `bridged to ${net.nic}`;
  return 'VMs on this segment only';
}
