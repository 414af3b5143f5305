// Address problems (MODEL.md 2.2, 2.5): duplicate-ip per domain, gateways
// outside the subnet or owned by no adjacent router interface, and DHCP
// clients left without an address.
import { formatIpv4, inSubnet } from '../../model/ipv4';
import type { EngineContext } from '../context';
import { adjacent } from '../domains';
import type { Problem } from '../types';
import { problem } from './problem';

export function addressProblems(ctx: EngineContext): Problem[] {
  const out: Problem[] = [];
  const { addressing, attachments, graph } = ctx;

  for (const members of ctx.byDomain.values()) {
    const byAddress = new Map<number, string[]>();
    const links = new Map<number, (string | null)[]>();
    for (const att of members) {
      const info = addressing.of.get(att.member.id);
      if (!info) continue;
      byAddress.set(info.address, [...(byAddress.get(info.address) ?? []), att.member.id]);
      links.set(info.address, [...(links.get(info.address) ?? []), att.member.link]);
    }
    for (const [address, ids] of byAddress)
      if (ids.length > 1)
        out.push(
          problem(
            'duplicate-ip',
            ids,
            `${ids.join(', ')} share ${formatIpv4(address)} in one layer-2 domain`,
            {
              links: links.get(address),
            },
          ),
        );
  }

  for (const m of ctx.net.members) {
    const info = addressing.of.get(m.id);
    if (!info || info.gateway === null) continue;
    const gw = info.gateway;
    if (!inSubnet(gw, info)) {
      out.push(
        problem(
          'gateway-not-in-subnet',
          [m.id],
          `${m.id}'s gateway ${formatIpv4(gw)} is outside its subnet`,
          {
            links: [m.link],
          },
        ),
      );
      continue;
    }
    const att = attachments.get(m.id)!;
    if (att.locations.length === 0) continue;
    const reachable = (addressing.owners.get(gw) ?? []).some(
      (o) => o.kind === 'interface' && adjacent(graph, att, attachments.get(o.id)!),
    );
    if (!reachable)
      out.push(
        problem(
          'gateway-unreachable',
          [m.id],
          `no router interface layer-2 adjacent to ${m.id} owns its gateway ${formatIpv4(gw)}`,
          { links: [m.link] },
        ),
      );
  }

  for (const m of addressing.noServer)
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
  for (const [server, clients] of addressing.exhausted)
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
