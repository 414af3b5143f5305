// govc JSON files into an inventory. Understood: `govc vm.info -json`,
// `govc object.collect -json` of hosts (config.network, with or without
// name, with -type or -s), and `govc host.vswitch.info -json` /
// `host.portgroup.info -json`. Hosts are read before VMs, whatever the file
// order, so that a VM's host reference finds its host.
import { ImportFailure } from '../errors';
import { decodeText } from '../files/text';
import { emptyInventory, type Inventory, type SourceRef } from '../inventory';
import type { ReportBuilder } from '../report';
import type { InputFile } from '../rvtools/readRvtools';
import { readHostNetworkInfo, type DvPortGroupKeys } from './hostNetwork';
import { field, isObject, list, moref, parseJsonValues, text, type Json, type JsonObject } from './json';
import { readVirtualMachine, type PendingDvAdapter } from './vms';

interface Found {
  hosts: { name: string; ref?: string; network: Json | undefined; source: SourceRef }[];
  vms: { vm: Json; source: SourceRef }[];
}

/** esx-02.lab.vswitch.json → esx-02.lab: single-host govc commands do not name the host. */
export function hostFromFileName(file: string): string {
  return file
    .replace(/\.json$/i, '')
    .replace(/[._-]?(host[._-]?)?(vswitch|portgroup|config[._-]?network|network|net)([._-]?info)?$/i, '');
}

/** [{name: 'config.network', val}] (object.collect's change set) as one nested object. */
function fromProperties(entries: Json[]): JsonObject {
  const object: JsonObject = Object.create(null) as JsonObject;
  for (const entry of entries) {
    const path = text(field(entry, 'name')).split('.');
    const val = field(entry, 'val');
    let target = object;
    path.forEach((key, i) => {
      if (i === path.length - 1) target[key] = val ?? null;
      else {
        const next = target[key];
        if (!isObject(next)) target[key] = Object.create(null) as JsonObject;
        target = target[key] as JsonObject;
      }
    });
  }
  return object;
}

const isChangeList = (value: Json): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((e) => isObject(e) && typeof field(e, 'name') === 'string' && field(e, 'op') !== undefined);

const hasNetworkKeys = (value: Json | undefined): boolean =>
  ['vswitch', 'portgroup', 'proxySwitch', 'pnic', 'vnic'].some((k) => field(value, k) !== undefined);

function classify(value: Json, file: string, found: Found, position: { next: number }): boolean {
  const source = (): SourceRef => ({ sheet: file, row: position.next++ });
  if (Array.isArray(value) && !isChangeList(value)) {
    let any = false;
    for (const item of value) any = classify(item, file, found, position) || any;
    return any;
  }
  // object.collect: a change set alone, or an update / object content with the object's reference.
  const properties = Array.isArray(value)
    ? fromProperties(value)
    : isObject(value) && (field(value, 'changeSet') || field(value, 'propSet'))
      ? fromProperties(list(field(value, 'changeSet') ?? field(value, 'propSet')))
      : undefined;
  const ref = moref(field(value, 'obj'));
  if (properties) {
    const type = ref?.type ?? '';
    if (
      type === 'VirtualMachine' ||
      (!type &&
        field(properties, 'config') !== undefined &&
        field(field(properties, 'config'), 'network') === undefined)
    ) {
      found.vms.push({
        vm: { ...properties, self: ref ? { type: ref.type, value: ref.value } : null },
        source: source(),
      });
      return true;
    }
    const network = field(field(properties, 'config'), 'network');
    if (network === undefined) return false;
    const name = text(field(properties, 'name'));
    found.hosts.push({
      name: name || (ref?.value ?? ''),
      ...(ref ? { ref: ref.value } : {}),
      network,
      source: source(),
    });
    return true;
  }
  const vms = field(value, 'virtualMachines');
  if (Array.isArray(vms)) {
    for (const vm of vms) found.vms.push({ vm, source: source() });
    return true;
  }
  if (isObject(value) && hasNetworkKeys(value)) {
    found.hosts.push({ name: '', network: value, source: source() });
    return true;
  }
  return false;
}

