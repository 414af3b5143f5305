// The synthetic RVTools exports (two header dialects, each as CSV files and
// as .xlsx) import into the same valid design, with every host, switch, port
// group, VM, adapter, VLAN and MTU where the lab puts it.
import { describe, expect, it } from 'vitest';
import type { Design, DistributedSwitch, StandardSwitch } from '../../src/model/types';
import { formatReport } from '../../src/io/import/index';
import { byName, csvSet, expectValidDesign, importOk, readInputs } from './helpers';

const FORMS = [
  ['v3', 'csv', () => csvSet('v3')],
  ['v3', 'xlsx', () => readInputs('rvtools/v3/RVTools_export_v3.xlsx')],
  ['v4', 'csv', () => csvSet('v4')],
  ['v4', 'xlsx', () => readInputs('rvtools/v4/RVTools_export_v4.xlsx')],
] as const;

const withoutName = (doc: Design) => ({ ...doc, name: '' });

describe.each(FORMS)('RVTools %s export as %s', (_dialect, form, files) => {
  const { design, report } = importOk(files());
  const hostId = (name: string) => byName(design.hosts, name).id;
  const pg = (name: string, host?: string) =>
    (design.portGroups ?? []).find(
      (p) => p.name === name && (host === undefined || p.switch.startsWith(hostId(host))),
    );

  it('is a valid design', () => {
    expectValidDesign(design);
    expect(report.source).toBe(form === 'csv' ? 'RVTools (CSV)' : 'RVTools (.xlsx)');
  });

  it('has the hosts with their NICs, one down', () => {
    expect(design.hosts?.map((h) => h.name ?? h.id)).toEqual(['esx-01.lab.local', 'esx-02.lab.local']);
    expect(byName(design.hosts, 'esx-01.lab.local').nics?.map((n) => n.name)).toEqual([
      'vmnic0',
      'vmnic1',
      'vmnic2',
      'vmnic3',
    ]);
    expect(byName(design.hosts, 'esx-02.lab.local').nics).toContainEqual({ name: 'vmnic1', up: false });
  });

  it('has the standard switches per host with MTU, security and uplinks', () => {
    const standard = (design.switches ?? []).filter((s): s is StandardSwitch => s.type === 'standard');
    expect(standard.map((s) => [s.host, s.name, s.mtu])).toEqual([
      [hostId('esx-01.lab.local'), 'vSwitch0', 1500],
      [hostId('esx-02.lab.local'), 'vSwitch0', 1500],
      [hostId('esx-02.lab.local'), 'vSwitch1', 9000],
    ]);
    expect(standard[2]?.security).toEqual({ promiscuous: false, macChanges: false, forgedTransmits: false });
    expect(standard[0]?.uplinks).toEqual([{ nic: 'vmnic0' }, { nic: 'vmnic1' }]);
  });

  it('has the distributed switch with its max MTU, members and uplinks', () => {
    const dvs = (design.switches ?? []).find((s): s is DistributedSwitch => s.type === 'distributed');
    expect(dvs).toMatchObject({ name: 'DSwitch-Prod', mtu: 9000 });
    expect(dvs?.hosts).toEqual([hostId('esx-01.lab.local'), hostId('esx-02.lab.local')]);
    expect(dvs?.uplinks).toEqual([
      { host: hostId('esx-01.lab.local'), nic: 'vmnic2' },
      { host: hostId('esx-01.lab.local'), nic: 'vmnic3' },
      { host: hostId('esx-02.lab.local'), nic: 'vmnic2' },
    ]);
  });

  it('has the port groups with their VLANs, one per host for same-named standard ones', () => {
    expect(pg('VM Network', 'esx-01.lab.local')?.vlan).toBe(0);
    expect(pg('VM Network', 'esx-02.lab.local')?.vlan).toBe(0);
    expect(pg('VM Network', 'esx-01.lab.local')?.id).not.toBe(pg('VM Network', 'esx-02.lab.local')?.id);
    expect(pg('Management Network', 'esx-02.lab.local')?.vlan).toBe(10);
    expect(pg('Backup', 'esx-01.lab.local')).toMatchObject({ vlan: 4095, security: { promiscuous: true } });
    expect(pg('iSCSI')?.vlan).toBe(30);
    expect(pg('Web')?.vlan).toBe(100);
    expect(pg('App')?.vlan).toBe(200);
    expect(pg('Trunk-All')?.vlan).toEqual({ trunk: '1-4094' });
    expect(pg('DB-Isolated')?.vlan).toBe(501);
    expect(pg('DSwitch-Prod-DVUplinks-21')).toBeUndefined();
    expect(design.portGroups).toHaveLength(11);
  });

  it('has the VMkernel adapters with address, prefix from the mask, and MTU', () => {
    const vmks = byName(design.hosts, 'esx-02.lab.local').vmkernels ?? [];
    expect(vmks.map((k) => [k.name, k.network, k.ip, k.mtu])).toEqual([
      ['vmk0', pg('Management Network', 'esx-02.lab.local')?.id, '10.0.10.12/24', 1500],
      ['vmk1', pg('iSCSI')?.id, '10.0.31.12/23', 9000],
    ]);
    expect(byName(design.hosts, 'esx-01.lab.local').vmkernels?.[1]).toMatchObject({
      network: pg('vMotion')?.id,
      mtu: 9000,
    });
  });

  it('has the VMs, power states and adapters on the right port groups', () => {
    expect(design.vms?.map((v) => v.name ?? v.id)).toEqual([
      'web-01',
      'web-02',
      'app-01',
      'db-01',
      'backup-01',
      'orphan-01',
    ]);
    expect(byName(design.vms, 'db-01').power).toBe('off');
    expect(byName(design.vms, 'web-01').nics).toEqual([
      {
        id: 'web-01-n1',
        name: 'Network adapter 1',
        network: pg('Web')?.id,
        ip: '10.0.100.11/24',
        adapter: 'vmxnet3',
      },
    ]);
    const app = byName(design.vms, 'app-01').nics ?? [];
    expect(app.map((n) => [n.network, n.ip, n.adapter])).toEqual([
      [pg('App')?.id, '10.0.200.21/24', 'vmxnet3'],
      [pg('VM Network', 'esx-01.lab.local')?.id, '192.168.1.21/24', 'e1000e'],
    ]);
    expect(byName(design.vms, 'backup-01').nics?.[0]).toMatchObject({
      network: pg('Backup')?.id,
      connected: false,
    });
    const orphan = byName(design.vms, 'orphan-01').nics?.[0];
    expect(orphan?.network).toBeUndefined();
    expect(orphan?.adapter).toBeUndefined();
    for (const vm of design.vms ?? []) for (const nic of vm.nics ?? []) expect(nic.mtu).toBeUndefined();
  });

  it('reports counts, skipped rows and assumptions', () => {
    expect(report.counts).toEqual({
      hosts: 2,
      hostNics: 7,
      vmkernels: 4,
      standardSwitches: 3,
      distributedSwitches: 1,
      portGroups: 11,
      vms: 6,
      adapters: 7,
      unattachedAdapters: 1,
    });
    expect(report.skipped).toEqual([
      {
        sheet: 'dvPort',
        row: 7,
        reason: 'DSwitch-Prod-DVUplinks-21 is the uplink port group of DSwitch-Prod, not a network for VMs',
      },
      { sheet: 'vInfo', row: 8, reason: 'tmpl-centos is a template, not a VM that runs' },
      { sheet: 'vNetwork', row: 9, reason: 'tmpl-centos is a template, not a VM that runs' },
      { sheet: 'vNetwork', row: 10, reason: "VM ghost is not in the inventory's VM list" },
    ]);
    const assumption = (start: string) => report.assumptions.find((a) => a.what.startsWith(start));
    expect(assumption('guest MTU')).toMatchObject({ count: 7, example: 'web-01 / Network adapter 1' });
    expect(assumption('VM address with no subnet mask')).toMatchObject({ count: 6 });
    expect(assumption('address not imported')?.example).toContain('fe80::250:56ff:feaa:101');
    expect(assumption('private VLAN')?.example).toContain('DB-Isolated');
    expect(assumption('adapter whose network')?.example).toContain('Missing-PG');
    expect(report.warnings.join(' ')).toMatch(/cabling is unknown/i);
    expect(design.physicalSwitches ?? []).toEqual([]);
    const text = formatReport(report);
    expect(text).toContain('vNetwork row 10: VM ghost');
    expect(text).toContain('guest MTU not in the inventory: 1500 assumed: 7');
  });
});

describe('RVTools forms agree', () => {
  it('gives the same design from every dialect and form', () => {
    const designs = FORMS.map(([, , files]) => withoutName(importOk(files()).design));
    for (const design of designs.slice(1)) expect(design).toEqual(designs[0]);
  });
});
