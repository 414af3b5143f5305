// Inside a router (MODEL.md 2.3 step 5): destination NAT, the nat check for
// packets from outside, the gateway firewall, the route, the egress MTU,
// source NAT, and out: to the next hop, or out of the design.
import { formatIpv4 } from '../model/ipv4';
import type { Attachment, Location } from './attachments';
import { ip, memberWithAddress, whyDetached } from './describe';
import { decideGateway, decisionWords } from './dfw';
import type { Member, RouterNet } from './net';
import { formatPacketService } from './packet';
import { findDnat, findSnat, ownInterface, pickRoute, snatHides } from './router';
import type { Stop } from './trace';
import type { FlowWalk, StopInput } from './walk';

/** Entering a 33rd router is a loop. */
const MAX_ROUTERS = 32;

export function enterRouter(
  w: FlowWalk,
  router: RouterNet,
  ingress: Member,
  at: Location | null,
  fromOutside: boolean,
): Stop {
  const p = w.packet;
  const atRouter = (stop: Omit<StopInput, 'at' | 'stopLink'>) =>
    w.stop({ ...stop, at: router.id, stopLink: ingress.link }, 'router');
  if (++w.routersEntered > MAX_ROUTERS)
    return atRouter({
      verdict: 'unreachable',
      reason: 'loop',
      note: 'the packet would enter a 33rd router: a routing loop',
    });
  w.trace.hop(router.id, 'router', `${router.id} receives it on ${ingress.id}`);
  const dnat = findDnat(router, ingress.id, p);
  if (dnat) {
    const before = `${formatIpv4(p.dst)} ${formatPacketService(p.service)}`;
    p.dst = dnat.translated;
    if (dnat.port !== null && p.service.protocol !== 'icmp') p.service = { ...p.service, port: dnat.port };
    w.target = null;
    w.trace.hop(
      router.id,
      'router',
      `${router.id} translates ${before} to ${formatIpv4(p.dst)} ${formatPacketService(p.service)}`,
    );
  } else if (fromOutside && snatHides(router, p.dst))
    return atRouter({
      verdict: 'unreachable',
      reason: 'nat',
      note: `${formatIpv4(p.dst)} is hidden behind ${router.id}'s source NAT and cannot be reached from outside`,
    });
  w.noteDecision(null);
  const d = decideGateway(w.ctx.selectors, router.firewall, p);
  if (d.action !== 'allow')
    return atRouter({
      verdict: 'blocked',
      reason: 'gateway-firewall',
      rule: d.rule,
      note: `${decisionWords(d)} of ${router.id}'s gateway firewall`,
    });
  const self = ownInterface(w.ctx, router, p.dst);
  if (self)
    return w.stop(
      {
        verdict: 'allowed',
        reason: '',
        at: self.id,
        note: `delivered to ${router.id} at ${memberWithAddress(w.ctx, self)}`,
      },
      'interface',
    );
  return routeOut(w, router, at?.host ?? null, ingress.link);
}

/** A flow from a router interface: the router sends it as a packet of its own, which its firewall does not filter. */
export function originate(w: FlowWalk, router: RouterNet, src: Member, att: Attachment): Stop {
  const self = ownInterface(w.ctx, router, w.packet.dst);
  if (self)
    return w.stop(
      { verdict: 'allowed', reason: '', at: self.id, note: `delivered to ${router.id} at ${self.id}` },
      'interface',
    );
  return routeOut(w, router, att.locations[0]?.host ?? null, src.link);
}

function routeOut(w: FlowWalk, router: RouterNet, host: string | null, ingressLink: string | null): Stop {
  const p = w.packet;
  const atRouter = (stop: Omit<StopInput, 'at' | 'stopLink'>) =>
    w.stop({ ...stop, at: router.id, stopLink: ingressLink }, 'router');
  const choice = pickRoute(w.ctx, router, p.dst);
  if (!choice.ok) return atRouter({ verdict: 'unreachable', reason: 'no-route', note: choice.note });
  w.trace.hop(router.id, 'router', choice.note);
  const egress = choice.egress;
  if (p.size > egress.mtu) {
    if (p.df)
      return w.stop(
        {
          verdict: 'mtu',
          reason: 'mtu',
          at: egress.id,
          stopLink: egress.link,
          note: `${p.size} bytes exceed the MTU ${egress.mtu} of ${egress.id}`,
        },
        'interface',
      );
    w.trace.hop(router.id, 'router', `${router.id} fragments it to ${egress.mtu} bytes for ${egress.id}`);
    p.size = egress.mtu;
  }
  const snat = findSnat(router, egress.id, p.src);
  if (snat) {
    const before = ip(p.src);
    p.src = snat.translated ?? w.ctx.addressing.of.get(egress.id)?.address ?? null;
    w.trace.hop(router.id, 'router', `${router.id} translates the source ${before} to ${ip(p.src)}`);
  }
  const att = w.att(egress);
  if (att.external) {
    if (w.ctx.addressing.owners.has(p.dst))
      return atRouter({
        verdict: 'unreachable',
        reason: 'no-route',
        note: `${formatIpv4(p.dst)} is inside the design, but ${router.id} sends it out of external ${egress.id}`,
      });
    return w.stop(
      { verdict: 'allowed', reason: '', at: egress.id, note: `leaves the design by ${egress.id}` },
      'interface',
    );
  }
  if (att.locations.length === 0)
    return w.stop(
      {
        verdict: 'unreachable',
        reason: 'disconnected',
        at: egress.id,
        stopLink: egress.link,
        note: whyDetached(w.ctx, att),
      },
      'interface',
    );
  // A distributed router sends from the copy on the host where the packet entered it.
  const local = host === null ? undefined : att.locations.find((loc) => loc.host === host);
  return w.deliver(att, local ? [local] : att.locations, choice.nextHop, choice.viaGateway);
}
