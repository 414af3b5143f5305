// A focused arbitrary for layer 3: three VLANs and a transit network on one host,
// two routers between them (sometimes with routes that chase each other), an
// external interface with source and destination NAT, gateway and distributed
// firewall rules, and flows across subnets, to the outside and in from it.
import fc from 'fast-check';
import type { Design, Router, RouterInterface, Vm } from '../../src/model/types';
import { firewall, gatewayRules, selectorPool } from './policy';
import type { GenValue, Rand } from './random';
import { randFrom } from './random';
import { optional } from './topology';

const NETS = [10, 20, 30] as const;

function iface(r: Rand, id: string, ip: string, network: string): RouterInterface {
  return {
    id,
    ip,
    attach: { network },
    ...optional(
      'mtu',
      r.maybe(20, () => r.pick([1400, 9000])),
    ),
  };
}

/** A small DHCP range, so that clients run out of addresses now and then. */
function withDhcp(r: Rand, f: RouterInterface): RouterInterface {
  if (!r.chance(50)) return f;
  const base = (f.ip as string).split('.').slice(0, 3).join('.');
  return { ...f, dhcp: { from: `${base}.11`, to: `${base}.${11 + r.pick([0, 1, 2, 40])}` } };
}

function routersFor(r: Rand, selectors: string[]): Router[] {
  const external = r.chance(70);
  const r1: Router = {
    id: 'r1',
    interfaces: [
      withDhcp(r, iface(r, 'r1-a', '10.0.10.1/24', 'pg-10')),
      iface(r, 'r1-b', '10.0.20.1/24', 'pg-20'),
      iface(r, 'r1-t', '10.0.99.1/24', 'pg-99'),
      ...(external ? [{ id: 'r1-wan', ip: '203.0.113.2/24', attach: { external: true as const } }] : []),
    ],
    routes: [
      ...(r.chance(80) ? [{ to: '10.0.30.0/24', via: '10.0.99.2' }] : []),
      external && r.chance(70)
        ? r.pick([
            { to: '0.0.0.0/0', interface: 'r1-wan' },
            { to: '0.0.0.0/0', via: '203.0.113.1' },
          ])
        : { to: '0.0.0.0/0', via: '10.0.99.2' },
    ],
    nat: external
      ? [
          ...(r.chance(70)
            ? [{ type: 'snat' as const, interface: 'r1-wan', source: r.pick(['10.0.0.0/8', '10.0.10.0/24']) }]
            : []),
          ...(r.chance(60)
            ? [
                {
                  type: 'dnat' as const,
                  interface: 'r1-wan',
                  destination: '203.0.113.2',
                  ...optional(
                    'service',
                    r.maybe(70, () => r.pick(['tcp/443', 'tcp/80'])),
                  ),
                  translated: r.pick(['10.0.10.11', '10.0.30.11', '10.0.20.12']),
                  ...optional(
                    'port',
                    r.maybe(50, () => 8443),
                  ),
                },
              ]
            : []),
        ]
      : [],
  };
  const rules = gatewayRules(r, 'r1', selectors);
  if (rules.length > 0)
    r1.firewall = {
      ...optional(
        'default',
        r.maybe(30, () => r.pick(['drop', 'allow'] as const)),
      ),
      rules,
    };
  const r2: Router = {
    id: 'r2',
    interfaces: [iface(r, 'r2-c', '10.0.30.1/24', 'pg-30'), iface(r, 'r2-t', '10.0.99.2/24', 'pg-99')],
    routes: [
      r.pick([
        { to: '0.0.0.0/0', via: '10.0.99.1' },
        { to: '10.0.0.0/8', via: '10.0.99.1' },
      ]),
    ],
  };
  return [r1, r2];
}

export function buildRoutingDesign(g: GenValue): Design {
  const r = randFrom(g);
  const vms: Vm[] = Array.from({ length: r.int(2, 5) }, (_, i) => {
    const net = r.pick(NETS);
    const dhcp = net === 10 && r.chance(40);
    return {
      id: `vm${i + 1}`,
      host: 'esx1',
      ...(r.chance(40) ? { tags: [r.pick(['web', 'db', 'app'])] } : {}),
      nics: [
        {
          id: `vm${i + 1}-n0`,
          network: `pg-${net}`,
          ...(dhcp
            ? { ip: 'dhcp' }
            : {
                ip: `10.0.${net}.${r.chance(85) ? 11 + i : 11}/24`,
                ...(r.chance(90) ? { gateway: `10.0.${net}.${r.chance(90) ? 1 : 254}` } : {}),
              }),
          ...optional(
            'mtu',
            r.maybe(15, () => r.pick([1400, 9000])),
          ),
        },
      ],
    };
  });
  const doc: Design = {
    format: 'vnet-design',
    version: 1,
    hosts: [{ id: 'esx1' }],
    switches: [
      {
        id: 'vss0',
        type: 'standard',
        host: 'esx1',
        ...optional(
          'mtu',
          r.maybe(20, () => 9000),
        ),
      },
    ],
    portGroups: [10, 20, 30, 99].map((v) => ({ id: `pg-${v}`, switch: 'vss0', vlan: v })),
    vms,
  };
  doc.routers = routersFor(r, selectorPool(doc));
  doc.firewall = firewall(r, doc);
  const vmIds = vms.map((v) => v.id);
  const sources = [...vmIds, ...vmIds, ...vmIds, '8.8.8.8', '203.0.113.7', 'r1-a'];
  const targets = [...vmIds, ...vmIds, '8.8.8.8', '203.0.113.2', '10.0.30.1', '10.0.99.2', 'r1-a'];
  doc.flows = Array.from({ length: r.int(1, 5) }, (_, i) => {
    const from = r.pick(sources);
    const to = r.pick(targets.filter((e) => e !== from));
    return {
      id: `f${i}`,
      from,
      to,
      ...optional(
        'service',
        r.maybe(80, () => r.pick(['tcp/443', 'tcp/80', 'tcp/22', 'icmp', 'udp/53'])),
      ),
      ...optional(
        'size',
        r.maybe(20, () => r.pick([1500, 9000, 1450])),
      ),
      ...(r.chance(20) ? { df: false } : {}),
      ...(r.chance(25) ? { expect: 'deny' as const } : {}),
    };
  });
  return doc;
}

export const routingDesignArbitrary: fc.Arbitrary<Design> = fc.gen().map(buildRoutingDesign);
