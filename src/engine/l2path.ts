// Layer-2 delivery along the shortest path (MODEL.md 2.3 step 4, MTU): every
// switch instance, every physical port and the receiving member's MTU, in the
// order met from the sender. Layer 2 never fragments. Records hops and links.
import type { Attachment, Location } from './attachments';
import type { EngineContext } from './context';
import { memberHopKind } from './describe';
import { nodeOf } from './domains';
import { shortestPath, type PathStep } from './graphPath';
import type { Packet } from './packet';
import type { Stop, Trace } from './trace';
import type { HopKind } from './types';

interface Checkpoint {
  mtu: number;
  at: string;
  what: string;
  stopLink: string | null;
}

function mtuStop(trace: Trace, packet: Packet, c: Checkpoint, kind: HopKind): Stop {
  return trace.stop(
    {
      verdict: 'mtu',
      reason: 'mtu',
      at: c.at,
      stopLink: c.stopLink,
      note: `${packet.size} bytes exceed the MTU ${c.mtu} of ${c.what}${packet.df ? ' (don’t fragment is set)' : ''}`,
    },
    kind,
  );
}

export function walkLayer2(
  ctx: EngineContext,
  trace: Trace,
  packet: Packet,
  sender: Attachment,
  from: Location,
  owner: Attachment,
  to: Location,
): Stop | null {
  const g = ctx.graph;
  const steps: PathStep[] = shortestPath(g, nodeOf(g, from), nodeOf(g, to)) ?? [];
  trace.cross(sender.member.link);

  const instanceCheck = (
    switchId: string,
    host: string,
    vlan: number,
    enteredBy: string | null,
  ): Stop | null => {
    const sw = ctx.net.switches.get(switchId)!;
    const what = `${sw.label} on ${host}`;
    if (packet.size > sw.mtu)
      return mtuStop(trace, packet, { mtu: sw.mtu, at: sw.id, what, stopLink: enteredBy }, 'switch');
    trace.hop(sw.id, 'switch', `${what} switches it ${vlan === 0 ? 'untagged' : `in VLAN ${vlan}`}`);
    return null;
  };

  if (from.instance) {
    const stop = instanceCheck(from.instance.switchId, from.instance.host, from.vlan, sender.member.link);
    if (stop) return stop;
  }
  for (const { edge, forward } of steps) {
    if (edge.kind === 'uplink') {
      const up = edge.uplink!;
      const port = edge.portB;
      const portCheck: Checkpoint = {
        mtu: port.mtu,
        at: port.switchId,
        what: port.ref.replace(':', ' '),
        stopLink: edge.cable.link,
      };
      if (forward) {
        trace.hop(up.uplink.host, 'host', `leaves ${up.uplink.host} by uplink ${up.uplink.nic}`);
        trace.cross(up.uplink.link);
        trace.cross(edge.cable.link);
        if (packet.size > port.mtu) return mtuStop(trace, packet, portCheck, 'physical-switch');
        trace.hop(
          port.switchId,
          'physical-switch',
          `${port.ref.replace(':', ' ')} takes it in, in VLAN ${g.nodes[edge.b]!.vlan}`,
        );
      } else {
        if (packet.size > port.mtu) return mtuStop(trace, packet, portCheck, 'physical-switch');
        trace.hop(port.switchId, 'physical-switch', `${port.switchId} sends it out of ${port.name}`);
        trace.cross(edge.cable.link);
        trace.cross(up.uplink.link);
        trace.hop(up.uplink.host, 'host', `enters ${up.uplink.host} by uplink ${up.uplink.nic}`);
        const node = g.nodes[forward ? edge.b : edge.a]!;
        const stop = instanceCheck(node.instance!.switchId, node.instance!.host, node.vlan, up.uplink.link);
        if (stop) return stop;
      }
      continue;
    }
    const out = forward ? edge.portA! : edge.portB;
    const inn = forward ? edge.portB : edge.portA!;
    const link = edge.cable.link;
    if (packet.size > out.mtu)
      return mtuStop(
        trace,
        packet,
        { mtu: out.mtu, at: out.switchId, what: out.ref.replace(':', ' '), stopLink: link },
        'physical-switch',
      );
    trace.hop(out.switchId, 'physical-switch', `${out.switchId} sends it out of ${out.name}`);
    trace.cross(link);
    if (packet.size > inn.mtu)
      return mtuStop(
        trace,
        packet,
        { mtu: inn.mtu, at: inn.switchId, what: inn.ref.replace(':', ' '), stopLink: link },
        'physical-switch',
      );
    const node = g.nodes[forward ? edge.b : edge.a]!;
    trace.hop(
      inn.switchId,
      'physical-switch',
      `${inn.ref.replace(':', ' ')} takes it in, in VLAN ${node.vlan}`,
    );
  }
  const m = owner.member;
  if (packet.size > m.mtu)
    return mtuStop(trace, packet, { mtu: m.mtu, at: m.id, what: m.id, stopLink: m.link }, memberHopKind(m));
  trace.cross(m.link);
  return null;
}
