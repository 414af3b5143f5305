// 2.1 rules 4-5: which VLAN of a physical port a frame meets, read straight
// from the text, plus the two "what if" worlds of 2.3 step 4: every port
// carrying every VLAN (vlanRelaxed), and every NIC and port up (upRelaxed).
import { accessVlan, portMode, trunkAllowed, trunkNative } from '../../../src/model/defaults';
import type { Cable, Design, PhysicalPort, PhysicalSwitch } from '../../../src/model/types';
import { parseVlanList, vlanListHas } from '../../../src/model/vlanList';

export type Mode = 'strict' | 'vlanRelaxed' | 'upRelaxed';

export function cableAt(doc: Design, ref: string): { cable: Cable; other: string } | null {
  for (const cable of doc.cables ?? []) {
    if (cable.a === ref) return { cable, other: cable.b };
    if (cable.b === ref) return { cable, other: cable.a };
  }
  return null;
}

function splitRef(ref: string): [string, string] {
  const colon = ref.indexOf(':');
  return [ref.slice(0, colon), ref.slice(colon + 1)];
}

export function physicalPortAt(
  physical: PhysicalSwitch[],
  ref: string,
): { sw: PhysicalSwitch; port: PhysicalPort } | null {
  const [owner, name] = splitRef(ref);
  const sw = physical.find((s) => s.id === owner);
  const port = sw?.ports?.find((p) => p.name === name);
  return sw && port ? { sw, port } : null;
}

export function hostNicAt(doc: Design, ref: string): { host: string; nic: string; up: boolean } | null {
  const [owner, name] = splitRef(ref);
  const host = (doc.hosts ?? []).find((h) => h.id === owner);
  const nic = host?.nics?.find((n) => n.name === name);
  return host && nic ? { host: host.id, nic: nic.name, up: nic.up ?? true } : null;
}

function allows(port: PhysicalPort, vlan: number): boolean {
  return vlanListHas(parseVlanList(trunkAllowed(port)) ?? [], vlan);
}

/** The VLAN a port gives untagged frames: an access port's `vlan`, or a trunk's native when allowed. */
export function untaggedVlan(port: PhysicalPort, relaxed: boolean): number | null {
  if (portMode(port) === 'access') return accessVlan(port);
  const native = trunkNative(port);
  return relaxed || allows(port, native) ? native : null;
}

/** A trunk that allows `vlan` and does not send it as its native VLAN. */
export function carriesTagged(port: PhysicalPort, vlan: number): boolean {
  return portMode(port) === 'trunk' && allows(port, vlan) && vlan !== trunkNative(port);
}

/** Instance VLAN `v` (0 = untagged) → the port's VLAN it meets. */
export function hostToPort(v: number, port: PhysicalPort, mode: Mode): number[] {
  const relaxed = mode === 'vlanRelaxed';
  if (v === 0) {
    const u = untaggedVlan(port, relaxed);
    return u === null ? [] : [u];
  }
  return relaxed || carriesTagged(port, v) ? [v] : [];
}

/** The same mapping in the other direction: port VLAN `w` → instance VLANs. */
export function portToHost(w: number, port: PhysicalPort, mode: Mode): number[] {
  const relaxed = mode === 'vlanRelaxed';
  const out: number[] = [];
  if (untaggedVlan(port, relaxed) === w) out.push(0);
  if (relaxed || carriesTagged(port, w)) out.push(w);
  return out;
}

/** Rule 5: VLAN `w` on the switch of `from` → VLANs on the switch of `to`. */
export function portToPort(w: number, from: PhysicalPort, to: PhysicalPort, mode: Mode): number[] {
  const relaxed = mode === 'vlanRelaxed';
  const out = new Set<number>();
  const u1 = untaggedVlan(from, relaxed);
  const u2 = untaggedVlan(to, relaxed);
  if (u1 === w && u2 !== null) out.add(u2);
  if (relaxed || (carriesTagged(from, w) && carriesTagged(to, w))) out.add(w);
  return [...out];
}

/** Whether a port sends VLAN `w` at all (untagged or tagged), as it is configured. */
export function portCarries(port: PhysicalPort, w: number): boolean {
  return untaggedVlan(port, false) === w || carriesTagged(port, w);
}
