// Why a next hop's owner is not layer-2 adjacent (MODEL.md 2.3 step 4): the
// first reason that applies, in the spec's order. vlan-not-carried and
// link-down ask the hypothetical graphs whether the owner would be adjacent,
// and name the first place on that path where the real network drops the frame.
import { canTalk, type Attachment, type Location } from './attachments';
import type { EngineContext } from './context';
import { memberHopKind, switchLabel, whyDetached } from './describe';
import { adjacentLocation, domainOf, nodeOf } from './domains';
import type { L2Graph } from './graph';
import { edgeDrop, type Drop } from './graphDrops';
import { shortestPath } from './graphPath';
import type { Stop, Trace } from './trace';
import { portVlanFor, whyNotCarried } from './vlanCarry';

function firstDrop(graph: L2Graph, from: Location, to: Location): Drop | null {
  for (const { edge, forward } of shortestPath(graph, nodeOf(graph, from), nodeOf(graph, to)) ?? []) {
    const drop = edgeDrop(graph, edge, forward);
    if (drop) return drop;
  }
  return null;
}

/** A PVLAN member whose secondary its primary uplink's port drops (2.1 rule 4). */
function secondaryDrop(ctx: EngineContext, att: Attachment, loc: Location): Drop | null {
  if (att.secondary === null || !loc.instance) return null;
  const primary = ctx.graph.primary.get(loc.instance.key);
  if (!primary || portVlanFor(primary.port, att.secondary) !== null) return null;
  return {
    at: primary.port.switchId,
    atKind: 'physical-switch',
    port: primary.port.ref,
    link: primary.cable.link,
    why: whyNotCarried(primary.port, att.secondary),
  };
}

function pvlanWords(att: Attachment): string {
  const role = att.role;
  if (role.kind === 'isolated') return 'an isolated PVLAN port';
  if (role.kind === 'community') return `in PVLAN community ${role.secondary}`;
  return 'promiscuous';
}

export function whyNotAdjacent(
  ctx: EngineContext,
  trace: Trace,
  sender: Attachment,
  senderLoc: Location,
  owner: Attachment,
): Stop {
  const s = sender.member;
  const o = owner.member;
  if (owner.locations.length === 0)
    return trace.stop(
      {
        verdict: 'unreachable',
        reason: 'disconnected',
        at: o.id,
        stopLink: o.link,
        note: whyDetached(ctx, owner),
      },
      memberHopKind(o),
    );

  const domain = domainOf(ctx.graph, senderLoc);
  const sameDomain = owner.locations.some((loc) => domainOf(ctx.graph, loc) === domain);
  if (sameDomain && !canTalk(sender.role, owner.role))
    return trace.stop(
      {
        verdict: 'unreachable',
        reason: 'pvlan-isolated',
        at: o.id,
        stopLink: o.link,
        note: `${s.id} is ${pvlanWords(sender)} and ${o.id} is ${pvlanWords(owner)}: the private VLAN keeps them apart`,
      },
      memberHopKind(o),
    );

  const seeds = [senderLoc, ...owner.locations];
  const carry = ctx.hypothetical('carryAll', seeds);
  const carried = adjacentLocation(carry, sender, senderLoc, owner);
  const notCarried = carried
    ? (firstDrop(carry, senderLoc, carried) ??
      secondaryDrop(ctx, sender, senderLoc) ??
      secondaryDrop(ctx, owner, carried))
    : null;
  if (notCarried)
    return trace.stop(
      {
        verdict: 'unreachable',
        reason: 'vlan-not-carried',
        at: notCarried.at,
        stopLink: notCarried.link,
        note: `dropped at ${notCarried.port.replace(':', ' ')}: ${notCarried.why}`,
      },
      'physical-switch',
    );

  const allUp = ctx.hypothetical('allUp', seeds);
  const upLoc = adjacentLocation(allUp, sender, senderLoc, owner);
  const down = upLoc ? firstDrop(allUp, senderLoc, upLoc) : null;
  if (down)
    return trace.stop(
      {
        verdict: 'unreachable',
        reason: 'link-down',
        at: down.at,
        stopLink: down.link,
        note: `dropped at ${down.port.replace(':', ' ')}: ${down.why}`,
      },
      down.atKind,
    );

  const onSenderHost = owner.locations.some((loc) => loc.host !== null && loc.host === senderLoc.host);
  if (!onSenderHost) {
    const ownerLoc = owner.locations[0]!;
    for (const loc of [senderLoc, ownerLoc]) {
      const instance = loc.instance;
      if (instance && !ctx.graph.primary.get(instance.key))
        return trace.stop(
          {
            verdict: 'unreachable',
            reason: 'no-uplink',
            at: instance.switchId,
            stopLink: s.link,
            note: `${switchLabel(ctx, instance.switchId)} on ${instance.host} has no working uplink, so ${o.id} on another host cannot be reached`,
          },
          'switch',
        );
    }
  }

  return trace.stop(
    {
      verdict: 'unreachable',
      reason: 'isolated',
      at: s.id,
      stopLink: s.link,
      note: `${s.id} and ${o.id} share no layer-2 domain`,
    },
    memberHopKind(s),
  );
}
