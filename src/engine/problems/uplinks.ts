// Problems of uplinks and the physical network (MODEL.md 2.5): vlan-not-carried,
// uplink-vlan-inconsistent, uplink-not-cabled, no-uplink, native-vlan-mismatch.
// The switch instances' share is kept per instance (uplinkPhase.ts).
import type { EngineContext } from '../context';
import { isClosedDesktopNetwork, type Instance } from '../instances';
import type { Problem } from '../types';
import { failoverOrder, uplinkPort } from '../uplinks';
import { carriesAll, portVlanFor, vlanWords, whyNotCarried } from '../vlanCarry';
import type { Need, NeedTracker } from './needs';
import { problem } from './problem';

const needWords = (need: Need): string =>
  need.vlans.length > 1 ? `PVLAN ${need.vlans[0]}/${need.vlans[1]}` : vlanWords(need.vlans[0]!);

/** uplink-not-cabled: reads the switches' uplinks and the cables. */
export function notCabledProblems(ctx: EngineContext): Problem[] {
  const out: Problem[] = [];

  for (const sw of ctx.net.switches.values())
    for (const u of sw.uplinks)
      if (u.role !== 'unused' && !ctx.net.cableAt.has(`${u.host}:${u.nic}`))
        out.push(
          problem(
            'uplink-not-cabled',
            [sw.id, u.host],
            `${sw.label}'s uplink ${u.host} ${u.nic} has no cable`,
            {
              ports: [`${u.host}:${u.nic}`],
              links: [u.link],
            },
          ),
        );

  return out;
}

/** no-uplink, vlan-not-carried and uplink-vlan-inconsistent of one switch instance. */
export function instanceProblems(ctx: EngineContext, instance: Instance, needs: NeedTracker): Problem[] {
  const out: Problem[] = [];
  const instanceNeeds = needs.of(instance.key);
  const sw = ctx.net.switches.get(instance.switchId)!;
  const host = instance.host;
  const primary = ctx.graph.primary.get(instance.key) ?? null;
  if (!primary) {
    const shared = instanceNeeds.find((n) => needs.usedOnAnotherHost(n.vlans[0]!, host));
    // Only a switch without an uplink lists its members (most instances have one).
    const members = shared ? needs.membersOf(instance.key) : [];
    if (members.length > 0 && shared && !isClosedDesktopNetwork(sw))
      out.push(
        problem(
          'no-uplink',
          [sw.id, host],
          `${sw.label} on ${host} has no working uplink, while ${needWords(shared)} is used on another host`,
          { links: members.map((a) => a.member.link) },
        ),
      );
    return out;
  }
  const port = primary.port;
  for (const need of instanceNeeds) {
    const vlan = need.vlans[0]!;
    if (carriesAll(port, need.vlans)) continue;
    if (!needs.usedOnAnotherHost(vlan, host) && !needs.usedOnPhysical(vlan)) continue;
    const missing = need.vlans.find((v) => portVlanFor(port, v) === null)!;
    out.push(
      problem(
        'vlan-not-carried',
        [need.portGroup.id, host, port.switchId],
        `${needWords(need)} of ${need.portGroup.id} on ${host} is not carried by ${port.ref.replace(':', ' ')}, ` +
          `the port of its primary uplink ${primary.uplink.nic}: ${whyNotCarried(port, missing)}`,
        { ports: [port.ref], links: [primary.uplink.link, primary.cable.link] },
      ),
    );
  }
  for (const uplink of failoverOrder(instance)) {
    if (uplink === primary.uplink) continue;
    const other = uplinkPort(ctx.net, uplink);
    if (!other || !other.nicUp || !other.port.up) continue;
    const cut = instanceNeeds.filter((n) => carriesAll(port, n.vlans) && !carriesAll(other.port, n.vlans));
    if (cut.length === 0) continue;
    out.push(
      problem(
        'uplink-vlan-inconsistent',
        [sw.id, host, other.port.switchId],
        `failover from ${primary.uplink.nic} to ${uplink.nic} on ${host} would cut ${cut.map(needWords).join(', ')}: ` +
          `${other.port.ref.replace(':', ' ')} does not carry ${cut.length > 1 ? 'them' : 'it'} as ${sw.label} sends ${cut.length > 1 ? 'them' : 'it'}`,
        { ports: [other.port.ref], links: [uplink.link, other.cable.link] },
      ),
    );
  }
  return out;
}

/** native-vlan-mismatch: reads the cables. */
export function nativeVlanProblems(ctx: EngineContext): Problem[] {
  const out: Problem[] = [];
  for (const cable of ctx.net.cables) {
    if (cable.a.kind !== 'port' || cable.b.kind !== 'port') continue;
    const a = cable.a.port;
    const b = cable.b.port;
    if (a.mode !== 'trunk' || b.mode !== 'trunk' || a.native === b.native) continue;
    out.push(
      problem(
        'native-vlan-mismatch',
        [a.switchId, b.switchId],
        `cable ${cable.id} joins trunks with different native VLANs: ${a.ref} ${a.native}, ${b.ref} ${b.native}`,
        { ports: [a.ref, b.ref], links: [cable.link] },
      ),
    );
  }
  return out;
}
