// 2.3 steps 5 and 6: a packet inside a router, and a packet from outside.
import { inSubnet } from '../../../src/model/ipv4';
import { decide, distributedDecision, orderedRules, serviceMatches } from '../firewall';
import { gap } from '../gap';
import type { Attachment, Member, RefRouter } from '../world/types';
import type { Delivered } from './delivery';
import { deliver } from './delivery';
import type { Ctx, Outcome, Packet } from './outcome';
import { unreachable } from './outcome';

const MAX_HOPS = 32;

export interface Entry {
  router: RefRouter;
  ingress: Member;
  /** The copy the packet entered by (null: from outside). */
  ingressAt: Attachment | null;
  hops: number;
  fromOutside: boolean;
}

function routerOf(ctx: Ctx, iface: Member): RefRouter {
  return ctx.world.routers.find((r) => r.id === iface.routerId) ?? gap('an interface without a router');
}

function gatewayDecision(ctx: Ctx, router: RefRouter, p: Packet) {
  return decide(ctx.world, ctx.book, router.firewall, orderedRules(router.firewall), p);
}

function applyDnat(ctx: Ctx, router: RefRouter, ingress: Member, p: Packet): boolean {
  const hits = router.nat.filter(
    (n) =>
      n.type === 'dnat' &&
      n.interface === ingress.id &&
      n.destination === p.dst &&
      (n.service === null || serviceMatches(n.service, p.service)),
  );
  if (hits.length === 0) return false;
  if (new Set(hits.map((h) => JSON.stringify(h))).size > 1)
    gap('several destination NAT rules match one packet');
  const rule = hits[0];
  if (!rule || rule.type !== 'dnat') return false;
  p.dst = rule.translated;
  if (rule.port !== null && p.service.protocol !== 'icmp' && p.service.protocol !== 'any')
    p.service = { ...p.service, from: rule.port, to: rule.port };
  p.dstId = ctx.book.soleOwner(p.dst)?.id ?? null;
  return true;
}

function applySnat(ctx: Ctx, router: RefRouter, egress: Member, p: Packet): void {
  const src = p.src;
  if (src === null) return;
  const hits = router.nat.filter(
    (n) => n.type === 'snat' && n.interface === egress.id && inSubnet(src, n.source),
  );
  const rule = hits[0];
  if (!rule || rule.type !== 'snat') return;
  p.src = rule.translated ?? egress.staticAddress?.address ?? null;
  p.srcId = null;
}

type Route = { egress: Member; nextHop: number; destination: boolean } | 'none';

function pickRoute(ctx: Ctx, router: RefRouter, dst: number): Route {
  const connected = router.interfaces.filter((i) => i.staticAddress && inSubnet(dst, i.staticAddress));
  if (connected.length > 1) gap('two connected subnets of one router hold the destination');
  if (connected[0]) return { egress: connected[0], nextHop: dst, destination: true };
  const matching = router.routes.filter((r) => inSubnet(dst, r.to));
  if (matching.length === 0) return 'none';
  const longest = Math.max(...matching.map((r) => r.to.prefix));
  const best = matching.filter((r) => r.to.prefix === longest);
  if (new Set(best.map((r) => JSON.stringify({ ...r, to: null }))).size > 1)
    gap('equally long routes disagree');
  const route = best[0];
  if (!route) return 'none';
  if ('interface' in route) {
    const egress =
      router.interfaces.find((i) => i.id === route.interface) ?? gap('route to a missing interface');
    if (!egress.external) gap('a route out of an interface that is not external');
    return { egress, nextHop: dst, destination: true };
  }
  const via = router.interfaces.filter((i) => i.staticAddress && inSubnet(route.via, i.staticAddress));
  if (via.length !== 1) gap(`a route via ${route.via} on ${via.length} interfaces' subnets`);
  return { egress: via[0] as Member, nextHop: route.via, destination: false };
}

