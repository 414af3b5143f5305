// Uplink choice (MODEL.md 2.1 rule 3): a switch instance sends all its frames
// through its primary uplink, the first active, then standby, uplink whose NIC
// is up and cabled to a physical port that is up.
import type { Instance } from './instances';
import type { CableNet, Net, PhysPort, UplinkNet } from './net';
import { farEnd } from './normalize';

export interface UplinkPort {
  uplink: UplinkNet;
  cable: CableNet;
  port: PhysPort;
  nicUp: boolean;
}

/** The physical port an uplink's NIC is cabled to, or null (no cable, or cabled to another host). */
export function uplinkPort(net: Net, uplink: UplinkNet): UplinkPort | null {
  const ref = `${uplink.host}:${uplink.nic}`;
  const cable = net.cableAt.get(ref);
  if (!cable) return null;
  const far = farEnd(cable, ref);
  if (far.kind !== 'port') return null;
  return { uplink, cable, port: far.port, nicUp: net.hosts.get(uplink.host)?.nics.get(uplink.nic) ?? false };
}

/** Active uplinks, then standby ones; unused uplinks never carry frames. */
export function failoverOrder(instance: Instance): UplinkNet[] {
  return [
    ...instance.uplinks.filter((u) => u.role === 'active'),
    ...instance.uplinks.filter((u) => u.role === 'standby'),
  ];
}

/** The primary uplink; with `allUp`, as if every NIC and port were up (the link-down hypothesis). */
export function primaryUplink(net: Net, instance: Instance, allUp = false): UplinkPort | null {
  for (const uplink of failoverOrder(instance)) {
    const port = uplinkPort(net, uplink);
    if (port && (allUp || (port.nicUp && port.port.up))) return port;
  }
  return null;
}
