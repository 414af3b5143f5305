// Designs for the export tests (unit and end-to-end): every kind of drawn
// element, each named with a string that breaks naive markup.
import type { Design } from '../../../model/types';

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '"/><img src=x onerror=alert(1)>',
  "Tom & Jerry's <lab>",
  ']]><!-- --> &amp; &#x41;',
  'tab\there',
] as const;

/** Every drawn kind: ESXi and workstation hosts, VMs, standard/distributed switches, desktop networks, physical switch, router. */
export function everyKindDesign(names: readonly string[] = HOSTILE_NAMES): Design {
  // Unique names, each still carrying its hostile text.
  const name = (i: number) => (i < names.length ? names[i]! : `${names[i % names.length]!} (${i})`);
  return {
    format: 'vnet-design',
    version: 1,
    name: name(0),
    hosts: [
      {
        id: 'esx1',
        name: name(1),
        nics: [{ name: 'vmnic0' }, { name: 'vmnic1', up: false }, { name: 'vmnic2' }],
        vmkernels: [{ id: 'esx1-vmk0', name: name(2), network: 'pg-mgmt', ip: '10.0.0.11/24', mtu: 9000 }],
      },
      { id: 'esx2', name: name(3), nics: [{ name: 'vmnic0' }] },
      { id: 'laptop', name: name(4), kind: 'workstation', ip: '192.168.1.50/24', nics: [{ name: 'eth0' }] },
    ],
    switches: [
      { id: 'vss0', name: name(5), type: 'standard', host: 'esx1', uplinks: [{ nic: 'vmnic0' }] },
      {
        id: 'dvs1',
        name: name(6),
        type: 'distributed',
        mtu: 9000,
        hosts: ['esx1', 'esx2'],
        uplinks: [
          { host: 'esx1', nic: 'vmnic2' },
          { host: 'esx2', nic: 'vmnic0' },
        ],
      },
      { id: 'vmnet8', name: name(7), type: 'nat', host: 'laptop', subnet: '192.168.80.0/24' },
      { id: 'vmnet0', name: name(8), type: 'bridged', host: 'laptop', nic: 'eth0' },
      { id: 'seg1', name: name(9), type: 'segment', host: 'laptop' },
    ],
    portGroups: [
      { id: 'pg-mgmt', name: name(10), switch: 'vss0' },
      { id: 'pg-web', name: name(11), switch: 'dvs1', vlan: 100 },
      { id: 'pg-trunk', name: name(12), switch: 'dvs1', vlan: { trunk: '100-200' } },
    ],
    vms: [
      {
        id: 'web-01',
        name: name(13),
        host: 'esx1',
        tags: ['web'],
        nics: [{ id: 'web-01-n0', name: name(14), network: 'pg-web', ip: '10.0.100.11/24' }],
      },
      {
        id: 'web-02',
        name: name(15),
        host: 'esx2',
        power: 'off',
        nics: [
          { id: 'web-02-n0', network: 'pg-web', ip: '10.0.100.12/24' },
          { id: 'web-02-n1', network: 'pg-trunk', vlan: 150, connected: false },
        ],
      },
      {
        id: 'lap-vm',
        name: name(16),
        host: 'laptop',
        nics: [{ id: 'lap-vm-n0', network: 'vmnet8', ip: 'dhcp' }],
      },
    ],
    physicalSwitches: [
      {
        id: 'tor1',
        name: name(17),
        mtu: 9216,
        ports: [
          { name: 'Eth1/1', mode: 'trunk' },
          { name: 'Eth1/2', mode: 'trunk', allowed: '100,200' },
          { name: 'Eth1/3', vlan: 10, up: false },
          { name: 'Eth1/4' },
        ],
      },
    ],
    routers: [
      {
        id: 'r1',
        name: name(18),
        interfaces: [
          { id: 'r1-web', name: name(19), ip: '10.0.100.1/24', attach: { network: 'pg-web' } },
          { id: 'r1-tor', ip: '10.0.10.1/24', attach: { switch: 'tor1', vlan: 10 } },
          { id: 'r1-wan', ip: '203.0.113.2/24', attach: { external: true } },
        ],
      },
    ],
    cables: [
      { id: 'c1', a: 'esx1:vmnic2', b: 'tor1:Eth1/1' },
      { id: 'c2', a: 'esx2:vmnic0', b: 'tor1:Eth1/2' },
      { id: 'c3', a: 'esx1:vmnic0', b: 'tor1:Eth1/4' },
    ],
    layout: {},
  };
}

/** The names a reader must find in an export: every drawn element and port group. */
export function drawnNames(doc: Design): string[] {
  return [
    ...(doc.hosts ?? []),
    ...(doc.switches ?? []),
    ...(doc.portGroups ?? []),
    ...(doc.vms ?? []),
    ...(doc.physicalSwitches ?? []),
    ...(doc.routers ?? []),
  ].map((element) => element.name ?? element.id);
}
