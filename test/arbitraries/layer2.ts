// A focused arbitrary for layer 2: hosts on one distributed switch over one or two
// physical switches, whose ports carry some VLANs and not others, some NICs and ports down,
// VMs of one subnet on a few VLANs and flows between them. It reaches what random wiring
// rarely does: vlan-not-carried, link-down, no-uplink, isolated, pvlan-isolated, port MTUs.
import fc from 'fast-check';
import type { Cable, Design, Host, PhysicalPort, PortGroup, Vm } from '../../src/model/types';
import type { GenValue } from './random';
import { randFrom } from './random';
import { optional } from './topology';

export function buildLayer2Design(g: GenValue): Design {
  const r = randFrom(g);
  const hosts: Host[] = Array.from({ length: r.int(2, 3) }, (_, i) => ({
    id: `esx${i + 1}`,
    nics: ['vmnic0', 'vmnic1'].map((name) => ({ name, ...(r.chance(12) ? { up: false } : {}) })),
  }));
  const pvlanHost = r.chance(30) ? 'esx1' : null;
  const portGroups: PortGroup[] = [
    { id: 'pg-a', switch: 'dvs1', vlan: r.pick([10, 0, 20]) },
    { id: 'pg-b', switch: 'dvs1', vlan: r.pick([20, 100, 10]) },
    ...(pvlanHost
      ? [
          { id: 'pv-iso', switch: 'dvs-pv', vlan: { pvlan: 501 } },
          { id: 'pv-com', switch: 'dvs-pv', vlan: { pvlan: 502 } },
          { id: 'pv-pro', switch: 'dvs-pv', vlan: r.pick([{ pvlan: 500 }, 500]) },
        ]
      : []),
  ];
  const tors = r.chance(40) ? ['tor1', 'tor2'] : ['tor1'];
  const ports = new Map<string, PhysicalPort[]>(tors.map((t) => [t, []]));
  const cables: Cable[] = [];
  const port = (tor: string): string => {
    const list = ports.get(tor) as PhysicalPort[];
    const name = `p${list.length + 1}`;
    const trunk = r.chance(75);
    list.push({
      name,
      ...(trunk
        ? {
            mode: 'trunk' as const,
            ...optional(
              'allowed',
              r.maybe(50, () => r.pick(['10', '10,20', '20,100', '1,10,20,100'])),
            ),
            ...optional(
              'native',
              r.maybe(25, () => r.pick([10, 20])),
            ),
          }
        : { vlan: r.pick([10, 1, 20]) }),
      ...optional(
        'mtu',
        r.maybe(20, () => r.pick([1500, 9216])),
      ),
      ...(r.chance(8) ? { up: false } : {}),
    });
    return `${tor}:${name}`;
  };
  for (const h of hosts)
    for (const nic of h.nics ?? [])
      if (r.chance(90))
        cables.push({ id: `c${cables.length}`, a: `${h.id}:${nic.name}`, b: port(r.pick(tors)) });
  // Between the physical switches one cable, now and then two (a loop: paths of equal length).
  if (tors.length === 2)
    for (let k = r.chance(20) ? 2 : 1; k > 0; k--)
      cables.push({ id: `c${cables.length}`, a: port('tor1'), b: port('tor2') });
  const vms: Vm[] = Array.from({ length: r.int(2, 5) }, (_, i) => {
    const host = r.pick(hosts).id;
    const onPvlan = host === pvlanHost && r.chance(50);
    return {
      id: `vm${i + 1}`,
      host,
      nics: [
        {
          id: `vm${i + 1}-n0`,
          network: onPvlan ? r.pick(['pv-iso', 'pv-com', 'pv-pro']) : r.pick(['pg-a', 'pg-b']),
          ip: `10.0.10.${11 + i}/24`,
          ...optional(
            'mtu',
            r.maybe(20, () => 9000),
          ),
        },
      ],
    };
  });
  const vmIds = vms.map((v) => v.id);
  return {
    format: 'vnet-design',
    version: 1,
    hosts,
    switches: [
      {
        id: 'dvs1',
        type: 'distributed',
        hosts: hosts.map((h) => h.id),
        ...optional(
          'mtu',
          r.maybe(25, () => 9000),
        ),
        uplinks: hosts.flatMap((h) => [
          { host: h.id, nic: 'vmnic0' },
          ...(r.chance(70) ? [{ host: h.id, nic: 'vmnic1', role: 'standby' as const }] : []),
        ]),
      },
      ...(pvlanHost
        ? [
            {
              id: 'dvs-pv',
              type: 'distributed' as const,
              hosts: [pvlanHost],
              pvlans: [
                { primary: 500, secondary: 500, type: 'promiscuous' as const },
                { primary: 500, secondary: 501, type: 'isolated' as const },
                { primary: 500, secondary: 502, type: 'community' as const },
              ],
            },
          ]
        : []),
    ],
    portGroups,
    vms,
    physicalSwitches: tors.map((id) => ({ id, ports: ports.get(id) as PhysicalPort[] })),
    cables,
    flows: Array.from({ length: r.int(1, 4) }, (_, i) => {
      const from = r.pick(vmIds);
      const to = r.pick(vmIds.filter((v) => v !== from));
      return {
        id: `f${i}`,
        from,
        to,
        ...optional(
          'size',
          r.maybe(20, () => 9000),
        ),
      };
    }),
  };
}

export const layer2DesignArbitrary: fc.Arbitrary<Design> = fc.gen().map(buildLayer2Design);
