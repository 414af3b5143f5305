// Random hosts, virtual switches, port groups, physical switches and cables.
import type {
  Cable,
  Host,
  PhysicalPort,
  PhysicalSwitch,
  PortGroup,
  PortGroupVlan,
  Switch,
  UplinkRole,
} from '../../src/model/types';
import { ALLOWED, PG_VLANS, PHYSICAL_VLANS } from './pools';
import type { Rand } from './random';

export interface Topology {
  hosts: Host[];
  switches: Switch[];
  portGroups: PortGroup[];
  physicalSwitches: PhysicalSwitch[];
  cables: Cable[];
}

const ROLES: UplinkRole[] = ['active', 'active', 'standby', 'unused'];

/**
 * `tidy` designs are built the way an administrator means them to work (NICs up, every NIC cabled
 * to a trunk), so that frames do cross hosts; the others are wired at random.
 */
function hosts(r: Rand, tidy: boolean): Host[] {
  const out: Host[] = [];
  const esx = r.int(1, 3);
  for (let i = 1; i <= esx; i++)
    out.push({
      id: `esx${i}`,
      ...(r.chance(30) ? { kind: 'esxi' as const } : {}),
      nics: Array.from({ length: r.int(0, 3) }, (_, k) => ({
        name: `vmnic${k}`,
        ...(r.chance(tidy ? 6 : 15) ? { up: false } : r.chance(20) ? { up: true } : {}),
      })),
    });
  if (r.chance(35))
    out.push({
      id: 'laptop',
      kind: 'workstation',
      ...(r.chance(60)
        ? { ip: r.pick(['192.168.1.50', '192.168.1.50/24', '10.0.10.50/24', '192.168.80.2']) }
        : {}),
      ...(r.chance(70) ? { nics: [{ name: 'eth0', ...(r.chance(10) ? { up: false } : {}) }] } : {}),
    });
  return out;
}

/** Uplinks for one host: some of its NICs not yet used by another switch. */
function takeUplinks(
  r: Rand,
  host: Host,
  used: Set<string>,
  tidy: boolean,
): { nic: string; role?: UplinkRole }[] {
  const out: { nic: string; role?: UplinkRole }[] = [];
  for (const nic of host.nics ?? []) {
    const key = `${host.id}:${nic.name}`;
    if (used.has(key) || !r.chance(tidy ? 85 : 70)) continue;
    used.add(key);
    const role = r.pick(tidy ? ROLES.slice(0, 3) : ROLES);
    out.push({ nic: nic.name, ...(role === 'active' && r.chance(50) ? {} : { role }) });
  }
  return out;
}

function switches(r: Rand, all: Host[], tidy: boolean): Switch[] {
  const esx = all.filter((h) => h.kind !== 'workstation');
  const laptop = all.find((h) => h.kind === 'workstation');
  const used = new Set<string>();
  const out: Switch[] = [];
  const mtu = () => r.maybe(40, () => r.pick([1500, 9000, 1400]));
  const security = () => r.maybe(15, () => ({ promiscuous: r.chance(60) }));
  if (r.chance(60)) {
    const members = esx.filter((h, i) => i === 0 || r.chance(60));
    out.push({
      id: 'dvs1',
      type: 'distributed',
      hosts: members.map((h) => h.id),
      ...optional('mtu', mtu()),
      uplinks: members.flatMap((h) => takeUplinks(r, h, used, tidy).map((u) => ({ host: h.id, ...u }))),
      ...optional('security', security()),
    });
  }
  const inDvs = (h: Host) => out.some((s) => s.type === 'distributed' && (s.hosts ?? []).includes(h.id));
  for (const h of esx)
    if (r.chance(inDvs(h) ? 40 : 85))
      out.push({
        id: `vss-${h.id}`,
        type: 'standard',
        host: h.id,
        ...optional('mtu', mtu()),
        uplinks: takeUplinks(r, h, used, tidy),
        ...optional('security', security()),
      });
  if (r.chance(20)) {
    const h = r.pick(esx);
    // PVLANs only where they cannot leave the host: how a PVLAN crosses a trunk is left open (2.1 rule 4).
    out.push({
      id: 'dvs-pv',
      type: 'distributed',
      hosts: [h.id],
      pvlans: [
        { primary: 500, secondary: 500, type: 'promiscuous' },
        { primary: 500, secondary: 501, type: 'isolated' },
        { primary: 500, secondary: 502, type: 'community' },
        { primary: 500, secondary: 503, type: 'community' },
      ],
    });
  }
  if (laptop) {
    if (r.chance(45))
      out.push({
        id: 'vmnet8',
        type: 'nat',
        host: laptop.id,
        subnet: r.pick(['192.168.80.0/24', '10.0.10.0/24']),
        ...optional(
          'dhcp',
          r.maybe(40, () => r.chance(70)),
        ),
        ...(r.chance(50)
          ? {
              portForwards: [
                {
                  protocol: 'tcp' as const,
                  hostPort: 8080,
                  to: r.pick(['192.168.80.10', '10.0.10.11']),
                  port: 80,
                },
              ],
            }
          : {}),
      });
    if (r.chance(40))
      out.push({
        id: 'vmnet1',
        type: 'hostonly',
        host: laptop.id,
        subnet: r.pick(['192.168.56.0/24', '10.0.20.0/24']),
        ...optional(
          'dhcp',
          r.maybe(40, () => r.chance(70)),
        ),
      });
    const eth0 = laptop.nics?.[0];
    if (eth0 && r.chance(50)) out.push({ id: 'vmnet0', type: 'bridged', host: laptop.id, nic: eth0.name });
    if (r.chance(30)) out.push({ id: 'seg1', type: 'segment', host: laptop.id });
  }
  return out;
}

