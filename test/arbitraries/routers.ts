// Random routers: interfaces on port groups, physical VLANs and the outside,
// DHCP ranges (some tiny, to run out), routes, NAT and a gateway firewall.
import type {
  Attach,
  NatRule,
  PhysicalSwitch,
  PortGroup,
  Route,
  Router,
  RouterInterface,
  Switch,
} from '../../src/model/types';
import { OCTETS, PHYSICAL_VLANS, SUBNETS } from './pools';
import type { Rand } from './random';
import { gatewayRules } from './policy';
import { optional } from './topology';
import { homeSubnet } from './workloads';

function attachFor(
  r: Rand,
  portGroups: PortGroup[],
  switches: Switch[],
  tors: PhysicalSwitch[],
): Attach | undefined {
  const plain = portGroups.filter(
    (p) => !(p.vlan === 4095 || (typeof p.vlan === 'object' && 'trunk' in p.vlan)),
  );
  const kind = r.int(0, 9);
  if (kind < 6 && plain.length > 0) {
    const pg = r.pick(plain);
    const sw = switches.find((s) => s.id === pg.switch);
    if (sw?.type === 'distributed' && r.chance(35)) {
      const members = sw.hosts ?? [];
      const host = r.chance(80) && members.length > 0 ? r.pick(members) : 'esx1';
      return { network: pg.id, host };
    }
    return { network: pg.id };
  }
  if (kind < 8 && tors.length > 0) return { switch: r.pick(tors).id, vlan: r.pick(PHYSICAL_VLANS) };
  if (kind < 9) return { external: true };
  return undefined;
}

function routerInterfaces(
  r: Rand,
  id: string,
  portGroups: PortGroup[],
  switches: Switch[],
  tors: PhysicalSwitch[],
): RouterInterface[] {
  return Array.from({ length: r.int(1, 3) }, (_, k): RouterInterface => {
    const attach = attachFor(r, portGroups, switches, tors);
    const external = attach !== undefined && 'external' in attach;
    const network = attach !== undefined && 'network' in attach ? attach.network : undefined;
    const subnet = external
      ? '203.0.113'
      : r.chance(70) && network
        ? homeSubnet(network, portGroups, switches)
        : r.pick(SUBNETS);
    const octet = external ? r.pick([2, 1, 3]) : r.pick([1, 1, 254, 2, ...OCTETS]);
    const ip = r.chance(95) ? `${subnet}.${octet}/24` : undefined;
    // A distributed interface present on several hosts would serve DHCP in several domains: left out.
    const distributed =
      attach !== undefined &&
      'network' in attach &&
      attach.host === undefined &&
      switches.some(
        (s) =>
          s.type === 'distributed' && portGroups.some((p) => p.id === attach.network && p.switch === s.id),
      );
    const from = r.pick([100, 128, 10]);
    return {
      id: `${id}-i${k}`,
      ...optional('ip', ip),
      ...optional(
        'mtu',
        r.maybe(25, () => r.pick([1500, 9000, 1400])),
      ),
      ...optional('attach', attach),
      ...optional(
        'dhcp',
        ip && !external && !distributed
          ? r.maybe(30, () => ({ from: `${subnet}.${from}`, to: `${subnet}.${from + r.pick([0, 1, 50])}` }))
          : undefined,
      ),
    };
  });
}

function routes(r: Rand, interfaces: RouterInterface[]): Route[] {
  const external = interfaces.filter((i) => i.attach && 'external' in i.attach);
  return Array.from({ length: r.int(0, 2) }, (): Route => {
    const to = r.pick(['0.0.0.0/0', '10.0.0.0/8', '8.8.8.0/24', '10.0.20.0/24', '192.168.80.0/24']);
    if (external.length > 0 && r.chance(40)) return { to, interface: r.pick(external).id };
    return {
      to,
      via: r.pick(['203.0.113.1', '10.0.10.1', '10.0.20.1', '10.0.10.254', '10.0.100.1', '192.168.80.2']),
    };
  });
}

function nat(r: Rand, interfaces: RouterInterface[]): NatRule[] {
  const external = interfaces.filter((i) => i.attach && 'external' in i.attach && i.ip);
  const out: NatRule[] = [];
  for (const ext of external) {
    if (r.chance(50))
      out.push({
        type: 'snat',
        interface: ext.id,
        source: r.pick(['10.0.0.0/8', '10.0.10.0/24', '192.168.80.0/24']),
        ...optional(
          'translated',
          r.maybe(20, () => '203.0.113.9'),
        ),
      });
    if (r.chance(40))
      out.push({
        type: 'dnat',
        interface: ext.id,
        destination: (ext.ip as string).split('/')[0] as string,
        ...optional(
          'service',
          r.maybe(60, () => r.pick(['tcp/443', 'tcp/80', 'tcp/1-1024'])),
        ),
        translated: `${r.pick(SUBNETS)}.${r.pick(OCTETS)}`,
        ...optional(
          'port',
          r.maybe(40, () => r.pick([8443, 80])),
        ),
      });
  }
  return out;
}

/** Two routers on one transit network, each with a default route to the other: a routing loop. */
function addTransitLoop(r: Rand, list: Router[], portGroups: PortGroup[]): void {
  const [a, b] = list;
  const plain = portGroups.filter((p) => typeof p.vlan !== 'object' && p.vlan !== 4095);
  if (!a || !b || plain.length === 0 || !r.chance(35)) return;
  const transit = r.pick(plain).id;
  for (const [router, mine, theirs] of [
    [a, 1, 2],
    [b, 2, 1],
  ] as const) {
    router.interfaces = [
      ...(router.interfaces ?? []),
      { id: `${router.id}-transit`, ip: `10.0.99.${mine}/24`, attach: { network: transit } },
    ];
    const others = (router.routes ?? []).filter((rt) => rt.to !== '0.0.0.0/0');
    router.routes = [...others, { to: '0.0.0.0/0', via: `10.0.99.${theirs}` }];
  }
}

export function routers(
  r: Rand,
  portGroups: PortGroup[],
  switches: Switch[],
  tors: PhysicalSwitch[],
  selectors: string[],
): Router[] {
  const list = Array.from({ length: r.int(0, 2) }, (_, i): Router => {
    const id = `r${i + 1}`;
    const interfaces = routerInterfaces(r, id, portGroups, switches, tors);
    const rt = routes(r, interfaces);
    const ext = interfaces.find((f) => f.attach && 'external' in f.attach);
    if (ext && r.chance(60))
      rt.push(
        r.chance(50) ? { to: '0.0.0.0/0', via: '203.0.113.1' } : { to: '0.0.0.0/0', interface: ext.id },
      );
    const n = nat(r, interfaces);
    const rules = gatewayRules(r, id, selectors);
    return {
      id,
      interfaces,
      ...(rt.length > 0 || r.chance(20) ? { routes: rt } : {}),
      ...(n.length > 0 ? { nat: n } : {}),
      ...(rules.length > 0 || r.chance(15)
        ? {
            firewall: {
              ...optional(
                'default',
                r.maybe(40, () => r.pick(['allow', 'drop', 'reject'] as const)),
              ),
              rules,
            },
          }
        : {}),
    };
  });
  addTransitLoop(r, list, portGroups);
  return list;
}
