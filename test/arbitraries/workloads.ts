// Random VMs and VMkernel adapters on the networks of a topology.
import type { Host, PortGroup, Switch, Vm, VmKernel, VmNic } from '../../src/model/types';
import { isDesktopNetwork } from '../../src/model/types';
import { MTUS, OCTETS, PREFIXES, SUBNETS, TAGS } from './pools';
import type { Rand } from './random';
import { optional } from './topology';

/** Each network's usual subnet (the first three octets), so that neighbours mostly agree. */
export function homeSubnet(network: string | undefined, portGroups: PortGroup[], switches: Switch[]): string {
  const desktop = switches.find((s) => s.id === network);
  if (desktop && (desktop.type === 'nat' || desktop.type === 'hostonly'))
    return desktop.subnet.split('.').slice(0, 3).join('.');
  const index = [...portGroups.map((p) => p.id), ...switches.map((s) => s.id)].indexOf(network ?? '');
  return SUBNETS[Math.max(index, 0) % SUBNETS.length] as string;
}

export function staticAddress(r: Rand, home?: string): string {
  const subnet = home !== undefined && r.chance(75) ? home : r.pick(SUBNETS);
  return `${subnet}.${r.pick(OCTETS)}/${r.pick(PREFIXES)}`;
}

/** A gateway that is usually right, sometimes someone else's address, sometimes outside the subnet. */
function gatewayFor(r: Rand, ip: string): string {
  const subnet = ip.split('.').slice(0, 3).join('.');
  return r.pick([
    `${subnet}.1`,
    `${subnet}.1`,
    `${subnet}.254`,
    `${subnet}.2`,
    `${r.pick(SUBNETS)}.1`,
    '10.0.99.1',
  ]);
}

const guestTagging = (pg: PortGroup | undefined) =>
  pg !== undefined && (pg.vlan === 4095 || (typeof pg.vlan === 'object' && 'trunk' in pg.vlan));

/** ip, gateway and mtu, as a VM adapter and a VMkernel adapter both take them. */
function addressing(r: Rand, home: string): Pick<VmNic, 'ip' | 'gateway' | 'mtu'> {
  const kind = r.int(0, 19);
  const ip = kind < 16 ? staticAddress(r, home) : kind < 19 ? 'dhcp' : undefined;
  return {
    ...optional('ip', ip),
    ...optional('gateway', ip && ip !== 'dhcp' ? r.maybe(55, () => gatewayFor(r, ip)) : undefined),
    ...optional(
      'mtu',
      r.maybe(30, () => r.pick(MTUS)),
    ),
  };
}

/** Networks on the VM's host most of the time, any network now and then (host-not-on-switch). */
function networkFor(r: Rand, host: Host, portGroups: PortGroup[], switches: Switch[]): string | undefined {
  const onHost = (sw: Switch) =>
    sw.type === 'distributed' ? (sw.hosts ?? []).includes(host.id) : sw.host === host.id;
  const desktop = switches.filter(isDesktopNetwork);
  const all = [...portGroups.map((p) => p.id), ...desktop.map((d) => d.id)];
  const local = [
    ...portGroups.filter((p) => switches.some((s) => s.id === p.switch && onHost(s))).map((p) => p.id),
    ...desktop.filter(onHost).map((d) => d.id),
  ];
  if (all.length === 0 || r.chance(2)) return undefined;
  return local.length > 0 && !r.chance(12) ? r.pick(local) : r.pick(all);
}

export function vms(
  r: Rand,
  hosts: Host[],
  portGroups: PortGroup[],
  switches: Switch[],
  tidy: boolean,
): Vm[] {
  const withNetworks = hosts.filter((h) =>
    switches.some((s) => (s.type === 'distributed' ? (s.hosts ?? []).includes(h.id) : s.host === h.id)),
  );
  return Array.from({ length: r.int(1, 5) }, (_, i) => {
    const host = withNetworks.length > 0 && !r.chance(10) ? r.pick(withNetworks) : r.pick(hosts);
    const id = `vm${i + 1}`;
    const tags = r.subset(TAGS, 35);
    return {
      id,
      host: host.id,
      ...(r.chance(tidy ? 2 : 6) ? { power: 'off' as const } : r.chance(10) ? { power: 'on' as const } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      nics: Array.from({ length: r.int(1, 2) }, (_, k): VmNic => {
        const network = networkFor(r, host, portGroups, switches);
        const pg = portGroups.find((p) => p.id === network);
        return {
          id: `${id}-n${k}`,
          ...optional('network', network),
          ...addressing(r, homeSubnet(network, portGroups, switches)),
          ...optional(
            'adapter',
            r.maybe(20, () => r.pick(['vmxnet3', 'e1000', 'e1000e', 'sriov'] as const)),
          ),
          ...(r.chance(tidy ? 2 : 5) ? { connected: false } : {}),
          ...optional(
            'vlan',
            guestTagging(pg) ? r.maybe(90, () => r.pick([10, 20, 100, 10, 20, 300])) : undefined,
          ),
        };
      }),
    };
  });
}

function portGroupOnHost(pg: PortGroup, host: Host, switches: Switch[]): boolean {
  const sw = switches.find((s) => s.id === pg.switch);
  if (!sw) return false;
  return sw.type === 'distributed' ? (sw.hosts ?? []).includes(host.id) : 'host' in sw && sw.host === host.id;
}

/** VMkernel adapters on ESXi hosts, on port groups that are not guest-tagging. */
export function addVmkernels(r: Rand, hosts: Host[], portGroups: PortGroup[], switches: Switch[]): void {
  const plain = portGroups.filter((p) => !guestTagging(p));
  for (const host of hosts) {
    if (host.kind === 'workstation' || plain.length === 0) continue;
    const count = r.int(0, 2);
    const vmks: VmKernel[] = Array.from({ length: count }, (_, k) => {
      const services = r.subset(['management', 'vmotion'] as const, 40);
      const local = plain.filter((p) => portGroupOnHost(p, host, switches));
      const network = r.chance(3) ? undefined : r.pick(local.length > 0 && r.chance(85) ? local : plain).id;
      const { ip, gateway, mtu } = addressing(r, homeSubnet(network, portGroups, switches));
      return {
        id: `${host.id}-vmk${k}`,
        ...optional('network', network),
        ...optional('ip', ip),
        ...optional('gateway', ip === 'dhcp' ? undefined : gateway),
        ...optional('mtu', r.chance(30) ? 9000 : mtu),
        ...(services.length > 0 ? { services: [...services] } : {}),
      };
    });
    if (vmks.length > 0) host.vmkernels = vmks;
  }
}
