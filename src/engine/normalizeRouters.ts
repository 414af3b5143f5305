// Routers of the document as the evaluator sees them: interfaces as members,
// parsed routes and NAT rules, and the gateway firewall in evaluation order.
import { attachVlan, interfaceMtu, displayName } from '../model/defaults';
import { parseCidr, parseIpv4 } from '../model/ipv4';
import { nicLinkId } from '../model/links';
import { parseService } from '../model/service';
import type { Attach, Router, RouterInterface } from '../model/types';
import { normalizeFirewall } from './firewallRules';
import type { AttachSpec, Member, NatNet, RouteNet, RouterNet } from './net';

function attachSpec(attach: Attach | undefined): AttachSpec {
  if (!attach) return { kind: 'none' };
  if ('external' in attach) return { kind: 'external' };
  if ('switch' in attach) return { kind: 'physical', switchId: attach.switch, vlan: attachVlan(attach) };
  return { kind: 'network', network: attach.network, host: attach.host ?? null };
}

function interfaceMember(router: Router, iface: RouterInterface): Member {
  const ip = iface.ip ? parseCidr(iface.ip) : null;
  const from = iface.dhcp ? parseIpv4(iface.dhcp.from) : null;
  const to = iface.dhcp ? parseIpv4(iface.dhcp.to) : null;
  const attach = attachSpec(iface.attach);
  return {
    id: iface.id,
    kind: 'interface',
    owner: router.id,
    label: displayName(iface),
    link: attach.kind === 'network' || attach.kind === 'physical' ? nicLinkId(iface.id) : null,
    attach,
    ip,
    gateway: null,
    mtu: interfaceMtu(iface),
    on: true,
    guestVlan: null,
    dfw: false,
    vm: null,
    dhcp: from !== null && to !== null && ip ? { from, to, leaseGateway: ip.address } : null,
    generated: false,
    staticAddress: undefined,
  };
}

function routes(router: Router): RouteNet[] {
  const out: RouteNet[] = [];
  for (const route of router.routes ?? []) {
    const to = parseCidr(route.to);
    if (!to) continue;
    if ('via' in route) {
      const via = parseIpv4(route.via);
      if (via !== null) out.push({ to, via, interface: null });
    } else out.push({ to, via: null, interface: route.interface });
  }
  return out;
}

function natRules(router: Router): NatNet[] {
  const out: NatNet[] = [];
  for (const rule of router.nat ?? []) {
    if (rule.type === 'snat') {
      out.push({
        type: 'snat',
        interface: rule.interface,
        source: rule.source ? parseCidr(rule.source) : null,
        translated: rule.translated ? parseIpv4(rule.translated) : null,
      });
      continue;
    }
    const destination = parseIpv4(rule.destination);
    const translated = parseIpv4(rule.translated);
    if (destination === null || translated === null) continue;
    out.push({
      type: 'dnat',
      interface: rule.interface,
      destination,
      service: rule.service ? parseService(rule.service) : null,
      translated,
      port: rule.port ?? null,
    });
  }
  return out;
}

export function normalizeRouter(router: Router): RouterNet {
  return {
    id: router.id,
    label: displayName(router),
    interfaces: (router.interfaces ?? []).map((iface) => interfaceMember(router, iface)),
    routes: routes(router),
    nat: natRules(router),
    firewall: normalizeFirewall(router.firewall?.default ?? 'allow', router.firewall?.rules ?? [], false)
      .firewall,
    generated: false,
  };
}
