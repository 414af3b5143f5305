// The links of each host: those of the host itself (its VMkernel adapters,
// uplinks and cables) and of everything inside it (its VMs' adapters, its
// standard switches' and desktop networks' links). A collapsed host sums their
// statuses up, including the links it hides and the ones it does not draw at
// all (both ends inside it).
import { listLinks } from '../model/links';
import type { Design } from '../model/types';

/** Host id → link ids, in document order, each once. */
export type HostLinks = ReadonlyMap<string, readonly string[]>;

const byDocument = new WeakMap<Design, HostLinks>();

/** The links a document's hosts hold; computed once per document. */
export function hostLinksOf(doc: Design): HostLinks {
  let found = byDocument.get(doc);
  if (!found) {
    found = hostLinks(doc);
    byDocument.set(doc, found);
  }
  return found;
}

export function hostLinks(doc: Design): HostLinks {
  const hostIds = new Set((doc.hosts ?? []).map((h) => h.id));
  // Element id → the host it lives in.
  const home = new Map<string, string>();
  for (const host of doc.hosts ?? []) for (const vmk of host.vmkernels ?? []) home.set(vmk.id, host.id);
  for (const vm of doc.vms ?? []) for (const nic of vm.nics ?? []) home.set(nic.id, vm.host);
  const switchHost = new Map<string, string>();
  for (const sw of doc.switches ?? []) if (sw.type !== 'distributed') switchHost.set(sw.id, sw.host);
  for (const [id, host] of switchHost) home.set(id, host);
  for (const pg of doc.portGroups ?? []) {
    const host = switchHost.get(pg.switch);
    if (host !== undefined) home.set(pg.id, host);
  }
  const portHost = (ref: string): string | undefined => {
    const owner = ref.slice(0, ref.indexOf(':'));
    return hostIds.has(owner) ? owner : undefined;
  };

  const links = new Map<string, string[]>();
  const add = (host: string | undefined, link: string) => {
    if (host === undefined || !hostIds.has(host)) return;
    const list = links.get(host);
    if (!list) links.set(host, [link]);
    else if (list[list.length - 1] !== link) list.push(link);
  };
  for (const link of listLinks(doc)) {
    if (link.kind === 'nic') {
      add(home.get(link.adapter), link.id);
      add(home.get(link.network), link.id);
    } else if (link.kind === 'uplink') {
      add(link.host, link.id);
    } else {
      add(portHost(link.a), link.id);
      add(portHost(link.b), link.id);
    }
  }
  return links;
}
