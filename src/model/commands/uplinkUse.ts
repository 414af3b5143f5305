// Which host NICs are already taken as an uplink (MODEL.md section 1: one host
// NIC can be the uplink of only one switch; a bridged network's NIC counts).
import type { Design, Host, Switch } from '../types';

/** The switch that uses `host`'s NIC `nic` as an uplink, if any. */
export function uplinkOwner(doc: Design, hostId: string, nic: string): Switch | undefined {
  return (doc.switches ?? []).find((sw) => {
    if (sw.type === 'standard') return sw.host === hostId && (sw.uplinks ?? []).some((u) => u.nic === nic);
    if (sw.type === 'distributed') return (sw.uplinks ?? []).some((u) => u.host === hostId && u.nic === nic);
    if (sw.type === 'bridged') return sw.host === hostId && sw.nic === nic;
    return false;
  });
}

/** The host's NICs, in order, that no switch uses yet. */
export function freeHostNics(doc: Design, host: Host): string[] {
  return (host.nics ?? []).map((n) => n.name).filter((nic) => !uplinkOwner(doc, host.id, nic));
}
