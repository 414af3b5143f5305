// Where a keyboard user's "add" goes: into the host, or onto the switch, that
// the selection points at; failing that, the only one there is.
import { hostKind } from '../model/defaults';
import type { Design, Host, Switch } from '../model/types';

/** The host of the first selected element that has one: a host, or what lives on a host. */
export function selectedHost(doc: Design, selection: readonly string[]): Host | undefined {
  const hosts = new Map((doc.hosts ?? []).map((h) => [h.id, h]));
  for (const id of selection) {
    const host =
      hosts.get(id) ??
      hosts.get((doc.vms ?? []).find((vm) => vm.id === id)?.host ?? '') ??
      hosts.get(ownerHost(doc, id) ?? '');
    if (host) return host;
  }
  return undefined;
}

function ownerHost(doc: Design, id: string): string | undefined {
  const sw = (doc.switches ?? []).find((s) => s.id === id);
  if (sw && sw.type !== 'distributed') return sw.host;
  return (doc.hosts ?? []).find((h) => (h.vmkernels ?? []).some((k) => k.id === id))?.id;
}

/** The standard or distributed switch selected, or the switch of a selected port group. */
export function selectedSwitch(doc: Design, selection: readonly string[]): Switch | undefined {
  const switches = new Map((doc.switches ?? []).map((s) => [s.id, s]));
  for (const id of selection) {
    const sw =
      switches.get(id) ?? switches.get((doc.portGroups ?? []).find((pg) => pg.id === id)?.switch ?? '');
    if (sw?.type === 'standard' || sw?.type === 'distributed') return sw;
  }
  return undefined;
}

export const onlyOne = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

export const hostsOfKind = (doc: Design, kind: 'esxi' | 'workstation' | 'any'): Host[] =>
  (doc.hosts ?? []).filter((h) => kind === 'any' || hostKind(h) === kind);
