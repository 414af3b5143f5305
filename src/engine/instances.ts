// Switch instances (MODEL.md 2.1): a standard switch or desktop network on its
// one host, and each member host's proxy of a distributed switch.
import type { Net, SwitchNet, UplinkNet } from './net';

export interface Instance {
  key: string;
  /** The switch's attributes (name, MTU) are read from the current Net, by id: an instance outlives them. */
  switchId: string;
  host: string;
  /** This host's uplinks, in document order. */
  uplinks: UplinkNet[];
}

export const instanceKey = (switchId: string, host: string): string => `${switchId}@${host}`;

export function buildInstances(net: Net): Map<string, Instance> {
  const out = new Map<string, Instance>();
  for (const sw of net.switches.values())
    for (const host of sw.hosts) {
      const key = instanceKey(sw.id, host);
      if (out.has(key)) continue;
      out.set(key, { key, switchId: sw.id, host, uplinks: sw.uplinks.filter((u) => u.host === host) });
    }
  return out;
}

/** Desktop networks that never have uplinks: their adapters reach only each other by design (2.6). */
export function isClosedDesktopNetwork(sw: SwitchNet): boolean {
  return sw.type === 'segment' || sw.type === 'hostonly' || sw.type === 'nat';
}
