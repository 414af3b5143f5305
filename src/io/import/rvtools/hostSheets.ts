// vSwitch and vPort (standard switches and their port groups), vNIC (host
// NICs and the switch that uses each) and vSC_VMK (VMkernel adapters).
import type { Table, TableRow } from '../files/table';
import type { Inventory, SecurityFlags } from '../inventory';
import type { ReportBuilder } from '../report';
import { parseFlag, parseWhole, prefixFromMaskText, splitAddresses } from './cells';
import { matchColumns, missingColumn, type ColumnAliases, type Columns } from './columns';

const HOST = ['Host', 'ESX Host', 'ESXi Host', 'Host Name'];
const SECURITY = {
  promiscuous: ['Promiscuous Mode', 'Allow Promiscuous', 'Promiscuous'],
  macChanges: ['Mac Changes', 'MAC Address Changes', 'MAC Changes'],
  forgedTransmits: ['Forged Transmits'],
};

export function readSecurity(
  cols: Columns<'promiscuous' | 'macChanges' | 'forgedTransmits'>,
  row: TableRow,
): SecurityFlags {
  const flags: SecurityFlags = {};
  for (const key of ['promiscuous', 'macChanges', 'forgedTransmits'] as const) {
    const value = parseFlag(cols.get(row, key));
    if (value !== undefined) flags[key] = value;
  }
  return flags;
}

const VSWITCH: ColumnAliases<'host' | 'switch' | 'mtu' | 'promiscuous' | 'macChanges' | 'forgedTransmits'> = {
  host: HOST,
  switch: ['Switch', 'vSwitch', 'Name', 'Switch Name'],
  mtu: ['MTU'],
  ...SECURITY,
};

export function readVSwitch(table: Table, inv: Inventory, report: ReportBuilder): void {
  const cols = matchColumns(table, VSWITCH);
  const missing = missingColumn(cols, VSWITCH, ['host', 'switch']);
  if (missing) return report.warn(`Sheet ${table.sheet} was not read: ${missing}.`);
  for (const row of table.rows) {
    const host = cols.get(row, 'host');
    const name = cols.get(row, 'switch');
    if (host === '' || name === '') {
      report.skip(table.sheet, row.line, host === '' ? 'no host' : 'no switch name');
      continue;
    }
    const mtu = parseWhole(cols.get(row, 'mtu'));
    inv.standardSwitches.push({
      host,
      name,
      ...(mtu === undefined ? {} : { mtu }),
      security: readSecurity(cols, row),
      ref: { sheet: table.sheet, row: row.line },
    });
  }
}

const VPORT: ColumnAliases<
  'host' | 'switch' | 'portGroup' | 'vlan' | 'promiscuous' | 'macChanges' | 'forgedTransmits'
> = {
  host: HOST,
  switch: ['Switch', 'vSwitch', 'Virtual Switch'],
  portGroup: ['Port Group', 'Portgroup', 'Network', 'Name'],
  vlan: ['VLAN', 'VLAN ID', 'VlanId'],
  ...SECURITY,
};

export function readVPort(table: Table, inv: Inventory, report: ReportBuilder): void {
  const cols = matchColumns(table, VPORT);
  const missing = missingColumn(cols, VPORT, ['host', 'switch', 'portGroup']);
  if (missing) return report.warn(`Sheet ${table.sheet} was not read: ${missing}.`);
  for (const row of table.rows) {
    const host = cols.get(row, 'host');
    const name = cols.get(row, 'portGroup');
    const sw = cols.get(row, 'switch');
    if (host === '' || name === '' || sw === '') {
      report.skip(
        table.sheet,
        row.line,
        host === '' ? 'no host' : name === '' ? 'no port group name' : 'no switch',
      );
      continue;
    }
    const vlanText = cols.get(row, 'vlan');
    const vlan = parseWhole(vlanText);
    if (vlanText !== '' && (vlan === undefined || vlan > 4095))
      report.assume(
        `VLAN "${vlanText}" of a standard port group is not 0–4095; VLAN 0 (untagged) used`,
        `${host} / ${name}`,
      );
    inv.standardPortGroups.push({
      host,
      switch: sw,
      name,
      ...(vlan !== undefined && vlan <= 4095 ? { vlan } : {}),
      security: readSecurity(cols, row),
      ref: { sheet: table.sheet, row: row.line },
    });
  }
}