/** The copy of the egress interface the packet leaves by (2.1: from the host where it entered). */
function egressCopy(egress: Member, entry: Entry): Attachment {
  if (egress.attachments.length === 0) gap('a route out of an interface that is not attached');
  if (egress.attachments.length === 1) return egress.attachments[0] as Attachment;
  const host = entry.ingressAt?.host ?? null;
  if (host === null) gap('which copy of a distributed interface sends, for a packet that entered elsewhere');
  return (
    egress.attachments.find((a) => a.host === host) ?? gap('no copy of the egress interface on that host')
  );
}

/** Everything after the packet enters a router, until the walk ends. */
export function throughRouters(ctx: Ctx, first: Entry, p: Packet): Outcome {
  let entry = first;
  for (;;) {
    const { router, ingress } = entry;
    const stop = ingress.linkId;
    if (entry.hops > MAX_HOPS) return unreachable('loop', router.id, stop);
    const rewritten = applyDnat(ctx, router, ingress, p);
    if (
      entry.fromOutside &&
      !rewritten &&
      router.nat.some((n) => n.type === 'snat' && inSubnet(p.dst, n.source))
    )
      return unreachable('nat', router.id, stop);
    const decision = gatewayDecision(ctx, router, p);
    const blocked: Outcome = {
      verdict: 'blocked',
      reason: 'gateway-firewall',
      at: router.id,
      rule: decision.rule,
      stopLink: stop,
    };
    const self = router.interfaces.filter((i) => i.staticAddress?.address === p.dst);
    if (self.length > 1) gap('two interfaces of one router hold the destination');
    if (self[0]) return decision.action === 'allow' ? allowed(self[0].id) : blocked;
    if (decision.action !== 'allow') return blocked;
    const route = pickRoute(ctx, router, p.dst);
    if (route === 'none') return unreachable('no-route', router.id, stop);
    const { egress } = route;
    if (p.size > egress.mtu) {
      if (p.df) return { verdict: 'mtu', reason: 'mtu', at: egress.id, stopLink: egress.linkId };
      p.size = egress.mtu;
    }
    applySnat(ctx, router, egress, p);
    if (egress.external) {
      const inside = p.dstId !== null || ctx.book.owners(p.dst).length > 0;
      return inside ? unreachable('no-route', router.id, stop) : allowed(egress.id);
    }
    const from = egressCopy(egress, entry);
    const result = deliver(ctx, egress, from, route.nextHop, route.destination, p);
    if ('verdict' in result) return result;
    const next = arrive(ctx, result, route.destination, p, entry.hops);
    if ('verdict' in next) return next;
    entry = next;
  }
}

export const allowed = (at: string): Outcome => ({ verdict: 'allowed', reason: '', at, stopLink: null });

/** Steps 7 and 8: the distributed firewall at a destination VM adapter, then delivered. */
export function finish(ctx: Ctx, owner: Member, p: Packet): Outcome {
  if (owner.kind === 'vmNic') {
    const d = distributedDecision(ctx.world, ctx.book, owner.id, 'in', p);
    if (d.action !== 'allow')
      return { verdict: 'blocked', reason: 'firewall', at: owner.id, rule: d.rule, stopLink: owner.linkId };
  }
  return allowed(owner.id);
}

/**
 * The packet reached the owner of its next hop: a router interface is entered
 * (one more hop), anything else must be the destination.
 */
export function arrive(
  ctx: Ctx,
  got: Delivered,
  destination: boolean,
  p: Packet,
  hops: number,
): Outcome | Entry {
  const { owner } = got;
  if (owner.kind === 'interface' && owner.routerId !== null)
    return {
      router: routerOf(ctx, owner),
      ingress: owner,
      ingressAt: got.at,
      hops: hops + 1,
      fromOutside: false,
    };
  if (!destination) gap(`the gateway ${owner.id} is not a router interface`);
  return finish(ctx, owner, p);
}
