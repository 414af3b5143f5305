// The flow walk (MODEL.md 2.3), hop by hop like a traceroute packet: the
// first failure ends it and gives the verdict. This file holds the ends and
// layer 2; walkRouter.ts holds what happens inside routers.
import { flowDf, flowService } from '../model/defaults';
import { formatCidr, formatIpv4, inSubnet, networkOf } from '../model/ipv4';
import { parseFlowService } from '../model/service';
import type { Flow } from '../model/types';
import type { AddressInfo } from './addresses';
import type { Attachment, Location } from './attachments';
import type { EngineContext } from './context';
import { ip, memberHopKind, memberWithAddress, whyDetached } from './describe';
import { decideDistributed, decisionWords } from './dfw';
import { adjacentLocation } from './domains';
import { resolveEnds, type End } from './endpoints';
import { walkLayer2 } from './l2path';
import { whyNotAdjacent } from './l2reasons';
import type { Member, RouterNet } from './net';
import { formatPacketService, packetService, type Packet } from './packet';
import { entryFromOutside } from './router';
import type { Footprint } from './footprint';
import { Trace, type Stop } from './trace';
import type { HopKind } from './types';
import { enterRouter, originate } from './walkRouter';

const OUTSIDE_MTU = 1500;

const endMtu = (end: End): number => (end.kind === 'member' ? end.member.mtu : OUTSIDE_MTU);

/** A stop whose link defaults to none. */
export type StopInput = Omit<Stop, 'stopLink'> & { stopLink?: string | null };

export class FlowWalk {
  readonly trace = new Trace();
  readonly packet: Packet;
  /** Routers entered so far (2.3 step 5 counts them). */
  routersEntered = 0;
  /** The destination element, while the packet still carries its address (destination NAT clears it). */
  target: Member | null = null;

  constructor(
    readonly ctx: EngineContext,
    private readonly flow: Flow,
    /** Where the walk notes what it looked at (footprint.ts), when someone keeps its result. */
    readonly seen: Footprint | null = null,
  ) {
    const service = parseFlowService(flowService(flow)) ?? { protocol: 'icmp' as const };
    this.packet = {
      src: null,
      dst: 0,
      service: packetService(service),
      size: flow.size ?? 0,
      df: flowDf(flow),
    };
  }

  run(): Stop {
    const { from, to } = resolveEnds(this.ctx, this.flow);
    for (const end of [from, to])
      if (end.kind === 'unresolved')
        return this.stop(
          {
            verdict: 'unreachable',
            reason: 'host-unknown',
            at: '',
            note: `no address to use for ${end.text}`,
          },
          'outside',
        );
    this.packet.size = this.flow.size ?? Math.min(endMtu(from), endMtu(to));
    // An address names whichever of its owners the packet reaches; an element id names that element.
    const namedByAddress = /^\d+(\.\d+){3}$/.test(this.flow.to);
    this.target = to.kind === 'member' && !namedByAddress ? to.member : null;
    if (from.kind === 'outside') return this.fromOutside(from.address, to);
    return this.fromMember((from as { member: Member }).member, to);
  }

  att(m: Member): Attachment {
    return this.ctx.attachments.get(m.id)!;
  }

  routerOf(iface: Member): RouterNet {
    return this.ctx.net.routerOfInterface.get(iface.id)!;
  }

  stop(stop: StopInput, kind: HopKind): Stop {
    return this.trace.stop({ stopLink: null, ...stop }, kind);
  }

  /** Step 1 for the destination: an element with no address cannot be sent to. */
  private destination(to: End): Stop | null {
    if (to.kind === 'outside') {
      this.packet.dst = to.address;
      return null;
    }
    const m = (to as { member: Member }).member;
    const info = this.ctx.addressing.of.get(m.id);
    if (!info)
      return this.stop(
        {
          verdict: 'unreachable',
          reason: 'no-address',
          at: m.id,
          stopLink: m.link,
          note: `${m.id} has no address`,
        },
        memberHopKind(m),
      );
    this.packet.dst = info.address;
    return null;
  }

  /** Steps 1 and 2 at a source in the design, then on to the next hop. */
  private fromMember(src: Member, to: End): Stop {
    const p = this.packet;
    const att = this.att(src);
    const kind = memberHopKind(src);
    const fail = (reason: 'disconnected' | 'no-address', note: string) =>
      this.stop({ verdict: 'unreachable', reason, at: src.id, stopLink: src.link, note }, kind);
    const towards = to.kind === 'member' ? to.member.id : ip(to.kind === 'outside' ? to.address : null);
    this.trace.hop(
      src.id,
      kind,
      `${memberWithAddress(this.ctx, src)} sends ${formatPacketService(p.service)} to ${towards}`,
    );
    if (att.locations.length === 0 && !att.external) return fail('disconnected', whyDetached(this.ctx, att));
    const info = this.ctx.addressing.of.get(src.id);
    if (!info)
      return fail(
        'no-address',
        `${src.id} ${src.ip === 'dhcp' ? 'got no address from DHCP' : 'has no address'}`,
      );
    const failed = this.destination(to);
    if (failed) return failed;
    p.src = info.address;
    if (p.size > src.mtu) {
      if (p.df)
        return this.stop(
          {
            verdict: 'mtu',
            reason: 'mtu',
            at: src.id,
            stopLink: src.link,
            note: `${p.size} bytes exceed ${src.id}'s MTU ${src.mtu}`,
          },
          kind,
        );
      this.trace.hop(src.id, kind, `${src.id} fragments it to ${src.mtu} bytes`);
      p.size = src.mtu;
    }
    if (src.dfw) {
      const blocked = this.distributedFirewall(src, 'out');
      if (blocked) return blocked;
    }
    if (src.kind === 'interface') return originate(this, this.routerOf(src), src, att);
    return this.sendFromAdapter(att, info);
  }

