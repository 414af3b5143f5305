// The layer-2 graph over (switching element, VLAN) pairs (2.1). Edges are
// computed on demand by scanning every cable and instance: no index.
import { portMtu, portUp } from '../../../src/model/defaults';
import { cableLinkId, uplinkLinkId } from '../../../src/model/links';
import { pairKey, physicalKey } from '../world/attach';
import type { Instance, World } from '../world/types';
import type { Mode } from './ports';
import { cableAt, hostNicAt, hostToPort, physicalPortAt, portToHost, portToPort } from './ports';

export interface PortOnPath {
  switchId: string;
  port: string;
  mtu: number;
  up: boolean;
}

export interface Edge {
  from: string;
  to: string;
  /** up: instance → physical; down: physical → instance; across: physical → physical. */
  direction: 'up' | 'down' | 'across';
  cableLink: string;
  /** The uplink link crossed (up and down edges). */
  uplinkLink: string | null;
  /** The host NIC crossed (up and down edges). */
  nic: { host: string; nic: string; up: boolean } | null;
  /** Physical ports crossed, in the order the frame meets them. */
  ports: PortOnPath[];
}

export function parsePair(pair: string): { element: string; vlan: number } {
  const hash = pair.lastIndexOf('#');
  return { element: pair.slice(0, hash), vlan: Number(pair.slice(hash + 1)) };
}

export interface PrimaryUplink {
  nic: string;
  nicUp: boolean;
  cableLink: string;
  portRef: string;
  uplinkLink: string;
}

/** 2.1 rule 3: active uplinks, then standby ones; the first whose NIC is up and cabled to a port that is up. */
export function primaryUplink(world: World, inst: Instance, mode: Mode): PrimaryUplink | null {
  const ordered = [
    ...inst.uplinks.filter((u) => u.role === 'active'),
    ...inst.uplinks.filter((u) => u.role === 'standby'),
  ];
  for (const u of ordered) {
    const ref = `${inst.host}:${u.nic}`;
    const nic = hostNicAt(world.doc, ref);
    const cable = cableAt(world.doc, ref);
    const port = cable ? physicalPortAt(world.physical, cable.other) : null;
    if (!nic || !cable || !port) continue;
    if (mode !== 'upRelaxed' && (!nic.up || !portUp(port.port))) continue;
    return {
      nic: u.nic,
      nicUp: nic.up,
      cableLink: cableLinkId(cable.cable.id),
      portRef: cable.other,
      uplinkLink: uplinkLinkId(inst.switchId, inst.host, u.nic),
    };
  }
  return null;
}

function portOnPath(world: World, ref: string): PortOnPath {
  const found = physicalPortAt(world.physical, ref);
  if (!found) throw new Error(`no port ${ref}`);
  return {
    switchId: found.sw.id,
    port: found.port.name,
    mtu: portMtu(found.sw, found.port),
    up: portUp(found.port),
  };
}

export function neighbours(world: World, pair: string, mode: Mode): Edge[] {
  const { element, vlan } = parsePair(pair);
  const out: Edge[] = [];
  const inst = world.instances.find((i) => i.key === element);
  if (inst) {
    const primary = primaryUplink(world, inst, mode);
    if (!primary) return out;
    const port = physicalPortAt(world.physical, primary.portRef);
    if (!port) return out;
    for (const w of hostToPort(vlan, port.port, mode))
      out.push({
        from: pair,
        to: pairKey(physicalKey(port.sw.id), w),
        direction: 'up',
        cableLink: primary.cableLink,
        uplinkLink: primary.uplinkLink,
        nic: { host: inst.host, nic: primary.nic, up: primary.nicUp },
        ports: [portOnPath(world, primary.portRef)],
      });
    return out;
  }
  const sw = world.physical.find((s) => physicalKey(s.id) === element);
  if (!sw) return out;
  for (const port of sw.ports ?? []) {
    const ref = `${sw.id}:${port.name}`;
    const cable = cableAt(world.doc, ref);
    if (!cable) continue;
    const here = portOnPath(world, ref);
    const farPort = physicalPortAt(world.physical, cable.other);
    if (farPort) {
      const there = portOnPath(world, cable.other);
      if (mode !== 'upRelaxed' && (!here.up || !there.up)) continue;
      for (const w of portToPort(vlan, port, farPort.port, mode))
        out.push({
          from: pair,
          to: pairKey(physicalKey(farPort.sw.id), w),
          direction: 'across',
          cableLink: cableLinkId(cable.cable.id),
          uplinkLink: null,
          nic: null,
          ports: [here, there],
        });
      continue;
    }
    const nic = hostNicAt(world.doc, cable.other);
    if (!nic) continue;
    for (const target of world.instances.filter((i) => i.host === nic.host)) {
      const primary = primaryUplink(world, target, mode);
      if (!primary || primary.nic !== nic.nic) continue;
      for (const v of portToHost(vlan, port, mode))
        out.push({
          from: pair,
          to: pairKey(target.key, v),
          direction: 'down',
          cableLink: primary.cableLink,
          uplinkLink: primary.uplinkLink,
          nic,
          ports: [here],
        });
    }
  }
  return out;
}
