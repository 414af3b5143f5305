// 2.1 rule 1 (attachment) and rule 7 (elements that are off), for adapters
// and interfaces that name a port group or a desktop network.
import { portGroupVlan } from '../../../src/model/defaults';
import { parseVlanList, vlanListHas } from '../../../src/model/vlanList';
import type { Design, Switch } from '../../../src/model/types';
import { isDesktopNetwork } from '../../../src/model/types';
import { gap } from '../gap';
import type { Attachment, Detached, PvlanRole } from './types';

export const instanceKey = (switchId: string, host: string): string => `i:${switchId}@${host}`;
export const physicalKey = (switchId: string): string => `p:${switchId}`;
export const pairKey = (element: string, vlan: number): string => `${element}#${vlan}`;

export function switchById(doc: Design, id: string): Switch | undefined {
  return (doc.switches ?? []).find((s) => s.id === id);
}

/** The hosts on which a switch exists (2.1: a standard switch on its host, a distributed one on each member). */
export function switchHosts(sw: Switch): string[] {
  if (sw.type === 'distributed') return sw.hosts ?? [];
  return [sw.host];
}

export type AttachResult = { attachments: Attachment[]; detached: Detached | null; guestVlan: number | null };

/**
 * Where something on `network` joins layer 2. `hosts` are the hosts it lives on (one for an
 * adapter; every member host for an interface on a distributed port group without `host`).
 * `forInterface`: router interfaces are promiscuous on PVLAN port groups (rule 6).
 */
export function attachToNetwork(
  doc: Design,
  network: string,
  hosts: string[],
  guestVlan: number | null,
  forInterface: boolean,
): AttachResult {
  const pg = (doc.portGroups ?? []).find((p) => p.id === network);
  const sw = pg ? switchById(doc, pg.switch) : switchById(doc, network);
  if (!sw) return gap(`network ${network} resolves to nothing`);
  if (!pg && !isDesktopNetwork(sw)) return gap(`adapter network ${network} is a switch, not a port group`);
  const carried = switchHosts(sw);
  const onHosts = hosts.filter((h) => carried.includes(h));
  if (onHosts.length === 0 || onHosts.length < hosts.length)
    return { attachments: [], detached: 'host-not-on-switch', guestVlan };

  let vlan = 0;
  let role: PvlanRole = { kind: 'plain' };
  if (pg) {
    const form = portGroupVlan(pg);
    if (typeof form === 'number' && form !== 4095) vlan = form;
    else if (form === 4095 || 'trunk' in form) {
      if (forInterface) return gap('a router interface on a guest-tagging port group has no guest VLAN');
      const inside =
        guestVlan !== null && (form === 4095 || vlanListHas(parseVlanList(form.trunk) ?? [], guestVlan));
      if (!inside) return { attachments: [], detached: 'vlan-outside-trunk', guestVlan };
      vlan = guestVlan;
    } else {
      const def =
        sw.type === 'distributed' ? (sw.pvlans ?? []).find((p) => p.secondary === form.pvlan) : undefined;
      if (!def) return gap(`PVLAN ${form.pvlan} is not defined on ${sw.id}`);
      vlan = def.primary;
      if (forInterface || def.type === 'promiscuous') role = { kind: 'promiscuous' };
      else if (def.type === 'isolated') role = { kind: 'isolated' };
      else role = { kind: 'community', secondary: def.secondary };
    }
  }
  const attachments = onHosts.map((host) => {
    const element = instanceKey(sw.id, host);
    return { pair: pairKey(element, vlan), element, switchId: sw.id, host, vlan, role, network };
  });
  return { attachments, detached: null, guestVlan };
}
