// The links the canvas draws and the evaluator colours (MODEL.md 2.7), with
// their stable ids. Generated elements of desktop networks (2.6) have none:
// they are not drawn.
import type { Design } from './types';

export type LinkKind = 'nic' | 'uplink' | 'cable';

export interface LinkRef {
  id: string;
  kind: LinkKind;
}

export interface NicLink extends LinkRef {
  kind: 'nic';
  /** The adapter, VMkernel adapter or router interface. */
  adapter: string;
  /** The port group, desktop network or physical switch it joins. */
  network: string;
}

export interface UplinkLink extends LinkRef {
  kind: 'uplink';
  switch: string;
  host: string;
  nic: string;
}

export interface CableLink extends LinkRef {
  kind: 'cable';
  cable: string;
  a: string;
  b: string;
}

export type Link = NicLink | UplinkLink | CableLink;

export const nicLinkId = (adapterId: string): string => `nic:${adapterId}`;
export const uplinkLinkId = (switchId: string, hostId: string, nic: string): string =>
  `uplink:${switchId}:${hostId}:${nic}`;
export const cableLinkId = (cableId: string): string => `cable:${cableId}`;

/** Every link of the document, in document order. */
export function listLinks(doc: Design): Link[] {
  const links: Link[] = [];
  const nic = (adapter: string, network: string | undefined) => {
    if (network) links.push({ id: nicLinkId(adapter), kind: 'nic', adapter, network });
  };
  for (const vm of doc.vms ?? []) for (const n of vm.nics ?? []) nic(n.id, n.network);
  for (const host of doc.hosts ?? []) for (const k of host.vmkernels ?? []) nic(k.id, k.network);
  for (const router of doc.routers ?? [])
    for (const iface of router.interfaces ?? []) {
      const attach = iface.attach;
      if (!attach) continue;
      if ('network' in attach) nic(iface.id, attach.network);
      else if ('switch' in attach) nic(iface.id, attach.switch);
    }
  for (const sw of doc.switches ?? []) {
    const uplink = (host: string, nicName: string) =>
      links.push({
        id: uplinkLinkId(sw.id, host, nicName),
        kind: 'uplink',
        switch: sw.id,
        host,
        nic: nicName,
      });
    if (sw.type === 'standard') for (const u of sw.uplinks ?? []) uplink(sw.host, u.nic);
    else if (sw.type === 'distributed') for (const u of sw.uplinks ?? []) uplink(u.host, u.nic);
    else if (sw.type === 'bridged') uplink(sw.host, sw.nic);
  }
  for (const cable of doc.cables ?? [])
    links.push({ id: cableLinkId(cable.id), kind: 'cable', cable: cable.id, a: cable.a, b: cable.b });
  return links;
}
