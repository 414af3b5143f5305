// How a physical port carries VLANs (MODEL.md 2.1 rules 4 and 5). VLAN 0 on
// the virtual side means untagged. "Carried" is always in the form the
// neighbour sends it: a tagged VLAN must be allowed on a trunk and not be its
// native VLAN; untagged frames meet the port's untagged VLAN.
import { vlanListHas } from '../model/vlanList';
import type { PhysPort } from './net';

/** The VLAN untagged frames belong to on this port, or null when the port drops them. */
export function untaggedVlan(port: PhysPort): number | null {
  if (port.mode === 'access') return port.accessVlan;
  return vlanListHas(port.allowed, port.native) ? port.native : null;
}

/** The untagged VLAN if every port carried every VLAN (the vlan-not-carried hypothesis). */
export function untaggedVlanRelaxed(port: PhysPort): number {
  return port.mode === 'access' ? port.accessVlan : port.native;
}

export function carriesTagged(port: PhysPort, vlan: number): boolean {
  return port.mode === 'trunk' && vlan !== port.native && vlanListHas(port.allowed, vlan);
}

/** Rule 4: the port VLAN that VLAN `vlan` of a switch instance meets (0 = untagged), or null. */
export function portVlanFor(port: PhysPort, vlan: number): number | null {
  if (vlan === 0) return untaggedVlan(port);
  return carriesTagged(port, vlan) ? vlan : null;
}

export function portVlanForRelaxed(port: PhysPort, vlan: number): number {
  return vlan === 0 ? untaggedVlanRelaxed(port) : vlan;
}

/** Whether every VLAN of a form (a PVLAN needs its primary and its secondary) is carried. */
export function carriesAll(port: PhysPort, vlans: readonly number[]): boolean {
  return vlans.every((v) => portVlanFor(port, v) !== null);
}

/** Whether the port sends switch VLAN `vlan` out at all (untagged or tagged). */
export function portSends(port: PhysPort, vlan: number): boolean {
  return untaggedVlan(port) === vlan || carriesTagged(port, vlan);
}

/** Rule 5: the VLAN that VLAN `vlan` of one switch becomes across a cable from `from` to `to`, or null. */
export function acrossCable(from: PhysPort, to: PhysPort, vlan: number): number | null {
  if (untaggedVlan(from) === vlan) return untaggedVlan(to);
  return carriesTagged(from, vlan) && carriesTagged(to, vlan) ? vlan : null;
}

export function acrossCableRelaxed(from: PhysPort, to: PhysPort, vlan: number): number {
  return untaggedVlanRelaxed(from) === vlan ? untaggedVlanRelaxed(to) : vlan;
}

/** "VLAN 100", or "untagged frames" for VLAN 0. */
export function vlanWords(vlan: number): string {
  return vlan === 0 ? 'untagged frames' : `VLAN ${vlan}`;
}

/** Why a port does not carry a VLAN, in an admin's words. */
export function whyNotCarried(port: PhysPort, vlan: number): string {
  if (vlan === 0)
    return port.mode === 'trunk'
      ? `the trunk does not allow its native VLAN ${port.native}, so it drops untagged frames`
      : 'it drops untagged frames';
  if (port.mode === 'access') return `it is an access port (VLAN ${port.accessVlan}) and drops tagged frames`;
  if (vlan === port.native)
    return `VLAN ${vlan} is the trunk's native VLAN, so it goes untagged and tagged frames never match`;
  return `the trunk does not allow VLAN ${vlan}`;
}
