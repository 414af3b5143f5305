// 2.3 step 4: layer-2 delivery to the next hop, the reasons it fails, and the
// MTU met along the shortest layer-2 path.
import { gap } from '../gap';
import type { Edge } from '../layer2/graph';
import { primaryUplink } from '../layer2/graph';
import { pvlanAllows } from '../layer2/layer2';
import { portCarries } from '../layer2/ports';
import { physicalPortAt } from '../layer2/ports';
import type { Attachment, Member } from '../world/types';
import type { Ctx, Outcome, Packet } from './outcome';
import { unreachable } from './outcome';

export type Delivered = { owner: Member; at: Attachment; size: number };

function sameOutcome(list: (Outcome | null)[], what: string): Outcome | null {
  const first = list[0] ?? null;
  for (const o of list)
    if (JSON.stringify(o) !== JSON.stringify(first)) gap(`equal-length layer-2 paths disagree on ${what}`);
  return first;
}

/** The MTU checks of step 4 along one path, in the order the frame meets them. */
function mtuOnPath(ctx: Ctx, sender: Member, from: Attachment, path: Edge[], owner: Member, size: number) {
  const checks: { mtu: number; at: string; link: string | null }[] = [];
  const instance = (element: string) => ctx.world.instances.find((i) => i.key === element);
  const first = instance(from.element);
  if (first) checks.push({ mtu: first.mtu, at: first.switchId, link: sender.linkId });
  for (const e of path) {
    for (const p of e.ports) checks.push({ mtu: p.mtu, at: p.switchId, link: e.cableLink });
    const next = instance(e.to.slice(0, e.to.lastIndexOf('#')));
    if (next) checks.push({ mtu: next.mtu, at: next.switchId, link: e.uplinkLink });
  }
  checks.push({ mtu: owner.mtu, at: owner.id, link: owner.linkId });
  const hit = checks.find((c) => size > c.mtu);
  return hit ? ({ verdict: 'mtu', reason: 'mtu', at: hit.at, stopLink: hit.link } as Outcome) : null;
}

/** Which copy of a (distributed) owner answers: the one on the sender's host, else the only one. */
function answeringCopy(candidates: Attachment[], from: Attachment): Attachment {
  if (candidates.length === 1) return candidates[0] as Attachment;
  const local = candidates.filter((a) => a.host !== null && a.host === from.host);
  if (local.length === 1) return local[0] as Attachment;
  return gap('several copies of a distributed interface could answer');
}

/** Where a frame first meets a port that drops it, on a path of the "every port carries every VLAN" world. */
function firstDrop(ctx: Ctx, path: Edge[]): Outcome {
  for (const e of path) {
    const strict = ctx.l2.strictEdge(e);
    if (strict) continue;
    let at = e.ports[0]?.switchId ?? '';
    if (e.direction === 'across') {
      const here = physicalPortAt(ctx.world.physical, `${e.ports[0]?.switchId}:${e.ports[0]?.port}`);
      const fromVlan = Number(e.from.slice(e.from.lastIndexOf('#') + 1));
      if (here && portCarries(here.port, fromVlan)) at = e.ports[1]?.switchId ?? at;
    }
    return unreachable('vlan-not-carried', at, e.cableLink);
  }
  throw new Error('a relaxed path with only strict edges');
}

/** Where a frame first meets a NIC or port that is down, on a path of the "everything up" world. */
function firstDown(path: Edge[]): Outcome {
  for (const e of path) {
    const met: { down: boolean; at: string }[] = [];
    const nic = e.nic ? { down: !e.nic.up, at: e.nic.host } : null;
    const ports = e.ports.map((p) => ({ down: !p.up, at: p.switchId }));
    if (e.direction === 'up' && nic) met.push(nic, ...ports);
    else if (e.direction === 'down' && nic) met.push(...ports, nic);
    else met.push(...ports);
    const hit = met.find((m) => m.down);
    if (hit) return unreachable('link-down', hit.at, e.cableLink);
  }
  throw new Error('an all-up path with nothing down');
}

