// MODEL.md 2.6, read literally: every desktop network becomes a standard switch
// instance on its host plus the generated adapters and routers listed there.
import { desktopDhcp } from '../../../src/model/defaults';
import { maskOf, networkOf, parseCidr } from '../../../src/model/ipv4';
import type { Design, DesktopNetwork, Host } from '../../../src/model/types';
import { isDesktopNetwork } from '../../../src/model/types';
import { attachToNetwork } from './attach';
import { makeMember } from './member';
import type { Member, RefRouter } from './types';

export interface DesktopExpansion {
  members: Member[];
  routers: RefRouter[];
  workstationIps: { host: string; address: number; owner: Member | null }[];
}

/** The host's `ip` with its prefix (default /24, section 1 hosts). */
export function workstationIp(host: Host) {
  return host.ip === undefined ? null : parseCidr(host.ip, true, 24);
}

function generatedMember(
  doc: Design,
  net: DesktopNetwork,
  id: string,
  address: number,
  prefix: number,
): Member {
  const where = attachToNetwork(doc, net.id, [net.host], null, false);
  return makeMember({
    id,
    kind: 'interface',
    host: null,
    network: net.id,
    attachments: where.attachments,
    detached: where.detached,
    staticAddress: { address, prefix },
    generated: true,
  });
}

export function expandDesktopNetworks(doc: Design): DesktopExpansion {
  const members: Member[] = [];
  const routers: RefRouter[] = [];
  const hosts = doc.hosts ?? [];
  const firstBridged = new Map<string, string>();
  const firstNat = new Map<string, string>();
  const bridgedHostAdapter = new Map<string, Member>();
  const natOut = new Map<string, Member>();

  for (const net of (doc.switches ?? []).filter(isDesktopNetwork)) {
    const host = hosts.find((h) => h.id === net.host);
    const hostIp = host ? workstationIp(host) : null;
    if (net.type === 'bridged') {
      if (firstBridged.has(net.host)) continue;
      firstBridged.set(net.host, net.id);
      if (!hostIp) continue;
      const adapter = makeMember({
        ...generatedMember(doc, net, `${net.id}.host`, hostIp.address, hostIp.prefix),
        kind: 'hostAdapter',
        host: net.host,
      });
      members.push(adapter);
      bridgedHostAdapter.set(net.host, adapter);
      continue;
    }
    if (net.type === 'segment') continue;
    const subnet = parseCidr(net.subnet);
    if (!subnet) continue;
    const base = networkOf(subnet);
    const at = (last: number) => (base | (last & ~maskOf(24))) >>> 0;
    members.push(
      makeMember({
        ...generatedMember(doc, net, `${net.id}.host`, at(1), 24),
        kind: 'hostAdapter',
        host: net.host,
      }),
    );
    if (desktopDhcp(net)) {
      const server = generatedMember(doc, net, `${net.id}.dhcp-if`, at(254), 24);
      server.routerId = `${net.id}.dhcp`;
      server.dhcpRange = { from: at(128), to: at(253) };
      server.leaseGateway = net.type === 'nat' ? at(2) : null;
      members.push(server);
      routers.push(plainRouter(`${net.id}.dhcp`, [server]));
    }
    if (net.type !== 'nat') continue;
    const inside = generatedMember(doc, net, `${net.id}.nat-in`, at(2), 24);
    inside.routerId = `${net.id}.nat`;
    const outside = makeMember({
      id: `${net.id}.nat-out`,
      kind: 'interface',
      routerId: `${net.id}.nat`,
      external: true,
      detached: 'external',
      staticAddress: hostIp ? { address: hostIp.address, prefix: 32 } : null,
      generated: true,
    });
    members.push(inside, outside);
    if (!firstNat.has(net.host)) {
      firstNat.set(net.host, net.id);
      natOut.set(net.host, outside);
    }
    const router = plainRouter(`${net.id}.nat`, [inside, outside]);
    router.routes.push({ to: { address: 0, prefix: 0 }, interface: outside.id });
    router.nat.push({ type: 'snat', interface: outside.id, source: subnet, translated: null });
    if (hostIp)
      for (const pf of net.portForwards ?? [])
        router.nat.push({
          type: 'dnat',
          interface: outside.id,
          destination: hostIp.address,
          service: { protocol: pf.protocol, from: pf.hostPort, to: pf.hostPort },
          translated: parseCidr(pf.to, true)?.address ?? 0,
          port: pf.port,
        });
    routers.push(router);
  }

  const workstationIps = hosts.flatMap((h) => {
    const ip = workstationIp(h);
    if (!ip || (h.kind ?? 'esxi') !== 'workstation') return [];
    const owner = bridgedHostAdapter.get(h.id) ?? natOut.get(h.id) ?? null;
    return [{ host: h.id, address: ip.address, owner }];
  });
  return { members, routers, workstationIps };
}

function plainRouter(id: string, interfaces: Member[]): RefRouter {
  return {
    id,
    generated: true,
    interfaces,
    routes: [],
    nat: [],
    firewall: { default: 'allow', rules: [] },
  };
}
