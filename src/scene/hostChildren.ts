// What each host holds, with the box of each child: its VMs, then its
// standard switches and desktop networks, in document order. A builder
// remembers the last answer, and after the usual edit (one VM replaced, its
// id and host unchanged) it is that answer again, with only the host of a VM
// whose box changed given a new list: the lists of every other host stay the
// same objects, which is how the hosts' geometry sees at a glance that they
// did not change (hostCache.ts).
import type { Design, Host, Vm } from '../model/types';
import { portGroupIdsBySwitch, switchBoxOf, vmBoxOf } from './boxCache';
import type { Child } from './hostCache';
import type { SceneNodeKind } from './types';

export interface HostChildren {
  /** Host id → its VMs and its other children (standard switches, desktop networks). */
  byHost: ReadonlyMap<string, { vms: readonly Child[]; switches: readonly Child[] }>;
  /** The kind of each child that is not a VM. */
  kinds: ReadonlyMap<string, SceneNodeKind>;
}

interface Remembered extends HostChildren {
  hosts: Design['hosts'];
  vms: Design['vms'];
  switches: Design['switches'];
  portGroups: Design['portGroups'];
  /** Per VM (same order as `vms`): its place in its host's list. */
  slots: number[];
}

const sameHostIds = (a: readonly Host[] = [], b: readonly Host[] = []): boolean =>
  a === b || (a.length === b.length && a.every((host, i) => host.id === b[i]!.id));

function childrenOf(doc: Design): Remembered {
  const byHost = new Map<string, { vms: Child[]; switches: Child[] }>();
  for (const host of doc.hosts ?? []) byHost.set(host.id, { vms: [], switches: [] });
  const slots: number[] = [];
  for (const vm of doc.vms ?? []) {
    const list = byHost.get(vm.host)?.vms;
    slots.push(list ? list.length : -1);
    list?.push({ id: vm.id, box: vmBoxOf(vm) });
  }
  const portGroups = portGroupIdsBySwitch(doc.portGroups);
  const kinds = new Map<string, SceneNodeKind>();
  for (const sw of doc.switches ?? []) {
    if (sw.type === 'distributed') continue;
    byHost.get(sw.host)?.switches.push({ id: sw.id, box: switchBoxOf(sw, portGroups.get(sw.id)) });
    kinds.set(sw.id, sw.type === 'standard' ? 'standardSwitch' : 'desktopNetwork');
  }
  const { hosts, vms, switches, portGroups: groups } = doc;
  return { byHost, kinds, hosts, vms, switches, portGroups: groups, slots };
}

/**
 * `last` brought up to `doc` when only VMs were replaced in place (same id, same host), or null.
 * A replaced VM whose box is the same changes nothing; one whose box changed gets its host a new list.
 */
function replacedVms(last: Remembered, doc: Design): Remembered | null {
  const before = last.vms ?? [];
  const after = doc.vms ?? [];
  if (before.length !== after.length) return null;
  let byHost: Map<string, { vms: readonly Child[]; switches: readonly Child[] }> | null = null;
  for (let i = 0; i < after.length; i++) {
    const vm: Vm = after[i]!;
    const was = before[i]!;
    if (vm === was) continue;
    if (vm.id !== was.id || vm.host !== was.host) return null;
    const slot = last.slots[i]!;
    const current = (byHost ?? last.byHost).get(vm.host);
    if (slot < 0 || !current) continue; // a VM of no host is not drawn
    const box = vmBoxOf(vm);
    if (current.vms[slot]!.box === box) continue;
    byHost ??= new Map(last.byHost);
    const vms = current.vms.slice();
    vms[slot] = { id: vm.id, box };
    byHost.set(vm.host, { ...current, vms });
  }
  return { ...last, byHost: byHost ?? last.byHost, hosts: doc.hosts, vms: doc.vms };
}

/** A builder of host children with its own memory of the last document. */
export function createHostChildren(): (doc: Design) => HostChildren {
  let last: Remembered | null = null;
  return (doc) => {
    const kept =
      last &&
      last.switches === doc.switches &&
      last.portGroups === doc.portGroups &&
      sameHostIds(last.hosts, doc.hosts)
        ? replacedVms(last, doc)
        : null;
    last = kept ?? childrenOf(doc);
    return last;
  };
}
