// mtu-mismatch (MODEL.md 2.5): a member above its switch, a switch instance
// above its primary uplink's port, two cabled ports that differ, and a domain
// whose members disagree. Split by what each part reads, so that the problem
// phase (phase.ts) can keep a member's or a domain's share.
import type { Attachment } from '../attachments';
import type { EngineContext } from '../context';
import type { Member } from '../net';
import type { Problem } from '../types';
import { NO_PROBLEMS, problem } from './problem';

/** A member above its switch's MTU: reads the member, port groups and switches. */
export function memberMtu(ctx: EngineContext, m: Member): readonly Problem[] {
  if (m.attach.kind !== 'network') return NO_PROBLEMS;
  const pg = ctx.net.portGroups.get(m.attach.network);
  const sw = pg && ctx.net.switches.get(pg.switchId);
  if (!sw || m.mtu <= sw.mtu) return NO_PROBLEMS;
  return [
    problem('mtu-mismatch', [m.id, sw.id], `${m.id} has MTU ${m.mtu}, above ${sw.label}'s MTU ${sw.mtu}`, {
      links: [m.link],
    }),
  ];
}

/** Switch instances above their primary uplink's port, and cabled ports that differ: the wiring's share. */
export function wiringMtu(ctx: EngineContext): Problem[] {
  const out: Problem[] = [];
  const net = ctx.net;
  for (const instance of ctx.instances.values()) {
    const primary = ctx.graph.primary.get(instance.key);
    const sw = net.switches.get(instance.switchId)!;
    if (!primary || sw.mtu <= primary.port.mtu) continue;
    const port = primary.port;
    out.push(
      problem(
        'mtu-mismatch',
        [sw.id, port.switchId],
        `${sw.label} on ${instance.host} has MTU ${sw.mtu}, above the MTU ${port.mtu} of ${port.ref.replace(':', ' ')}, its uplink ${primary.uplink.nic}'s port`,
        {
          ports: [`${instance.host}:${primary.uplink.nic}`, port.ref],
          links: [primary.uplink.link, primary.cable.link],
        },
      ),
    );
  }

  for (const cable of net.cables) {
    if (cable.a.kind !== 'port' || cable.b.kind !== 'port') continue;
    const [big, small] =
      cable.a.port.mtu >= cable.b.port.mtu ? [cable.a.port, cable.b.port] : [cable.b.port, cable.a.port];
    if (big.mtu === small.mtu) continue;
    out.push(
      problem(
        'mtu-mismatch',
        [big.switchId, small.switchId],
        `cable ${cable.id} joins ${big.ref} (MTU ${big.mtu}) and ${small.ref} (MTU ${small.mtu})`,
        { ports: [big.ref, small.ref], links: [cable.link] },
      ),
    );
  }

  return out;
}

/** Members of one domain whose MTUs disagree. */
export function domainMtu(members: readonly Attachment[]): Problem[] {
  if (members.length < 2) return [];
  const smallest = Math.min(...members.map((a) => a.member.mtu));
  const above = members.filter((a) => a.member.mtu > smallest);
  if (above.length === 0) return [];
  const low = members.find((a) => a.member.mtu === smallest)!;
  const listed = [...above, low];
  return [
    problem(
      'mtu-mismatch',
      listed.map((a) => a.member.id),
      `members of one layer-2 domain have different MTUs: ${above.map((a) => `${a.member.id} ${a.member.mtu}`).join(', ')}, but ${low.member.id} ${smallest}`,
      { links: listed.map((a) => a.member.link) },
    ),
  ];
}
