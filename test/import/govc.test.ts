// The synthetic govc JSON set (newer camelCase and older PascalCase output
// mixed) imports into a valid design with the lab's hosts, switches, port
// groups, VMs, adapters, VLANs and MTUs.
import { describe, expect, it } from 'vitest';
import type { DistributedSwitch } from '../../src/model/types';
import { byName, expectValidDesign, importOk, readInputs } from './helpers';

const GOVC = [
  'hosts.json',
  'vms.json',
  'vms-legacy.json',
  'esx-03.lab.local.vswitch.json',
  'esx-03.lab.local.portgroup.json',
];

describe('govc JSON set', () => {
  const { design, report } = importOk(readInputs(...GOVC.map((f) => `govc/${f}`)));
  const pg = (name: string, hostId?: string) =>
    (design.portGroups ?? []).find(
      (p) => p.name === name && (hostId === undefined || p.switch.startsWith(hostId)),
    );

  it('is a valid design', () => {
    expectValidDesign(design);
    expect(report.source).toBe('govc JSON');
  });

  it('reads hosts from object.collect and from single-host vswitch/portgroup output', () => {
    expect(design.hosts?.map((h) => h.id)).toEqual([
      'esx-01.lab.local',
      'esx-02.lab.local',
      'esx-03.lab.local',
      'host-99',
    ]);
    expect(byName(design.hosts, 'esx-02.lab.local').nics).toContainEqual({ name: 'vmnic1', up: false });
    expect(pg('Lab', 'esx-03.lab.local')).toMatchObject({ vlan: 42, switch: 'esx-03.lab.local-vSwitch0' });
    const hostNames = report.assumptions.find((a) => a.what.startsWith('host name taken from the file name'));
    expect(hostNames?.count).toBe(2);
  });

  it('reads standard switches with MTU, teaming order and security', () => {
    const vs0 = byName(design.switches, 'vSwitch0');
    expect(vs0).toMatchObject({
      host: 'esx-01.lab.local',
      mtu: 1500,
      uplinks: [{ nic: 'vmnic0' }, { nic: 'vmnic1', role: 'standby' }],
    });
    const vs1 = (design.switches ?? []).find((s) => s.name === 'vSwitch1');
    expect(vs1).toMatchObject({
      mtu: 9000,
      security: { promiscuous: false, macChanges: false, forgedTransmits: false },
    });
    expect(pg('Backup')).toMatchObject({ vlan: 4095, security: { promiscuous: true } });
    expect(pg('iSCSI')?.vlan).toBe(30);
  });

  it('reads the distributed switch from the hosts proxy switches', () => {
    const dvs = (design.switches ?? []).find((s): s is DistributedSwitch => s.type === 'distributed');
    expect(dvs).toMatchObject({
      name: 'DSwitch-Prod',
      mtu: 9000,
      hosts: ['esx-01.lab.local', 'esx-02.lab.local'],
    });
    expect(dvs?.uplinks).toHaveLength(3);
  });

  it('reads VMkernel adapters with mask and MTU, on standard and distributed port groups', () => {
    expect(byName(design.hosts, 'esx-02.lab.local').vmkernels?.[1]).toMatchObject({
      ip: '10.0.31.12/23',
      mtu: 9000,
      network: pg('iSCSI')?.id,
    });
    expect(byName(design.hosts, 'esx-01.lab.local').vmkernels?.[1]).toMatchObject({
      network: 'dvportgroup-24',
      mtu: 9000,
    });
  });

  it('reads VMs, with guest prefix lengths, default gateways and adapter types', () => {
    expect(design.vms?.map((v) => v.id)).toEqual([
      'web-01',
      'web-02',
      'app-01',
      'db-01',
      'backup-01',
      'stray-01',
    ]);
    expect(byName(design.vms, 'web-01').nics).toEqual([
      {
        id: 'web-01-n1',
        name: 'Network adapter 1',
        network: 'Web',
        ip: '10.0.100.11/24',
        gateway: '10.0.100.1',
        adapter: 'vmxnet3',
      },
    ]);
    expect(byName(design.vms, 'app-01').nics?.[1]).toMatchObject({
      network: pg('VM Network', 'esx-01.lab.local')?.id,
      ip: '192.168.1.21/25',
      adapter: 'e1000e',
    });
    expect(byName(design.vms, 'db-01')).toMatchObject({
      power: 'off',
      nics: [{ network: 'dvportgroup-23' }],
    });
    expect(byName(design.vms, 'backup-01').nics?.[0]).toMatchObject({
      network: pg('Backup')?.id,
      connected: false,
    });
    expect(byName(design.vms, 'stray-01')).toMatchObject({ host: 'host-99', power: 'off' });
    expect(byName(design.vms, 'stray-01').nics?.[0]?.network).toBeUndefined();
  });

  it('reports what govc does not say', () => {
    const whats = report.assumptions.map((a) => a.what);
    expect(whats).toContain('distributed port group known only by its key (no guest reported its name)');
    expect(whats).toContain("VM's host is known only by its reference: the host's data was not imported");
    expect(whats).toContain('suspended VM imported as powered off');
    expect(whats.some((w) => w.startsWith('VM address with no'))).toBe(false);
    expect(report.counts).toMatchObject({
      hosts: 4,
      vms: 6,
      adapters: 7,
      unattachedAdapters: 1,
      distributedSwitches: 1,
    });
  });
});
