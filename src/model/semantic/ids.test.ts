import { describe, expect, it } from 'vitest';
import { baseDesign, edited, errorsOf, hostOf, physicalSwitchOf, vmOf } from '../fixtures/testDesign';
import type { Design } from '../types';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe('ids are unique across the whole document', () => {
  it('accepts the base design, whose ids all differ', () => {
    expect(errorsOf(baseDesign())).toEqual([]);
  });

  it('reports the later occurrence, at its id, naming the earlier one', () => {
    const doc = edited((d) => d.flows!.push({ id: 'web-01', from: 'web-01', to: 'db-01' }));
    expect(errorsOf(doc)).toEqual([err('/flows/4/id', '"web-01" is already the id of a VM (/vms/0)')]);
  });

  it.each<[string, (d: Design) => void, string, string]>([
    ['a VM adapter', (d) => (vmOf(d, 'db-01').nics![0]!.id = 'esx1'), '/vms/1/nics/0/id', 'an ESXi host'],
    [
      'a VMkernel adapter',
      (d) => {
        hostOf(d, 'esx2').vmkernels![0]!.id = 'esx1-vmk0';
        d.flows![1]!.to = 'esx1-vmk0';
      },
      '/hosts/1/vmkernels/0/id',
      'a VMkernel adapter',
    ],
    [
      'a router interface',
      (d) => (d.routers![1]!.interfaces![0]!.id = 'r1-web'),
      '/routers/1/interfaces/0/id',
      'a router interface',
    ],
    ['a cable', (d) => (d.cables![4]!.id = 'c1'), '/cables/4/id', 'a cable'],
    [
      'a distributed firewall rule',
      (d) => (d.firewall!.rules![0]!.id = 'gw-1'),
      '/firewall/rules/0/id',
      'a gateway firewall rule',
    ],
    [
      'a gateway firewall rule',
      (d) => (d.routers![0]!.firewall!.rules![0]!.id = 'tor2'),
      '/routers/0/firewall/rules/0/id',
      'a physical switch',
    ],
    ['a flow', (d) => (d.flows![3]!.id = 'f1'), '/flows/3/id', 'a flow'],
  ])('covers %s', (_what, edit, path, earlierKind) => {
    expect(errorsOf(edited(edit))).toEqual([err(path, `is already the id of ${earlierKind}`)]);
  });

  it('takes "later" from the order of the file, not from a fixed order of collections', () => {
    const { format, version, flows, ...rest } = edited((d) => (d.flows![0]!.id = 'esx1'));
    const flowsFirst = { format, version, flows, ...rest };
    expect(errorsOf(flowsFirst)).toEqual([
      err('/hosts/0/id', '"esx1" is already the id of a flow (/flows/0)'),
    ]);
  });

  it('reports every repetition', () => {
    const doc = edited((d) => {
      d.cables![3]!.id = 'c1';
      d.cables![4]!.id = 'c1';
    });
    expect(errorsOf(doc)).toEqual([err('/cables/3/id', '(/cables/0)'), err('/cables/4/id', '(/cables/0)')]);
  });
});

describe('ids that desktop networks generate (2.6) are reserved', () => {
  it('accepts ids that only look alike, and suffixes of switches that are not desktop networks', () => {
    const doc = edited((d) => {
      d.flows![0]!.id = 'vss0.host';
      d.flows![1]!.id = 'vmnet8.nat.x';
      d.flows![2]!.id = 'vmnet8-nat';
    });
    expect(errorsOf(doc)).toEqual([]);
  });

  it.each(['host', 'nat', 'nat-in', 'nat-out', 'dhcp', 'dhcp-if'])('reserves "<networkId>.%s"', (suffix) => {
    const doc = edited((d) => (d.cables![0]!.id = `vmnet8.${suffix}`));
    expect(errorsOf(doc)).toEqual([
      err('/cables/0/id', `"vmnet8.${suffix}" is reserved: a NAT network "vmnet8"`),
    ]);
  });

  it('reserves all six for every desktop network, whatever its type and dhcp', () => {
    const doc = edited((d) => {
      d.flows![0]!.id = 'seg1.nat';
      d.flows![1]!.id = 'vmnet1.dhcp-if';
      d.flows![2]!.id = 'vmnet0.nat-out';
    });
    expect(errorsOf(doc)).toEqual([
      err('/flows/0/id', 'a LAN segment "seg1" generates'),
      err('/flows/1/id', 'a host-only network "vmnet1" generates'),
      err('/flows/2/id', 'a bridged network "vmnet0" generates'),
    ]);
  });
});

describe('host NIC names and physical port names are unique within their owner', () => {
  it('accepts the same name on different owners', () => {
    const doc = baseDesign();
    expect(hostOf(doc, 'esx2').nics![0]!.name).toBe(hostOf(doc, 'esx1').nics![0]!.name);
    expect(physicalSwitchOf(doc, 'tor2').ports![0]!.name).toBe(physicalSwitchOf(doc, 'tor1').ports![0]!.name);
    expect(errorsOf(doc)).toEqual([]);
  });

  it('reports a host NIC name used twice at the later one', () => {
    const doc = edited((d) => hostOf(d, 'esx1').nics!.push({ name: 'vmnic1' }));
    expect(errorsOf(doc)).toEqual([
      err('/hosts/0/nics/3/name', '"esx1" already has a NIC named "vmnic1" (/hosts/0/nics/1)'),
    ]);
  });

  it('reports a physical port name used twice at the later one', () => {
    const doc = edited((d) => physicalSwitchOf(d, 'tor1').ports!.push({ name: 'Eth1/2', mode: 'access' }));
    expect(errorsOf(doc)).toEqual([
      err(
        '/physicalSwitches/0/ports/6/name',
        '"tor1" already has a port named "Eth1/2" (/physicalSwitches/0/ports/1)',
      ),
    ]);
  });
});
