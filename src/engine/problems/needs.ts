// What each switch instance's attached members need carried (MODEL.md 2.5,
// vlan-not-carried and its neighbours): per port group, the VLANs in the form
// the instance sends them; and which hosts and physical switches use each VLAN.
import type { Attachment } from '../attachments';
import type { EngineContext } from '../context';
import type { PortGroupNet } from '../net';

export interface Need {
  portGroup: PortGroupNet;
  /** The instance VLAN first (0 = untagged), then a PVLAN's secondary. */
  vlans: number[];
  members: Attachment[];
}

export interface NeedIndex {
  byInstance: Map<string, Need[]>;
  membersByInstance: Map<string, Attachment[]>;
  hostsByVlan: Map<number, Set<string>>;
  physicalVlans: Set<number>;
}

export function indexNeeds(ctx: EngineContext): NeedIndex {
  const byInstance = new Map<string, Need[]>();
  const membersByInstance = new Map<string, Attachment[]>();
  const hostsByVlan = new Map<number, Set<string>>();
  const physicalVlans = new Set<number>();
  // One need per instance, port group and VLANs: found by this key.
  const needAt = new Map<string, Need>();
  for (const att of ctx.attachments.values())
    for (const loc of att.locations) {
      if (!loc.instance) {
        physicalVlans.add(loc.vlan);
        continue;
      }
      const key = loc.instance.key;
      let hosts = hostsByVlan.get(loc.vlan);
      if (!hosts) hostsByVlan.set(loc.vlan, (hosts = new Set()));
      hosts.add(loc.instance.host);
      const members = membersByInstance.get(key);
      if (members) members.push(att);
      else membersByInstance.set(key, [att]);
      const pg = att.portGroup;
      if (!pg) continue;
      const needKey = `${key}|${pg.id}|${loc.vlan}|${att.secondary}`;
      let need = needAt.get(needKey);
      if (!need) {
        need = {
          portGroup: pg,
          vlans: att.secondary === null ? [loc.vlan] : [loc.vlan, att.secondary],
          members: [],
        };
        needAt.set(needKey, need);
        const needs = byInstance.get(key);
        if (needs) needs.push(need);
        else byInstance.set(key, [need]);
      }
      need.members.push(att);
    }
  return { byInstance, membersByInstance, hostsByVlan, physicalVlans };
}

/** Whether a VLAN is used by a member on a host other than `host`. */
export function usedOnAnotherHost(index: NeedIndex, vlan: number, host: string): boolean {
  for (const h of index.hostsByVlan.get(vlan) ?? []) if (h !== host) return true;
  return false;
}
