// What each switch instance's attached members need carried (MODEL.md 2.5,
// vlan-not-carried and its neighbours): per port group, the VLANs in the form
// the instance sends them; and which hosts and physical switches use each VLAN.
// Kept from one version to the next: a changed member's attachment is taken
// out of the instances it sat in and put into those it sits in, and the
// instances whose answers may differ are reported.
import type { Attachment, Location } from '../attachments';
import type { EngineContext } from '../context';
import type { PortGroupNet } from '../net';

export interface Need {
  portGroup: PortGroupNet;
  /** The instance VLAN first (0 = untagged), then a PVLAN's secondary. */
  vlans: number[];
  members: Attachment[];
}

interface Placed {
  att: Attachment;
  loc: Location;
  /** Member position, then location index: the order of a walk over every attachment. */
  order: number;
}

/** How many of something, by key. */
function bump<K>(map: Map<K, number>, key: K, by: number): number {
  const n = (map.get(key) ?? 0) + by;
  if (n === 0) map.delete(key);
  else map.set(key, n);
  return n;
}

export class NeedTracker {
  private readonly placed = new Map<string, Placed[]>();
  private readonly hosts = new Map<number, Map<string, number>>();
  private readonly physical = new Map<number, number>();
  private readonly instancesByVlan = new Map<number, Map<string, number>>();
  private readonly attachment = new Map<string, Attachment>();
  private readonly span: number;

  constructor(ctx: EngineContext) {
    this.span = Math.max(1, ...[...ctx.attachments.values()].map((a) => a.locations.length));
    for (const [id, att] of ctx.attachments) this.place(ctx, id, att, 1, null);
  }

  /** Brings changed members up to date; the instances (by key) whose needs or whose VLANs' use changed. */
  update(ctx: EngineContext, ids: Iterable<string>): Set<string> | null {
    const dirty = new Set<string>();
    for (const id of ids) {
      const now = ctx.attachments.get(id);
      if (now && now.locations.length > this.span) return null;
      const old = this.attachment.get(id);
      if (old === now) continue;
      if (old) this.place(ctx, id, old, -1, dirty);
      if (now) this.place(ctx, id, now, 1, dirty);
    }
    return dirty;
  }

  /** The instance's members, and its needs, in member order. */
  of(key: string): { members: Attachment[]; needs: Need[] } {
    const members: Attachment[] = [];
    const needs: Need[] = [];
    const needAt = new Map<string, Need>();
    for (const { att, loc } of this.placed.get(key) ?? []) {
      members.push(att);
      const pg = att.portGroup;
      if (!pg) continue;
      const needKey = `${pg.id}|${loc.vlan}|${att.secondary}`;
      let need = needAt.get(needKey);
      if (!need) {
        need = {
          portGroup: pg,
          vlans: att.secondary === null ? [loc.vlan] : [loc.vlan, att.secondary],
          members: [],
        };
        needAt.set(needKey, need);
        needs.push(need);
      }
      need.members.push(att);
    }
    return { members, needs };
  }

  /** Whether a VLAN is used by a member on a host other than `host`. */
  usedOnAnotherHost(vlan: number, host: string): boolean {
    for (const h of this.hosts.get(vlan)?.keys() ?? []) if (h !== host) return true;
    return false;
  }

  usedOnPhysical(vlan: number): boolean {
    return this.physical.has(vlan);
  }

  /** Adds (by 1) or takes out (by -1) a member's locations, noting the instances concerned. */
  private place(
    ctx: EngineContext,
    id: string,
    att: Attachment,
    by: 1 | -1,
    dirty: Set<string> | null,
  ): void {
    if (by > 0) this.attachment.set(id, att);
    else this.attachment.delete(id);
    const position = ctx.net.position.get(id) ?? 0;
    att.locations.forEach((loc, k) => {
      const vlanChanged = (changed: boolean) => {
        if (changed && dirty)
          for (const key of this.instancesByVlan.get(loc.vlan)?.keys() ?? []) dirty.add(key);
      };
      if (!loc.instance) {
        const n = bump(this.physical, loc.vlan, by);
        return vlanChanged(by > 0 ? n === 1 : n === 0);
      }
      const key = loc.instance.key;
      let hosts = this.hosts.get(loc.vlan);
      if (!hosts) this.hosts.set(loc.vlan, (hosts = new Map()));
      const n = bump(hosts, loc.instance.host, by);
      if (hosts.size === 0) this.hosts.delete(loc.vlan);
      vlanChanged(by > 0 ? n === 1 : n === 0);
      let byKey = this.instancesByVlan.get(loc.vlan);
      if (!byKey) this.instancesByVlan.set(loc.vlan, (byKey = new Map()));
      bump(byKey, key, by);
      if (byKey.size === 0) this.instancesByVlan.delete(loc.vlan);
      dirty?.add(key);
      const list = this.placed.get(key) ?? [];
      if (by < 0) {
        const rest = list.filter((p) => p.att !== att || p.loc !== loc);
        if (rest.length > 0) this.placed.set(key, rest);
        else this.placed.delete(key);
        return;
      }
      const order = position * this.span + k;
      let at = list.length;
      while (at > 0 && list[at - 1]!.order > order) at--;
      list.splice(at, 0, { att, loc, order });
      this.placed.set(key, list);
    });
  }
}
