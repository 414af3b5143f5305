// Where the real network drops a frame that a hypothetical graph's edge
// (graph.ts) lets through, worked out only for the edges a flow asks about.
import type { Edge, L2Graph } from './graph';
import type { CableNet, PhysPort } from './net';
import type { UplinkPort } from './uplinks';
import { acrossCable, portSends, portVlanFor, whyNotCarried } from './vlanCarry';

export interface Drop {
  at: string;
  atKind: 'physical-switch' | 'host';
  /** The port reference ("tor1:Eth1/2", "esx1:vmnic0"). */
  port: string;
  /** The link the frame stops at: the cable. */
  link: string;
  why: string;
}

const portDrop = (port: PhysPort, cable: CableNet, why: string): Drop => ({
  at: port.switchId,
  atKind: 'physical-switch',
  port: port.ref,
  link: cable.link,
  why,
});

function uplinkDrop(
  graph: L2Graph,
  up: UplinkPort,
  vlan: number,
  mapped: number,
  forward: boolean,
): Drop | null {
  const { port, cable, uplink } = up;
  if (graph.mode === 'carryAll')
    return portVlanFor(port, vlan) === mapped ? null : portDrop(port, cable, whyNotCarried(port, vlan));
  if (graph.mode === 'real') return null;
  const nic: Drop | null = up.nicUp
    ? null
    : {
        at: uplink.host,
        atKind: 'host',
        port: `${uplink.host}:${uplink.nic}`,
        link: cable.link,
        why: `NIC ${uplink.nic} is down`,
      };
  const portDown = port.up ? null : portDrop(port, cable, 'the port is down');
  return forward ? (nic ?? portDown) : (portDown ?? nic);
}

function cableDrop(
  graph: L2Graph,
  from: PhysPort,
  to: PhysPort,
  vlan: number,
  mapped: number,
  cable: CableNet,
) {
  if (graph.mode === 'real') return null;
  if (graph.mode === 'allUp') {
    if (!from.up) return portDrop(from, cable, 'the port is down');
    return to.up ? null : portDrop(to, cable, 'the port is down');
  }
  if (acrossCable(from, to, vlan) === mapped) return null;
  if (!portSends(from, vlan)) return portDrop(from, cable, whyNotCarried(from, vlan));
  return portDrop(to, cable, whyNotCarried(to, mapped));
}

/** Where the real network drops a frame crossing the edge, forward being from `a` to `b`; null if it does not. */
export function edgeDrop(graph: L2Graph, edge: Edge, forward: boolean): Drop | null {
  const vlanA = graph.nodes[edge.a]!.vlan;
  const vlanB = graph.nodes[edge.b]!.vlan;
  if (edge.uplink) return uplinkDrop(graph, edge.uplink, vlanA, vlanB, forward);
  return forward
    ? cableDrop(graph, edge.portA!, edge.portB, vlanA, vlanB, edge.cable)
    : cableDrop(graph, edge.portB, edge.portA!, vlanB, vlanA, edge.cable);
}
