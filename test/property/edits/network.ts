// Edits of the network: port groups, switches, uplinks, host NICs, physical
// ports, cables and router interfaces.
import type { Design } from '../../../src/model/types';
import { connect } from '../../../src/model/commands/connect';
import { deleteElements } from '../../../src/model/commands/deleteElements';
import { addPort, updatePort } from '../../../src/model/commands/ports';
import type { Changes } from '../../../src/model/commands/updateElement';
import { freeHostNics } from '../../../src/model/commands/uplinkUse';
import { setPortUp } from '../../../src/model/commands/whatIf';
import { nicUp, portUp } from '../../../src/model/defaults';
import {
  dvsUplinkHandle,
  hostNicHandle,
  interfaceHandle,
  portGroupHandle,
  portHandle,
  SVI_HANDLE,
  UPLINK_HANDLE,
} from '../../../src/scene/handleIds';
import { ALLOWED, MTUS, PG_VLANS, PHYSICAL_VLANS } from '../../arbitraries/pools';
import { address, edit, pickOf, plan, type Planner } from './planning';

/** Host NICs and physical ports that have no cable yet, as canvas handles. */
function freePorts(doc: Design, hostNics: boolean): { node: string; handle: string }[] {
  const cabled = new Set((doc.cables ?? []).flatMap((c) => [c.a, c.b]));
  const ends = hostNics
    ? (doc.hosts ?? []).flatMap((h) => (h.nics ?? []).map((n) => [h.id, n.name, hostNicHandle(n.name)]))
    : (doc.physicalSwitches ?? []).flatMap((s) =>
        (s.ports ?? []).map((p) => [s.id, p.name, portHandle(p.name)]),
      );
  return ends
    .filter(([owner, name]) => !cabled.has(`${owner}:${name}`))
    .map(([node, , handle]) => ({ node: node!, handle: handle! }));
}

export const NETWORK_EDITS: Record<string, Planner> = {
  'port group vlan': (doc, r) => {
    const pg = pickOf(doc, r, 'portGroup');
    const vlan = r.pick([
      undefined,
      ...PG_VLANS,
      4095,
      { trunk: r.pick(ALLOWED) },
      { pvlan: r.pick([500, 501, 502]) },
    ]);
    return pg && edit(doc, pg.id, { vlan });
  },
  'port group security': (doc, r) => {
    const pg = pickOf(doc, r, 'portGroup');
    return pg && edit(doc, pg.id, { security: r.chance(50) ? undefined : { promiscuous: r.chance(50) } });
  },
  'switch mtu': (doc, r) => {
    const sw = pickOf(doc, r, 'switch');
    return sw && edit(doc, sw.id, { mtu: r.pick([undefined, 1500, 1600, 9000]) });
  },
  'uplink role': (doc, r) => {
    const switches = (doc.switches ?? []).filter(
      (sw) => (sw.type === 'standard' || sw.type === 'distributed') && (sw.uplinks ?? []).length > 0,
    );
    if (switches.length === 0) return null;
    const sw = r.pick(switches) as { id: string; uplinks: { role?: string }[] };
    const k = r.int(0, sw.uplinks.length - 1);
    const role = r.pick([undefined, 'active', 'standby', 'unused']);
    const uplinks = sw.uplinks.map((u, i) => {
      if (i !== k) return u;
      const { role: _old, ...rest } = u;
      return role ? { ...rest, role } : rest;
    });
    return edit(doc, sw.id, { uplinks });
  },
  'uplink connect': (doc, r) => {
    const hosts = new Map((doc.hosts ?? []).map((h) => [h.id, h]));
    const ends = (doc.switches ?? []).flatMap((sw) => {
      if (sw.type === 'standard') return [{ sw: sw.id, host: sw.host, handle: UPLINK_HANDLE }];
      if (sw.type !== 'distributed') return [];
      return (sw.hosts ?? []).map((host) => ({ sw: sw.id, host, handle: dvsUplinkHandle(host) }));
    });
    // Mostly a NIC no switch uses yet (a used one is refused), now and then any NIC.
    const nicsOf = (hostId: string) => {
      const host = hosts.get(hostId);
      if (!host) return [];
      return r.chance(80) ? freeHostNics(doc, host) : (host.nics ?? []).map((n) => n.name);
    };
    const usable = ends.map((end) => ({ ...end, nics: nicsOf(end.host) })).filter((e) => e.nics.length > 0);
    if (usable.length === 0) return null;
    const end = r.pick(usable);
    return plan(doc, connect, {
      source: { node: end.host, handle: hostNicHandle(r.pick(end.nics)) },
      target: { node: end.sw, handle: end.handle },
    });
  },
  'port add': (doc, r) => {
    const owner = pickOf(doc, r, 'host', 'physicalSwitch');
    return owner && plan(doc, addPort, { owner: owner.id });
  },
  'host nic up': (doc, r) => {
    const host = pickOf(doc, r, 'host');
    const nics = host?.el.nics ?? [];
    if (!host || nics.length === 0) return null;
    const nic = r.pick(nics);
    return plan(doc, setPortUp, { owner: host.id, port: nic.name, up: !nicUp(nic) });
  },
  'physical port up': (doc, r) => {
    const sw = pickOf(doc, r, 'physicalSwitch');
    const ports = sw?.el.ports ?? [];
    if (!sw || ports.length === 0) return null;
    const port = r.pick(ports);
    return plan(doc, setPortUp, { owner: sw.id, port: port.name, up: !portUp(port) });
  },
  'physical port edit': (doc, r) => {
    const sw = pickOf(doc, r, 'physicalSwitch');
    const ports = sw?.el.ports ?? [];
    if (!sw || ports.length === 0) return null;
    const changes = r.pick<Changes>([
      { mode: 'trunk', allowed: r.pick(ALLOWED), vlan: undefined },
      { mode: undefined, vlan: r.pick(PHYSICAL_VLANS), allowed: undefined, native: undefined },
      { native: r.pick([undefined, ...PHYSICAL_VLANS]) },
      { mtu: r.pick([undefined, ...MTUS]) },
    ]);
    return plan(doc, updatePort, { owner: sw.id, name: r.pick(ports).name, changes });
  },
  'cable add': (doc, r) => {
    const ports = freePorts(doc, false);
    const from = [...freePorts(doc, true), ...ports];
    if (ports.length === 0 || from.length === 0) return null;
    return plan(doc, connect, { source: r.pick(from), target: r.pick(ports) });
  },
  'cable delete': (doc, r) => {
    const cable = pickOf(doc, r, 'cable');
    return cable && plan(doc, deleteElements, { ids: [cable.id] });
  },
  'router interface attach': (doc, r) => {
    const iface = pickOf(doc, r, 'routerInterface');
    const portGroups = doc.portGroups ?? [];
    const physical = doc.physicalSwitches ?? [];
    if (!iface || portGroups.length + physical.length === 0) return null;
    const pg = portGroups.length > 0 && (physical.length === 0 || r.chance(70)) ? r.pick(portGroups) : null;
    const target = pg
      ? { node: pg.id, handle: portGroupHandle(pg.id) }
      : { node: r.pick(physical).id, handle: SVI_HANDLE };
    return plan(doc, connect, {
      source: { node: iface.router.id, handle: interfaceHandle(iface.id) },
      target,
    });
  },
  'router interface ip': (doc, r) => {
    const iface = pickOf(doc, r, 'routerInterface');
    return (
      iface && edit(doc, iface.id, { ip: r.chance(15) ? undefined : `${address(r)}/${r.pick([24, 25])}` })
    );
  },
};
