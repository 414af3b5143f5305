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
  for (const att of ctx.attachments.values())
    for (const loc of att.locations) {
      if (!loc.instance) {
        physicalVlans.add(loc.vlan);
        continue;
      }
      const key = loc.instance.key;
      const hosts = hostsByVlan.get(loc.vlan) ?? new Set<string>();
      hosts.add(loc.instance.host);
      hostsByVlan.set(loc.vlan, hosts);
      const members = membersByInstance.get(key) ?? [];
      members.push(att);
      membersByInstance.set(key, members);
      if (!att.portGroup) continue;
      const needs = byInstance.get(key) ?? [];
      const vlans = att.secondary === null ? [loc.vlan] : [loc.vlan, att.secondary];
      let need = needs.find((n) => n.portGroup.id === att.portGroup!.id && n.vlans.join() === vlans.join());
      if (!need) {
        need = { portGroup: att.portGroup, vlans, members: [] };
        needs.push(need);
      }
      need.members.push(att);
      byInstance.set(key, needs);
    }
  return { byInstance, membersByInstance, hostsByVlan, physicalVlans };
}

/** Whether a VLAN is used by a member on a host other than `host`. */
export function usedOnAnotherHost(index: NeedIndex, vlan: number, host: string): boolean {
  for (const h of index.hostsByVlan.get(vlan) ?? []) if (h !== host) return true;
  return false;
}
