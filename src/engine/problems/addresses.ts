// Address problems (MODEL.md 2.2, 2.5): duplicate-ip per domain, gateways
// outside the subnet or owned by no adjacent router interface, and DHCP
// clients left without an address. Split by what each part reads, so that
// the problem phase (phase.ts) can keep a domain's or a member's share.
import { formatIpv4, inSubnet } from '../../model/ipv4';
import type { Attachment } from '../attachments';
import type { EngineContext } from '../context';
import { adjacent } from '../domains';
import type { Member } from '../net';
import type { Problem } from '../types';
import { NO_PROBLEMS, problem } from './problem';

/** duplicate-ip among one domain's members. */
export function duplicateIps(ctx: EngineContext, members: readonly Attachment[]): Problem[] {
  // Most addresses are held once: only a repeated one gets a list of its holders.
  const first = new Map<number, Member>();
  let shared: Map<number, Member[]> | null = null;
  for (const att of members) {
    const info = ctx.addressing.of.get(att.member.id);
    if (!info) continue;
    const had = first.get(info.address);
    if (had === undefined) first.set(info.address, att.member);
    else {
      shared ??= new Map();
      const holders = shared.get(info.address);
      if (holders) holders.push(att.member);
      else shared.set(info.address, [had, att.member]);
    }
  }
  if (shared === null) return [];
  const out: Problem[] = [];
  // In the order the addresses first appear, as the holders do.
  for (const address of first.keys()) {
    const holders = shared.get(address);
    if (!holders) continue;
    const ids = holders.map((m) => m.id);
    out.push(
      problem('duplicate-ip', ids, `${ids.join(', ')} share ${formatIpv4(address)} in one layer-2 domain`, {
        links: holders.map((m) => m.link),
      }),
    );
  }
  return out;
}

/**
 * gateway-not-in-subnet or gateway-unreachable of one member; it reads the owners of its gateway.
 * `own` is the member's attachment when the caller has it at hand.
 */
export function gatewayProblems(ctx: EngineContext, m: Member, own?: Attachment): readonly Problem[] {
  const { addressing, attachments, graph } = ctx;
  const info = addressing.of.get(m.id);
  if (!info || info.gateway === null) return NO_PROBLEMS;
  const gw = info.gateway;
  if (!inSubnet(gw, info))
    return [
      problem('gateway-not-in-subnet', [m.id], `${m.id}'s gateway ${formatIpv4(gw)} is outside its subnet`, {
        links: [m.link],
      }),
    ];
  const att = own ?? attachments.get(m.id)!;
  if (att.locations.length === 0) return NO_PROBLEMS;
  const reachable = (addressing.owners.get(gw) ?? []).some(
    (o) => o.kind === 'interface' && adjacent(graph, att, attachments.get(o.id)!),
  );
  if (reachable) return NO_PROBLEMS;
  return [
    problem(
      'gateway-unreachable',
      [m.id],
      `no router interface layer-2 adjacent to ${m.id} owns its gateway ${formatIpv4(gw)}`,
      { links: [m.link] },
    ),
  ];
}

/** dhcp-no-server and dhcp-pool-exhausted, as addressing found them. */
export function dhcpProblems(ctx: EngineContext): Problem[] {
  const out: Problem[] = [];
  for (const m of ctx.addressing.noServer)
    out.push(
      problem(
        'dhcp-no-server',
        [m.id],
        `${m.id} asks for DHCP, but no DHCP range serves its layer-2 domain`,
        {
          links: [m.link],
        },
      ),
    );
  for (const [server, clients] of ctx.addressing.exhausted)
    out.push(
      problem(
        'dhcp-pool-exhausted',
        [server, ...clients.map((c) => c.id)],
        `the DHCP range of ${server} is used up: ${clients.map((c) => c.id).join(', ')} got no address`,
        { links: clients.map((c) => c.link) },
      ),
    );
  return out;
}