function whyNotAdjacent(ctx: Ctx, sender: Member, from: Attachment, owner: Member): Outcome {
  const ownerLink = owner.linkId;
  if (!owner.powered || owner.attachments.length === 0)
    return unreachable('disconnected', owner.id, ownerLink);
  if (owner.attachments.some((a) => ctx.l2.sameDomain(a, from)))
    return unreachable('pvlan-isolated', owner.id, ownerLink);
  const targets = owner.attachments.filter((a) => pvlanAllows(a.role, from.role)).map((a) => a.pair);
  const relaxed = ctx.l2.shortestPaths(from.pair, targets, 'vlanRelaxed');
  if (relaxed.length > 0)
    return sameOutcome(
      relaxed.map((p) => firstDrop(ctx, p)),
      'vlan-not-carried',
    ) as Outcome;
  const allUp = ctx.l2.shortestPaths(from.pair, targets, 'upRelaxed');
  if (allUp.length > 0) return sameOutcome(allUp.map(firstDown), 'link-down') as Outcome;
  const noUplink = (a: Attachment) => {
    const inst = ctx.world.instances.find((i) => i.key === a.element);
    return inst !== undefined && primaryUplink(ctx.world, inst, 'strict') === null;
  };
  const ownerLacks = owner.attachments.filter(noUplink);
  if (noUplink(from) || ownerLacks.length > 0) {
    const hosts = owner.attachments.map((a) => a.host);
    if (from.host === null || hosts.includes(null)) gap('no-uplink when one end is on a physical switch');
    if (!hosts.includes(from.host)) {
      if (!noUplink(from) && ownerLacks.length < owner.attachments.length)
        gap('no-uplink with a distributed owner whose copies differ');
      const at = noUplink(from) ? from.switchId : (ownerLacks[0] as Attachment).switchId;
      return unreachable('no-uplink', at, sender.linkId);
    }
  }
  return unreachable('isolated', sender.id, sender.linkId);
}

/**
 * Delivers the packet from `sender` (its attachment `from`) to the owner of `nextHop`.
 * `destination`: the next hop is the packet's destination (else it is a gateway).
 */
export function deliver(
  ctx: Ctx,
  sender: Member,
  from: Attachment,
  nextHop: number,
  destination: boolean,
  packet: Packet,
): Outcome | Delivered {
  const owners = ctx.book.owners(nextHop);
  const reachable = (m: Member) =>
    m.attachments.filter((a) => ctx.l2.sameDomain(a, from) && pvlanAllows(a.role, from.role));
  // With one owner, or a destination adjacent to the sender, the spec is clear. With two owners
  // of the address, which one's reason (or which one receives) it does not say.
  let owner: Member | undefined;
  if (destination) {
    if (packet.dstId === null && owners.length > 0) gap('a destination address owned by an element');
    owner = owners.find((m) => m.id === packet.dstId);
    if (packet.dstId !== null && !owner) gap('the destination does not own its own address');
    if (
      owners.length > 1 &&
      (!owner || reachable(owner).length === 0 || owners.some((m) => m !== owner && reachable(m).length > 0))
    )
      gap('a destination sharing its address');
  } else {
    const adjacent = owners.filter((m) => reachable(m).length > 0);
    if (adjacent.length > 1) gap(`gateway ${nextHop} owned by several adjacent elements`);
    if (adjacent.length === 0 && owners.length > 1)
      gap(`gateway ${nextHop} owned by several elements, none adjacent`);
    owner = adjacent[0] ?? owners[0];
  }
  if (!owner) return unreachable(destination ? 'host-unknown' : 'no-gateway', sender.id, sender.linkId);
  if (!destination && !(owner.kind === 'interface' && owner.routerId !== null))
    gap(`the gateway ${owner.id} is not a router interface`);
  if (owner === sender) gap('a packet addressed to its own sender');
  if (owner.external) gap('a next hop owned by an external interface');
  const candidates = reachable(owner);
  if (candidates.length === 0) return whyNotAdjacent(ctx, sender, from, owner);
  const at = answeringCopy(candidates, from);
  const paths = ctx.l2.shortestPaths(from.pair, [at.pair], 'strict');
  const mtu = sameOutcome(
    paths.map((p) => mtuOnPath(ctx, sender, from, p, owner, packet.size)),
    'the MTU met',
  );
  return mtu ?? { owner, at, size: packet.size };
}