function portGroups(r: Rand, all: Switch[]): PortGroup[] {
  const out: PortGroup[] = [];
  for (const sw of all) {
    if (sw.type !== 'standard' && sw.type !== 'distributed') continue;
    const forms: PortGroupVlan[] =
      sw.id === 'dvs-pv'
        ? [{ pvlan: 501 }, { pvlan: 500 }, { pvlan: 502 }, { pvlan: 503 }, 500, 10]
        : sw.type === 'standard'
          ? [...PG_VLANS, 4095]
          : [...PG_VLANS, { trunk: '10-20' }, { trunk: '1-4094' }];
    const count = r.int(1, 3);
    for (let k = 0; k < count; k++) {
      const vlan = r.pick(forms);
      out.push({
        id: `pg-${sw.id}-${k}`,
        switch: sw.id,
        ...(vlan === 0 && r.chance(50) ? {} : { vlan }),
        ...optional(
          'security',
          r.maybe(10, () => ({ promiscuous: r.chance(60) })),
        ),
      });
    }
  }
  return out;
}

function tidyPort(r: Rand, name: string): PhysicalPort {
  return {
    name,
    mode: 'trunk',
    ...optional(
      'allowed',
      r.maybe(50, () => r.pick(['1-4094', '10,20,100', '10-100'])),
    ),
    ...optional(
      'mtu',
      r.maybe(30, () => 9216),
    ),
  };
}

function physicalPort(r: Rand, name: string): PhysicalPort {
  const trunk = r.chance(55);
  return {
    name,
    ...(trunk
      ? {
          mode: 'trunk' as const,
          ...optional(
            'allowed',
            r.maybe(70, () => r.pick(ALLOWED)),
          ),
          ...optional(
            'native',
            r.maybe(35, () => r.pick(PHYSICAL_VLANS)),
          ),
        }
      : {
          ...(r.chance(30) ? { mode: 'access' as const } : {}),
          ...optional(
            'vlan',
            r.maybe(75, () => r.pick(PHYSICAL_VLANS)),
          ),
        }),
    ...optional(
      'mtu',
      r.maybe(20, () => r.pick([1500, 9000, 9216])),
    ),
    ...(r.chance(10) ? { up: false } : {}),
  };
}

function physicalSwitches(r: Rand, tidy: boolean): PhysicalSwitch[] {
  return Array.from({ length: tidy ? r.int(1, 2) : r.int(0, 2) }, (_, i) => ({
    id: `tor${i + 1}`,
    ...optional(
      'mtu',
      r.maybe(40, () => r.pick([1500, 9216, 9000])),
    ),
    ports: Array.from({ length: tidy ? 6 : r.int(1, 4) }, (_, k) =>
      (tidy && !r.chance(10) ? tidyPort : physicalPort)(r, `Eth1/${k + 1}`),
    ),
  }));
}

function cables(r: Rand, all: Host[], tors: PhysicalSwitch[], tidy: boolean): Cable[] {
  const free = tors.flatMap((t) => (t.ports ?? []).map((p) => `${t.id}:${p.name}`));
  const out: Cable[] = [];
  const take = (ref: string) => free.splice(free.indexOf(ref), 1);
  for (const h of all)
    for (const nic of h.nics ?? []) {
      if (free.length === 0 || !r.chance(tidy ? 95 : 75)) continue;
      const port = r.pick(free);
      take(port);
      out.push({ id: `c${out.length}`, a: `${h.id}:${nic.name}`, b: port });
    }
  // Between physical switches; rarely a second cable, which makes a loop.
  for (let n = 0; n < 2 && tors.length === 2 && r.chance(n === 0 ? 50 : 10); n++) {
    const a = free.filter((p) => p.startsWith('tor1:'));
    const b = free.filter((p) => p.startsWith('tor2:'));
    if (a.length === 0 || b.length === 0) break;
    const pa = r.pick(a);
    const pb = r.pick(b);
    take(pa);
    take(pb);
    out.push({ id: `c${out.length}`, a: pa, b: pb });
  }
  return out;
}

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

export function topology(r: Rand, tidy: boolean): Topology {
  const h = hosts(r, tidy);
  const sw = switches(r, h, tidy);
  const pg = portGroups(r, sw);
  const tors = physicalSwitches(r, tidy);
  return { hosts: h, switches: sw, portGroups: pg, physicalSwitches: tors, cables: cables(r, h, tors, tidy) };
}