const VNIC: ColumnAliases<'host' | 'nic' | 'switch' | 'speed'> = {
  host: HOST,
  nic: ['Network Device', 'Device', 'NIC', 'Physical NIC', 'vmnic', 'Name'],
  switch: ['Switch', 'vSwitch', 'Virtual Switch', 'dvSwitch'],
  speed: ['Speed', 'Link Speed', 'Speed (Mbps)'],
};

export function readVNic(table: Table, inv: Inventory, report: ReportBuilder): void {
  const cols = matchColumns(table, VNIC);
  const missing = missingColumn(cols, VNIC, ['host', 'nic']);
  if (missing) return report.warn(`Sheet ${table.sheet} was not read: ${missing}.`);
  for (const row of table.rows) {
    const host = cols.get(row, 'host');
    const name = cols.get(row, 'nic');
    if (host === '' || name === '') {
      report.skip(table.sheet, row.line, host === '' ? 'no host' : 'no NIC name');
      continue;
    }
    const sw = cols.get(row, 'switch');
    // A NIC with no link shows speed 0; an empty cell says nothing.
    const speed = parseWhole(cols.get(row, 'speed'));
    inv.hostNics.push({
      host,
      name,
      ...(speed === 0 ? { up: false } : {}),
      ...(sw ? { switch: sw } : {}),
      ref: { sheet: table.sheet, row: row.line },
    });
  }
}

const VMK: ColumnAliases<
  'host' | 'portGroup' | 'device' | 'ip' | 'mask' | 'gateway' | 'mtu' | 'dhcp' | 'switch'
> = {
  host: HOST,
  portGroup: ['Port Group', 'Portgroup', 'Network'],
  device: ['Device', 'VMkernel', 'VMkernel Adapter', 'Name'],
  ip: ['IP Address', 'IPv4 Address', 'IP'],
  mask: ['Subnet mask', 'Subnet Mask', 'IPv4 Subnet Mask', 'Netmask', 'Mask'],
  gateway: ['Gateway', 'IPv4 Gateway', 'Default Gateway'],
  mtu: ['MTU'],
  dhcp: ['DHCP'],
  switch: ['dvSwitch', 'Switch', 'Distributed Switch'],
};

export function readVmk(table: Table, inv: Inventory, report: ReportBuilder): void {
  const cols = matchColumns(table, VMK);
  const missing = missingColumn(cols, VMK, ['host', 'device']);
  if (missing) return report.warn(`Sheet ${table.sheet} was not read: ${missing}.`);
  for (const row of table.rows) {
    const host = cols.get(row, 'host');
    const device = cols.get(row, 'device');
    if (host === '' || device === '') {
      report.skip(table.sheet, row.line, host === '' ? 'no host' : 'no device name');
      continue;
    }
    const dhcp = parseFlag(cols.get(row, 'dhcp')) === true;
    const addresses = splitAddresses(cols.get(row, 'ip'));
    const first = addresses.ipv4[0];
    const maskText = cols.get(row, 'mask');
    const prefix = first?.prefix ?? (maskText ? prefixFromMaskText(maskText) : undefined);
    const gateway = splitAddresses(cols.get(row, 'gateway')).ipv4[0]?.address;
    const mtu = parseWhole(cols.get(row, 'mtu'));
    const sw = cols.get(row, 'switch');
    inv.vmkernels.push({
      host,
      device,
      network: cols.get(row, 'portGroup'),
      ...(sw ? { switch: sw } : {}),
      ...(dhcp
        ? { ip: 'dhcp' as const }
        : first
          ? { ip: prefix === undefined ? { address: first.address } : { address: first.address, prefix } }
          : {}),
      ...(gateway && gateway !== '0.0.0.0' ? { gateway } : {}),
      ...(mtu === undefined ? {} : { mtu }),
      ref: { sheet: table.sheet, row: row.line },
    });
  }
}
