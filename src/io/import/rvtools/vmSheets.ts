// vInfo (VMs, power state, host) and vNetwork (their adapters).
import type { Table } from '../files/table';
import type { Inventory } from '../inventory';
import type { ReportBuilder } from '../report';
import { parseFlag, parsePower, splitAddresses } from './cells';
import { matchColumns, missingColumn, type ColumnAliases } from './columns';

const VM_ID = ['VM ID', 'VM UUID', 'VMID'];

const VINFO: ColumnAliases<'vm' | 'vmId' | 'power' | 'host' | 'template' | 'srm'> = {
  vm: ['VM', 'VM Name', 'Name', 'Virtual Machine'],
  vmId: VM_ID,
  power: ['Powerstate', 'Power State', 'Power'],
  host: ['Host', 'ESX Host', 'ESXi Host', 'VM Host'],
  template: ['Template'],
  srm: ['SRM Placeholder'],
};

export function readVInfo(table: Table, inv: Inventory, report: ReportBuilder): void {
  const cols = matchColumns(table, VINFO);
  const missing = missingColumn(cols, VINFO, ['vm', 'host']);
  if (missing) return report.warn(`Sheet ${table.sheet} was not read: ${missing}.`);
  for (const row of table.rows) {
    const name = cols.get(row, 'vm');
    const host = cols.get(row, 'host');
    if (name === '') report.skip(table.sheet, row.line, 'no VM name');
    else if (parseFlag(cols.get(row, 'template')) === true)
      report.skip(table.sheet, row.line, `${name} is a template, not a VM that runs`);
    else if (parseFlag(cols.get(row, 'srm')) === true)
      report.skip(table.sheet, row.line, `${name} is an SRM placeholder`);
    else if (host === '') report.skip(table.sheet, row.line, `${name} has no host`);
    else {
      const id = cols.get(row, 'vmId');
      const power = parsePower(cols.get(row, 'power'));
      inv.vms.push({
        ...(id ? { id } : {}),
        name,
        host,
        ...(power ? { power } : {}),
        ref: { sheet: table.sheet, row: row.line },
      });
    }
  }
}

const VNETWORK: ColumnAliases<
  | 'vm'
  | 'vmId'
  | 'host'
  | 'power'
  | 'template'
  | 'label'
  | 'adapter'
  | 'network'
  | 'switch'
  | 'connected'
  | 'ip'
  | 'ipv6'
> = {
  vm: ['VM', 'VM Name', 'Name', 'Virtual Machine'],
  vmId: VM_ID,
  host: ['Host', 'ESX Host', 'ESXi Host'],
  power: ['Powerstate', 'Power State'],
  template: ['Template'],
  label: ['NIC label', 'NIC Label', 'Adapter Label', 'Label', 'Network Adapter'],
  adapter: ['Adapter', 'Adapter Type', 'NIC Type'],
  network: ['Network', 'Portgroup', 'Port Group', 'Network Name'],
  switch: ['Switch', 'vSwitch', 'Virtual Switch', 'dvSwitch'],
  connected: ['Connected', 'Is Connected'],
  ip: ['IPv4 Address', 'IPv4 Addresses', 'IP Address', 'IP Addresses', 'IP'],
  ipv6: ['IPv6 Address', 'IPv6 Addresses'],
};

export function readVNetwork(table: Table, inv: Inventory, report: ReportBuilder): void {
  const cols = matchColumns(table, VNETWORK);
  const missing = missingColumn(cols, VNETWORK, ['vm', 'network']);
  if (missing) return report.warn(`Sheet ${table.sheet} was not read: ${missing}.`);
  const count = new Map<string, number>();
  const vmKey = (id: string | undefined, name: string) => (id ? `id:${id}` : `name:${name}`);
  const knownVms = new Set(inv.vms.flatMap((vm) => [vmKey(vm.id, vm.name), vmKey(undefined, vm.name)]));
  for (const row of table.rows) {
    const vmName = cols.get(row, 'vm');
    if (vmName === '') {
      report.skip(table.sheet, row.line, 'no VM name');
      continue;
    }
    if (parseFlag(cols.get(row, 'template')) === true) {
      report.skip(table.sheet, row.line, `${vmName} is a template, not a VM that runs`);
      continue;
    }
    const vmId = cols.get(row, 'vmId');
    const key = vmId || vmName;
    const index = (count.get(key) ?? 0) + 1;
    count.set(key, index);
    const addresses = splitAddresses(cols.get(row, 'ip'));
    addresses.other.push(...splitAddresses(cols.get(row, 'ipv6')).other);
    const connected = parseFlag(cols.get(row, 'connected'));
    const adapterType = cols.get(row, 'adapter');
    const switchName = cols.get(row, 'switch');
    inv.adapters.push({
      ...(vmId ? { vmId } : {}),
      vmName,
      label: cols.get(row, 'label') || `Network adapter ${index}`,
      network: cols.get(row, 'network'),
      ...(switchName ? { switch: switchName } : {}),
      addresses,
      ...(connected === undefined ? {} : { connected }),
      ...(adapterType ? { adapterType } : {}),
      ref: { sheet: table.sheet, row: row.line },
    });
    // vNetwork names the VM's host too: a VM missing from vInfo can still be placed.
    const host = cols.get(row, 'host');
    if (host && !knownVms.has(vmKey(vmId, vmName))) {
      knownVms.add(vmKey(vmId, vmName));
      const power = parsePower(cols.get(row, 'power'));
      inv.vms.push({
        ...(vmId ? { id: vmId } : {}),
        name: vmName,
        host,
        ...(power ? { power } : {}),
        ref: { sheet: table.sheet, row: row.line },
      });
      report.assume('VM known only from vNetwork (not in vInfo), placed on the host vNetwork names', vmName);
    }
  }
}
