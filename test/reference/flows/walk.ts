// 2.3: one flow, walked step by step in the order of the text.
import { flowDf, flowService } from '../../../src/model/defaults';
import { inSubnet } from '../../../src/model/ipv4';
import { parseFlowService } from '../../../src/model/service';
import type { Flow } from '../../../src/model/types';
import { distributedDecision } from '../firewall';
import { gap } from '../gap';
import type { Attachment } from '../world/types';
import { deliver } from './delivery';
import type { End } from './ends';
import { resolveEnds } from './ends';
import type { Ctx, Outcome, Packet } from './outcome';
import { unreachable } from './outcome';
import { arrive, throughRouters } from './router';

const OUTSIDE_MTU = 1500;

const endMtu = (end: End) => (end.kind === 'member' ? end.member.mtu : OUTSIDE_MTU);

function destinationAddress(ctx: Ctx, dst: End): number | null {
  return dst.kind === 'outside' ? dst.address : (ctx.book.addressOf(dst.member)?.address ?? null);
}

/**
 * Step 6: a source outside the design enters at the first external interface whose router
 * covers it. An outside source has no adapter, so step 1's MTU check does not apply; whether
 * the external interface's own MTU limits what enters is not said.
 */
function fromOutside(ctx: Ctx, src: number, p: Packet): Outcome {
  for (const router of ctx.world.routers)
    for (const iface of router.interfaces.filter((i) => i.external)) {
      const covers =
        router.routes.some((r) => inSubnet(src, r.to)) ||
        router.interfaces.some((i) => i.staticAddress !== null && inSubnet(src, i.staticAddress));
      if (!covers) continue;
      if (p.size > iface.mtu) gap('a packet from outside larger than the MTU of the interface it enters by');
      return throughRouters(ctx, { router, ingress: iface, ingressAt: null, hops: 1, fromOutside: true }, p);
    }
  return unreachable('no-route', '', null);
}

export function walkFlow(ctx: Ctx, flow: Flow): Outcome {
  const { src, dst } = resolveEnds(ctx.world, ctx.book, flow);
  const service = parseFlowService(flowService(flow)) ?? gap('bad flow service');
  let size = flow.size ?? Math.min(endMtu(src), endMtu(dst));
  const df = flowDf(flow);
  const dstAddress = destinationAddress(ctx, dst);
  const dstId = dst.kind === 'member' ? dst.member.id : null;

  if (src.kind === 'outside') {
    // Step 1's destination check holds for every source; the two source checks need an adapter.
    if (dstAddress === null && dst.kind === 'member')
      return unreachable('no-address', dst.member.id, dst.member.linkId);
    const p: Packet = { src: src.address, srcId: null, dst: dstAddress as number, dstId, service, size, df };
    return fromOutside(ctx, src.address, p);
  }

  // Step 1: the source.
  const S = src.member;
  if (S.external) gap('a flow from an external interface');
  if (S.routerId !== null && dst.kind === 'member' && dst.member.routerId === S.routerId)
    gap('a flow between two interfaces of one router');
  if (S.attachments.length > 1) gap('a flow from a distributed interface: which copy sends?');
  const from = S.attachments[0] as Attachment | undefined;
  if (!S.powered || !from) return unreachable('disconnected', S.id, S.linkId);
  const own = ctx.book.addressOf(S);
  if (!own) return unreachable('no-address', S.id, S.linkId);
  if (dstAddress === null && dst.kind === 'member')
    return unreachable('no-address', dst.member.id, dst.member.linkId);
  if (size > S.mtu) {
    if (df) return { verdict: 'mtu', reason: 'mtu', at: S.id, stopLink: S.linkId };
    size = S.mtu;
  }
  const p: Packet = { src: own.address, srcId: S.id, dst: dstAddress as number, dstId, service, size, df };

  // Step 2: the distributed firewall at the source.
  if (S.kind === 'vmNic') {
    const d = distributedDecision(ctx.world, ctx.book, S.id, 'out', p);
    if (d.action !== 'allow')
      return { verdict: 'blocked', reason: 'firewall', at: S.id, rule: d.rule, stopLink: S.linkId };
  }

  // Step 3: the next hop.
  const onLink = inSubnet(p.dst, own);
  if (S.kind === 'interface') {
    // Does the named interface send, or its router (by its routing table)? Equal unless the
    // destination is off-link, or another interface of the router holds it too.
    if (!onLink) gap('a flow from a router interface to another subnet');
    const router = ctx.world.routers.find((r) => r.id === S.routerId);
    const dst = p.dst;
    if (router?.interfaces.some((i) => i !== S && i.staticAddress && inSubnet(dst, i.staticAddress)))
      gap('a flow from a router interface whose router has another interface on that subnet');
  }
  let nextHop = p.dst;
  if (!onLink) {
    const gw = ctx.book.gatewayOf(S);
    if (gw === null || !inSubnet(gw, own)) return unreachable('no-gateway', S.id, S.linkId);
    nextHop = gw;
  }

  // Step 4 onwards.
  const got = deliver(ctx, S, from, nextHop, onLink, p);
  if ('verdict' in got) return got;
  const next = arrive(ctx, got, onLink, p, 0);
  if ('verdict' in next) return next;
  return throughRouters(ctx, next, p);
}
