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
/** The last document computed, to compare the next one with. */
let last: { doc: Design; links: HostLinks } | null = null;

/**
 * The links a document's hosts hold; computed once per document. An edit that leaves every link
 * where it was (a VM powered off, a host NIC taken down) gives the previous document's answer,
 * the same map with the same lists, without listing the links of thousands of VMs again.
 */
export function hostLinksOf(doc: Design): HostLinks {
  let found = byDocument.get(doc);
  if (!found) {
    found = last && sameLinks(last.doc, doc) ? last.links : hostLinks(doc);
    byDocument.set(doc, found);
  }
  last = { doc, links: found };
  return found;
}

/** Lists of the same length whose items at each place are the same object or alike in `alike`. */
function sameList<T>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  alike: (x: T, y: T) => boolean,
) {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !alike(a[i]!, b[i]!)) return false;
  return true;
}

/** Whether two documents have the same links in the same hosts: what hostLinks reads is alike. */
function sameLinks(a: Design, b: Design): boolean {
  return (
    a.switches === b.switches &&
    a.portGroups === b.portGroups &&
    a.routers === b.routers &&
    a.cables === b.cables &&
    sameList(a.hosts, b.hosts, (x, y) => x.id === y.id && x.vmkernels === y.vmkernels) &&
    sameList(
      a.vms,
      b.vms,
      (x, y) =>
        x.host === y.host && sameList(x.nics, y.nics, (n, m) => n.id === m.id && n.network === m.network),
    )
  );
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