  /** Step 6: a source outside the design enters by an external interface. */
  private fromOutside(address: number, to: End): Stop {
    const p = this.packet;
    this.trace.hop(
      '',
      'outside',
      `${formatIpv4(address)} sends ${formatPacketService(p.service)} from outside the design`,
    );
    const failed = this.destination(to);
    if (failed) return failed;
    p.src = address;
    const entry = entryFromOutside(this.ctx, address);
    if (!entry)
      return this.stop(
        {
          verdict: 'unreachable',
          reason: 'no-route',
          at: '',
          note: `no external interface belongs to a router with a route back to ${formatIpv4(address)}`,
        },
        'outside',
      );
    return enterRouter(this, entry.router, entry.iface, null, true);
  }

  /** A firewall decides by the packet's addresses (their owners' names) and the adapter: noted for the footprint. */
  noteDecision(adapter: Member | null): void {
    if (!this.seen) return;
    if (adapter) this.seen.members.add(adapter.id);
    if (this.packet.src !== null) this.seen.addresses.add(this.packet.src);
    this.seen.addresses.add(this.packet.dst);
  }

  /** Steps 2 and 7: the distributed firewall at a VM adapter. */
  private distributedFirewall(adapter: Member, direction: 'in' | 'out'): Stop | null {
    this.noteDecision(adapter);
    const d = decideDistributed(this.ctx.selectors, this.ctx.net.dfw, adapter, direction, this.packet);
    this.seen?.decided(adapter, direction, this.packet, d);
    const note = `${decisionWords(d)} at ${adapter.id} (${direction})`;
    if (d.action === 'allow') {
      this.trace.hop(adapter.id, 'firewall', `distributed firewall: ${note}`);
      return null;
    }
    return this.stop(
      { verdict: 'blocked', reason: 'firewall', rule: d.rule, at: adapter.id, stopLink: adapter.link, note },
      'firewall',
    );
  }

  /** Step 3: the destination itself when it is in the subnet, else the gateway. */
  private sendFromAdapter(att: Attachment, info: AddressInfo): Stop {
    const src = att.member;
    const dst = this.packet.dst;
    const subnet = { address: networkOf(info), prefix: info.prefix };
    if (inSubnet(dst, subnet)) return this.deliver(att, att.locations, dst, false);
    const noGateway = (note: string) =>
      this.stop(
        { verdict: 'unreachable', reason: 'no-gateway', at: src.id, stopLink: src.link, note },
        memberHopKind(src),
      );
    const gw = info.gateway;
    if (gw === null)
      return noGateway(`${src.id} has no gateway for ${ip(dst)}, outside its subnet ${formatCidr(subnet)}`);
    if (!inSubnet(gw, subnet))
      return noGateway(`${src.id}'s gateway ${formatIpv4(gw)} is outside its subnet ${formatCidr(subnet)}`);
    return this.deliver(att, att.locations, gw, true);
  }

  /** The owner of a next-hop address: the flow's own destination first, then one adjacent to the sender. */
  private ownerOf(
    address: number,
    sender: Attachment,
    from: readonly Location[],
    viaGateway: boolean,
  ): Member | undefined {
    const target = this.target;
    if (!viaGateway && target && this.ctx.addressing.of.get(target.id)?.address === address) return target;
    const owners = this.ctx.addressing.owners.get(address) ?? [];
    const near = owners.find((o) =>
      from.some((loc) => adjacentLocation(this.ctx.graph, sender, loc, this.att(o)) !== null),
    );
    return near ?? owners[0];
  }

  /** Step 4: layer-2 delivery to the next hop's owner, then into its router or to the destination. */
  deliver(sender: Attachment, from: readonly Location[], nextHop: number, viaGateway: boolean): Stop {
    const s = sender.member;
    const owner = this.ownerOf(nextHop, sender, from, viaGateway);
    const fail = (reason: 'no-gateway' | 'host-unknown', note: string) =>
      this.stop({ verdict: 'unreachable', reason, at: s.id, stopLink: s.link, note }, memberHopKind(s));
    const what = s.kind === 'interface' ? 'next hop' : 'gateway';
    if (!owner)
      return viaGateway
        ? fail('no-gateway', `no element owns the ${what} ${formatIpv4(nextHop)}`)
        : fail('host-unknown', `no element owns ${formatIpv4(nextHop)}`);
    if (viaGateway && owner.kind !== 'interface')
      return fail(
        'no-gateway',
        `the ${what} ${formatIpv4(nextHop)} is ${owner.id}, which is not a router interface`,
      );
    const ownerAtt = this.att(owner);
    for (const loc of from) {
      const ownerLoc = adjacentLocation(this.ctx.graph, sender, loc, ownerAtt);
      if (!ownerLoc) continue;
      const mtu = walkLayer2(this.ctx, this.trace, this.packet, sender, loc, ownerAtt, ownerLoc);
      if (mtu) return mtu;
      if (owner.kind === 'interface') return enterRouter(this, this.routerOf(owner), owner, ownerLoc, false);
      return this.arrive(owner);
    }
    return whyNotAdjacent(this.ctx, this.trace, sender, from[0]!, ownerAtt);
  }

  /** Steps 7 and 8 at the destination. */
  private arrive(owner: Member): Stop {
    if (owner.dfw) {
      const blocked = this.distributedFirewall(owner, 'in');
      if (blocked) return blocked;
    }
    return this.stop(
      {
        verdict: 'allowed',
        reason: '',
        at: owner.id,
        note: `delivered to ${memberWithAddress(this.ctx, owner)}`,
      },
      memberHopKind(owner),
    );
  }
}
