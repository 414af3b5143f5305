// dvSwitch (distributed switches: max MTU, member hosts) and dvPort (their
// port groups with VLAN, trunk or private VLAN).
import type { Table } from '../files/table';
import type { InvDvVlan, Inventory } from '../inventory';
import type { ReportBuilder } from '../report';
import { parseFlag, parseWhole, splitList } from './cells';
import { matchColumns, missingColumn, type ColumnAliases } from './columns';
import { readSecurity } from './hostSheets';

const DVSWITCH: ColumnAliases<'switch' | 'mtu' | 'hosts'> = {
  switch: ['Switch', 'Name', 'dvSwitch', 'DVSwitch', 'Switch Name'],
  mtu: ['Max MTU', 'MaxMTU', 'MTU'],
  hosts: ['Host members', 'Host Members', 'Member Hosts', 'Hosts'],
};

export function readDvSwitch(table: Table, inv: Inventory, report: ReportBuilder): void {
  const cols = matchColumns(table, DVSWITCH);
  const missing = missingColumn(cols, DVSWITCH, ['switch']);
  if (missing) return report.warn(`Sheet ${table.sheet} was not read: ${missing}.`);
  for (const row of table.rows) {
    const name = cols.get(row, 'switch');
    if (name === '') {
      report.skip(table.sheet, row.line, 'no switch name');
      continue;
    }
    const mtu = parseWhole(cols.get(row, 'mtu'));
    inv.dvSwitches.push({
      name,
      ...(mtu === undefined ? {} : { mtu }),
      hosts: splitList(cols.get(row, 'hosts')),
      ref: { sheet: table.sheet, row: row.line },
    });
  }
}

/** "0-4094", "100-200,300": the ranges, VLAN 0 dropped (it is the untagged VLAN, not a tag a guest uses). */
export function parseTrunkRanges(text: string): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const part of text.split(/[,;\s]+/)) {
    if (part === '') continue;
    const match = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(part);
    if (!match) return null;
    const from = Math.max(1, Number(match[1]));
    const to = Math.min(4094, match[2] === undefined ? Number(match[1]) : Number(match[2]));
    if (from <= to) ranges.push([from, to]);
  }
  return ranges.length > 0 ? ranges : null;
}

/** RVTools writes "100", "0-4094" for a trunk, or names a private VLAN; a "VLAN type" column may say which. */
export function parseDvVlan(text: string, typeText: string): InvDvVlan {
  const value = text.trim();
  const type = typeText.toLowerCase();
  const pvlan = /pvlan|private/i.test(type) || /pvlan|private/i.test(value);
  const numbers = value.replace(/^[^\d]*/, '');
  if (pvlan) {
    const id = parseWhole(/\d+/.exec(numbers)?.[0] ?? '');
    return id !== undefined && id >= 1 && id <= 4094
      ? { kind: 'pvlan', id }
      : { kind: 'unknown', text: value };
  }
  const single = parseWhole(numbers);
  if (single !== undefined && !/trunk/.test(type) && !/trunk/i.test(value))
    return single <= 4094 ? { kind: 'vlan', id: single } : { kind: 'unknown', text: value };
  const ranges = parseTrunkRanges(numbers);
  return ranges ? { kind: 'trunk', ranges } : { kind: 'unknown', text: value };
}

const DVPORT: ColumnAliases<
  'portGroup' | 'switch' | 'vlan' | 'vlanType' | 'uplink' | 'promiscuous' | 'macChanges' | 'forgedTransmits'
> = {
  portGroup: ['Port', 'Port Group', 'Portgroup', 'dvPort', 'Port Name', 'Name'],
  switch: ['Switch', 'dvSwitch', 'DVSwitch', 'Distributed Switch'],
  vlan: ['VLAN', 'VLAN ID', 'VlanId'],
  vlanType: ['VLAN type', 'VLAN Type'],
  uplink: ['Uplink', 'Is Uplink', 'Uplink Port Group'],
  promiscuous: ['Allow Promiscuous', 'Promiscuous Mode', 'Promiscuous'],
  macChanges: ['Mac Changes', 'MAC Address Changes'],
  forgedTransmits: ['Forged Transmits'],
};

export function readDvPort(table: Table, inv: Inventory, report: ReportBuilder): void {
  const cols = matchColumns(table, DVPORT);
  const missing = missingColumn(cols, DVPORT, ['portGroup', 'switch']);
  if (missing) return report.warn(`Sheet ${table.sheet} was not read: ${missing}.`);
  for (const row of table.rows) {
    const name = cols.get(row, 'portGroup');
    const sw = cols.get(row, 'switch');
    if (name === '' || sw === '') {
      report.skip(table.sheet, row.line, name === '' ? 'no port group name' : 'no switch');
      continue;
    }
    const uplinkFlag = parseFlag(cols.get(row, 'uplink'));
    if (uplinkFlag === true || (uplinkFlag === undefined && /uplinks?-\d+$/i.test(name))) {
      report.skip(table.sheet, row.line, `${name} is the uplink port group of ${sw}, not a network for VMs`);
      continue;
    }
    inv.dvPortGroups.push({
      switch: sw,
      name,
      vlan: parseDvVlan(cols.get(row, 'vlan'), cols.get(row, 'vlanType')),
      security: readSecurity(cols, row),
      ref: { sheet: table.sheet, row: row.line },
    });
  }
}
