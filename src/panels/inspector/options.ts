// The choices offered by the inspector's pickers, read from the design.
import { displayName, hostKind } from '../../model/defaults';
import type { Design } from '../../model/types';
import { isDesktopNetwork } from '../../model/types';
import type { Option } from './fields/SelectField';

/** "web-01", or "Web server (web-01)" when the name differs from the id. */
export const labelOf = (el: { id: string; name?: string | undefined }): string =>
  el.name !== undefined && el.name !== el.id ? `${el.name} (${el.id})` : el.id;

export const NONE_OPTION: Option = { value: '', label: '— none —' };

export function hostOptions(doc: Design, kind?: 'esxi' | 'workstation'): Option[] {
  return (doc.hosts ?? [])
    .filter((h) => kind === undefined || hostKind(h) === kind)
    .map((h) => ({ value: h.id, label: labelOf(h) }));
}

/** What an adapter can join: port groups (with their switch) and desktop networks. */
export function networkOptions(doc: Design): Option[] {
  const switches = new Map((doc.switches ?? []).map((s) => [s.id, s]));
  const groups = (doc.portGroups ?? []).map((pg) => {
    const sw = switches.get(pg.switch);
    return { value: pg.id, label: `${labelOf(pg)} on ${sw ? displayName(sw) : pg.switch}` };
  });
  const desktop = (doc.switches ?? [])
    .filter(isDesktopNetwork)
    .map((n) => ({ value: n.id, label: `${labelOf(n)} (${n.type})` }));
  return [...groups, ...desktop];
}

export function portGroupOptions(doc: Design): Option[] {
  return (doc.portGroups ?? []).map((pg) => ({ value: pg.id, label: labelOf(pg) }));
}

export function virtualSwitchOptions(doc: Design): Option[] {
  return (doc.switches ?? [])
    .filter((s) => s.type === 'standard' || s.type === 'distributed')
    .map((s) => ({ value: s.id, label: `${labelOf(s)} (${s.type})` }));
}

export function physicalSwitchOptions(doc: Design): Option[] {
  return (doc.physicalSwitches ?? []).map((p) => ({ value: p.id, label: labelOf(p) }));
}

/** Every port reference of the design: host NICs, then physical switch ports. */
export function portRefOptions(doc: Design): Option[] {
  const out: Option[] = [];
  for (const host of doc.hosts ?? []) for (const nic of host.nics ?? []) out.push(ref(host.id, nic.name));
  for (const ps of doc.physicalSwitches ?? [])
    for (const port of ps.ports ?? []) out.push(ref(ps.id, port.name));
  return out;
}

const ref = (owner: string, port: string): Option => ({
  value: `${owner}:${port}`,
  label: `${owner}:${port}`,
});

export function hostNicNames(doc: Design, hostId: string): string[] {
  return (doc.hosts ?? []).find((h) => h.id === hostId)?.nics?.map((n) => n.name) ?? [];
}

/** "host:nic" of every NIC some switch already uses as an uplink (or a bridged network's NIC). */
export function usedUplinkNics(doc: Design): Set<string> {
  const used = new Set<string>();
  for (const sw of doc.switches ?? []) {
    if (sw.type === 'standard') for (const u of sw.uplinks ?? []) used.add(`${sw.host}:${u.nic}`);
    if (sw.type === 'distributed') for (const u of sw.uplinks ?? []) used.add(`${u.host}:${u.nic}`);
    if (sw.type === 'bridged') used.add(`${sw.host}:${sw.nic}`);
  }
  return used;
}

export const options = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: v }));