export function readGovc(
  files: readonly InputFile[],
  report: ReportBuilder,
  onProgress: (f: number) => void,
): Inventory {
  const inv = emptyInventory('govc JSON');
  inv.guestPrefixKnown = true;
  const found: Found = { hosts: [], vms: [] };
  files.forEach((file, i) => {
    const values = parseJsonValues(decodeText(file.bytes).text, file.name);
    const position = { next: 1 };
    let understood = false;
    for (const value of values) understood = classify(value, file.name, found, position) || understood;
    if (!understood)
      throw new ImportFailure(
        file.name,
        'this JSON is not govc output the import reads: use vm.info -json, object.collect -json <host> config.network, host.vswitch.info -json or host.portgroup.info -json',
      );
    onProgress((i + 1) / (files.length + 1));
  });

  const keys: DvPortGroupKeys = { switchOfKey: new Map(), switchOfUuid: new Map() };
  const hostByRef = new Map<string, string>();
  const unnamedHosts = new Set<string>();
  for (const host of found.hosts) {
    let name = host.name;
    if (!name) {
      name = hostFromFileName(host.source.sheet);
      report.assume(
        'host name taken from the file name (single-host govc output does not name its host)',
        `${host.source.sheet} → ${name}`,
      );
      unnamedHosts.add(name);
    }
    if (host.ref) hostByRef.set(host.ref, name);
    if (!inv.hosts.includes(name)) inv.hosts.push(name);
    readHostNetworkInfo(name, host.network, inv, keys, host.source);
  }

  const pendingDv: PendingDvAdapter[] = [];
  const dvPortGroupNames = new Map<string, string>();
  const hostNameOf = (hostRef: string, vmName: string): string => {
    const known = hostByRef.get(hostRef);
    if (known) return known;
    if (hostByRef.size === 0 && unnamedHosts.size === 1) {
      const only = [...unnamedHosts][0] as string;
      report.assume(
        'VM placed on the only host imported (the host data does not carry its reference)',
        `${vmName} → ${only}`,
      );
      return only;
    }
    report.assume(
      "VM's host is known only by its reference: the host's data was not imported",
      `${vmName} → ${hostRef}`,
    );
    return hostRef;
  };
  for (const { vm, source } of found.vms)
    readVirtualMachine(vm, inv, { hostNameOf, dvPortGroupNames, pendingDv }, source);
  nameDistributedPortGroups(inv, keys, dvPortGroupNames, pendingDv, report);
  onProgress(1);
  return inv;
}

/** Port groups of distributed switches appear only as keys; give them their names and make one per key. */
function nameDistributedPortGroups(
  inv: Inventory,
  keys: DvPortGroupKeys,
  names: Map<string, string>,
  pending: PendingDvAdapter[],
  report: ReportBuilder,
): void {
  const made = new Set<string>();
  const ensure = (pgKey: string, switchName: string, ref: SourceRef): string => {
    const name = names.get(pgKey) ?? pgKey;
    if (made.has(pgKey)) return name;
    made.add(pgKey);
    if (!names.has(pgKey))
      report.assume('distributed port group known only by its key (no guest reported its name)', pgKey);
    inv.dvPortGroups.push({
      switch: switchName,
      name,
      vlan: { kind: 'unknown', text: 'not in govc host or VM data' },
      security: {},
      ref,
    });
    return name;
  };
  for (const item of pending) {
    const switchName =
      keys.switchOfUuid.get(item.switchUuid) ?? keys.switchOfKey.get(item.portgroupKey) ?? item.switchUuid;
    item.adapter.network = ensure(item.portgroupKey, switchName, item.adapter.ref);
    item.adapter.switch = switchName;
  }
  for (const vmk of inv.vmkernels) {
    const switchName = vmk.switch;
    if (switchName && keys.switchOfKey.get(vmk.network) === switchName)
      vmk.network = ensure(vmk.network, switchName, vmk.ref);
  }
}
