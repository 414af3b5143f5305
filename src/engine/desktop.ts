// Desktop virtual networks (MODEL.md 2.6), expanded into the general model:
// the switch itself is normalized with the others; this adds the host's own
// adapter, the DHCP server and the NAT router, with exactly the ids and
// addresses the spec gives them.
import { networkOf, parseCidr, parseIpv4, type Cidr } from '../model/ipv4';
import { desktopDhcp, displayName } from '../model/defaults';
import type { DesktopNetwork, NatNetwork } from '../model/types';
import type { HostNet, Member, NatNet, RouterNet } from './net';

export interface DesktopExpansion {
  hostAdapters: Member[];
  routers: RouterNet[];
}

const DESKTOP_MTU = 1500;

function generatedMember(
  id: string,
  kind: Member['kind'],
  owner: string,
  label: string,
  attach: Member['attach'],
  ip: Cidr | null,
): Member {
  return {
    id,
    kind,
    owner,
    label,
    link: null,
    attach,
    ip,
    gateway: null,
    mtu: DESKTOP_MTU,
    on: true,
    guestVlan: null,
    dfw: false,
    vm: null,
    dhcp: null,
    generated: true,
  };
}

function allowAll(): RouterNet['firewall'] {
  return { defaultAction: 'allow', rules: [] };
}

function dhcpServer(net: DesktopNetwork, base: number, leaseGateway: number | null): RouterNet {
  const iface = generatedMember(
    `${net.id}.dhcp-if`,
    'interface',
    `${net.id}.dhcp`,
    `${displayName(net)} DHCP server`,
    { kind: 'network', network: net.id, host: net.host },
    { address: base + 254, prefix: 24 },
  );
  iface.dhcp = { from: base + 128, to: base + 253, leaseGateway };
  return {
    id: `${net.id}.dhcp`,
    label: `${displayName(net)} DHCP`,
    interfaces: [iface],
    routes: [],
    nat: [],
    firewall: allowAll(),
    generated: true,
  };
}

function natRouter(net: NatNetwork, subnet: Cidr, hostIp: Cidr | null): RouterNet {
  const base = networkOf(subnet);
  const routerId = `${net.id}.nat`;
  const inside = generatedMember(
    `${net.id}.nat-in`,
    'interface',
    routerId,
    `${displayName(net)} NAT (inside)`,
    { kind: 'network', network: net.id, host: net.host },
    { address: base + 2, prefix: 24 },
  );
  const outsideId = `${net.id}.nat-out`;
  const outside = generatedMember(
    outsideId,
    'interface',
    routerId,
    `${displayName(net)} NAT (outside)`,
    { kind: 'external' },
    hostIp ? { address: hostIp.address, prefix: 32 } : null,
  );
  const nat: NatNet[] = [{ type: 'snat', interface: outsideId, source: subnet, translated: null }];
  if (hostIp)
    for (const forward of net.portForwards ?? []) {
      const to = parseIpv4(forward.to);
      if (to === null) continue;
      nat.push({
        type: 'dnat',
        interface: outsideId,
        destination: hostIp.address,
        service: { protocol: forward.protocol, from: forward.hostPort, to: forward.hostPort },
        translated: to,
        port: forward.port,
      });
    }
  return {
    id: routerId,
    label: `${displayName(net)} NAT`,
    interfaces: [inside, outside],
    routes: [{ to: { address: 0, prefix: 0 }, via: null, interface: outsideId }],
    nat,
    firewall: allowAll(),
    generated: true,
  };
}

export function expandDesktopNetworks(
  networks: readonly DesktopNetwork[],
  hosts: ReadonlyMap<string, HostNet>,
): DesktopExpansion {
  const hostAdapters: Member[] = [];
  const routers: RouterNet[] = [];
  const bridgedSeen = new Set<string>();
  for (const net of networks) {
    const host = hosts.get(net.host);
    const hostLabel = host?.label ?? net.host;
    const hostAdapter = (ip: Cidr) =>
      hostAdapters.push(
        generatedMember(
          `${net.id}.host`,
          'hostAdapter',
          net.host,
          `${hostLabel} on ${displayName(net)}`,
          { kind: 'network', network: net.id, host: net.host },
          ip,
        ),
      );
    if (net.type === 'bridged') {
      // The host's own address lives on its first bridged network only.
      if (!bridgedSeen.has(net.host) && host?.ip) hostAdapter(host.ip);
      bridgedSeen.add(net.host);
      continue;
    }
    if (net.type === 'segment') continue;
    const subnet = parseCidr(net.subnet);
    if (!subnet) continue;
    const base = networkOf(subnet);
    hostAdapter({ address: base + 1, prefix: 24 });
    if (desktopDhcp(net)) routers.push(dhcpServer(net, base, net.type === 'nat' ? base + 2 : null));
    if (net.type === 'nat') routers.push(natRouter(net, subnet, host?.ip ?? null));
  }
  return { hostAdapters, routers };
}
