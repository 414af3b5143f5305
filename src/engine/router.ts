// A router's decisions (MODEL.md 2.3 steps 5 and 6): destination NAT, the
// private-address check for packets from outside, the route (connected
// subnets first, then the longest matching static route), source NAT, and
// the external interface a packet from outside enters by.
import { formatCidr, formatIpv4, inSubnet, networkOf, type Cidr } from '../model/ipv4';
import type { EngineContext } from './context';
import type { Member, NatNet, RouterNet } from './net';
import { serviceMatches, type Packet } from './packet';

type Dnat = Extract<NatNet, { type: 'dnat' }>;
type Snat = Extract<NatNet, { type: 'snat' }>;

export function findDnat(router: RouterNet, ingress: string, packet: Packet): Dnat | undefined {
  return router.nat.find(
    (r): r is Dnat =>
      r.type === 'dnat' &&
      r.interface === ingress &&
      r.destination === packet.dst &&
      (r.service === null || serviceMatches(r.service, packet.service)),
  );
}

/** Step 6: a destination hidden behind this router's source NAT cannot be reached from outside. */
export function snatHides(router: RouterNet, dst: number): boolean {
  return router.nat.some((r) => r.type === 'snat' && (r.source === null || inSubnet(dst, r.source)));
}

export function findSnat(router: RouterNet, egress: string, src: number | null): Snat | undefined {
  return router.nat.find(
    (r): r is Snat =>
      r.type === 'snat' &&
      r.interface === egress &&
      (r.source === null || (src !== null && inSubnet(src, r.source))),
  );
}

/** The router's interface that owns an address, if any. */
export function ownInterface(ctx: EngineContext, router: RouterNet, address: number): Member | undefined {
  return router.interfaces.find((i) => ctx.addressing.of.get(i.id)?.address === address);
}

function subnetOf(ctx: EngineContext, iface: Member): Cidr | null {
  const info = ctx.addressing.of.get(iface.id);
  return info ? { address: info.address, prefix: info.prefix } : null;
}

/** The connected interface with the longest subnet holding an address (document order breaks ties). */
function connected(ctx: EngineContext, router: RouterNet, address: number): Member | undefined {
  let best: Member | undefined;
  let bestPrefix = -1;
  for (const iface of router.interfaces) {
    const subnet = subnetOf(ctx, iface);
    if (subnet && inSubnet(address, subnet) && subnet.prefix > bestPrefix) {
      best = iface;
      bestPrefix = subnet.prefix;
    }
  }
  return best;
}

const networkWords = (cidr: Cidr) => formatCidr({ address: networkOf(cidr), prefix: cidr.prefix });

export type RouteChoice =
  | { ok: true; egress: Member; nextHop: number; viaGateway: boolean; note: string }
  | { ok: false; note: string };

export function pickRoute(ctx: EngineContext, router: RouterNet, dst: number): RouteChoice {
  const direct = connected(ctx, router, dst);
  if (direct)
    return {
      ok: true,
      egress: direct,
      nextHop: dst,
      viaGateway: false,
      note: `${router.id} sends it out of ${direct.id}, to its connected subnet ${networkWords(subnetOf(ctx, direct)!)}`,
    };
  let route: RouterNet['routes'][number] | undefined;
  for (const r of router.routes)
    if (inSubnet(dst, r.to) && (!route || r.to.prefix > route.to.prefix)) route = r;
  if (!route) return { ok: false, note: `${router.id} has no route to ${formatIpv4(dst)}` };
  const to = formatCidr(route.to);
  if (route.via !== null) {
    const egress = connected(ctx, router, route.via);
    if (!egress)
      return {
        ok: false,
        note: `${router.id}'s route to ${to} goes via ${formatIpv4(route.via)}, which is on none of its subnets`,
      };
    return {
      ok: true,
      egress,
      nextHop: route.via,
      viaGateway: true,
      note: `${router.id} routes it by ${to} via ${formatIpv4(route.via)} out of ${egress.id}`,
    };
  }
  const egress = router.interfaces.find((i) => i.id === route.interface);
  if (!egress) return { ok: false, note: `${router.id}'s route to ${to} names no interface of it` };
  return {
    ok: true,
    egress,
    nextHop: dst,
    viaGateway: false,
    note: `${router.id} routes it by ${to} out of ${egress.id}`,
  };
}

/** Step 6: the first external interface whose router has a route covering the source. */
export function entryFromOutside(
  ctx: EngineContext,
  src: number,
): { router: RouterNet; iface: Member } | null {
  for (const router of ctx.net.routers) {
    const covers =
      router.routes.some((r) => inSubnet(src, r.to)) ||
      router.interfaces.some((i) => {
        const subnet = subnetOf(ctx, i);
        return subnet !== null && inSubnet(src, subnet);
      });
    if (!covers) continue;
    const iface = router.interfaces.find((i) => i.attach.kind === 'external');
    if (iface) return { router, iface };
  }
  return null;
}
