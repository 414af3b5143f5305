// Ids and display names for elements created on the canvas: unique, and in
// the style an admin expects from vCenter and Workstation ("esxi-01",
// "vSwitch0", "VM Network 2", "VMnet8").
import { nextId, nextName, twoDigits } from '../ids';
import type { Design, DesktopNetwork } from '../types';
import { isDesktopNetwork } from '../types';

/** The id prefix of each kind of new element: `esx-01`, `vm-01`, `pg-01`... */
export const ID_PREFIX = {
  esxiHost: 'esx',
  workstationHost: 'ws',
  vm: 'vm',
  standardSwitch: 'vss',
  distributedSwitch: 'dvs',
  portGroup: 'pg',
  physicalSwitch: 'sw',
  router: 'r',
  nat: 'nat',
  hostonly: 'hostonly',
  bridged: 'bridged',
  segment: 'segment',
  cable: 'c',
} as const;

export type IdPrefixKind = keyof typeof ID_PREFIX;

export const freshId = (taken: ReadonlySet<string>, kind: IdPrefixKind): string =>
  nextId(taken, ID_PREFIX[kind]);

/** `<owner><suffix>N` for the first free N from 0: `vm-01-n0`, `r-01-if0`. */
export const childId = (taken: ReadonlySet<string>, owner: string, suffix: string): string =>
  nextName(taken, (n) => `${owner}${suffix}${n}`, 0);

const namesOf = (items: readonly { id: string; name?: string | undefined }[]): string[] =>
  items.map((item) => item.name ?? item.id);

export const hostName = (doc: Design, kind: 'esxi' | 'workstation'): string =>
  nextName(namesOf(doc.hosts ?? []), (n) => `${kind === 'esxi' ? 'esxi' : 'workstation'}-${twoDigits(n)}`);

export const vmName = (doc: Design): string => nextName(namesOf(doc.vms ?? []), (n) => `vm-${twoDigits(n)}`);

/** vSwitch numbering is per host and starts at 0, as on ESXi. */
export const standardSwitchName = (doc: Design, host: string): string =>
  nextName(
    namesOf((doc.switches ?? []).filter((sw) => sw.type === 'standard' && sw.host === host)),
    (n) => `vSwitch${n}`,
    0,
  );

export const distributedSwitchName = (doc: Design): string =>
  nextName(namesOf(doc.switches ?? []), (n) => `DSwitch-${twoDigits(n)}`);

export const portGroupName = (doc: Design): string =>
  nextName(namesOf(doc.portGroups ?? []), (n) => (n === 1 ? 'VM Network' : `VM Network ${n}`));

export const physicalSwitchName = (doc: Design): string =>
  nextName(namesOf(doc.physicalSwitches ?? []), (n) => `switch-${twoDigits(n)}`);

export const routerName = (doc: Design): string =>
  nextName(namesOf(doc.routers ?? []), (n) => `router-${twoDigits(n)}`);

/** Workstation's own numbering: VMnet0 bridged, VMnet1 host-only, VMnet8 NAT, the others from VMnet2. */
const PREFERRED_VMNET: Partial<Record<DesktopNetwork['type'], number>> = { bridged: 0, hostonly: 1, nat: 8 };

export function desktopNetworkName(doc: Design, host: string, type: DesktopNetwork['type']): string {
  const onHost = (doc.switches ?? []).filter((sw) => isDesktopNetwork(sw) && sw.host === host);
  const taken = new Set(namesOf(onHost));
  if (type === 'segment') return nextName(taken, (n) => `LAN Segment ${n}`);
  const preferred = PREFERRED_VMNET[type];
  if (preferred !== undefined && !taken.has(`VMnet${preferred}`)) return `VMnet${preferred}`;
  return nextName(taken, (n) => `VMnet${n}`, 2);
}
