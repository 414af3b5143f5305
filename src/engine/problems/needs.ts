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
    let span = 1;
    for (const att of ctx.attachments.values()) span = Math.max(span, att.locations.length);
    this.span = span;
    // The attachments are filed in member order (a patch sets existing keys): with no id given twice,
    // an attachment whose member stands at the same index has that position, without a look-up.
    const members = ctx.net.members;
    const unique = ctx.attachments.size === members.length;
    let i = 0;
    for (const [id, att] of ctx.attachments) {
      this.place(ctx, id, att, 1, null, null, unique && members[i] === att.member ? i : undefined);
      i++;
    }
  }

  /** Brings changed members up to date; the instances (by key) whose needs or whose VLANs' use changed. */
  update(ctx: EngineContext, ids: Iterable<string>): Set<string> | null {
    const dirty = new Set<string>();
    const uses = new VlanUses();
    for (const id of ids) {
      const now = ctx.attachments.get(id);
      if (now && now.locations.length > this.span) return null;
      const old = this.attachment.get(id);
      if (old === now) continue;
      if (old) this.place(ctx, id, old, -1, dirty, uses);
      if (now) this.place(ctx, id, now, 1, dirty, uses);
    }
    // A member taken out and put back on the same host and VLAN changes no VLAN's use.
    for (const vlan of uses.changed(this.hosts, this.physical))
      for (const key of this.instancesByVlan.get(vlan)?.keys() ?? []) dirty.add(key);
    return dirty;
  }

  /** The instance's members, in member order. */
  membersOf(key: string): Attachment[] {
    return (this.placed.get(key) ?? []).map((p) => p.att);
  }

  /** The instance's needs, in member order. */
  of(key: string): Need[] {
    const placed = this.placed.get(key) ?? [];
    const needs: Need[] = [];
    // One need per port group id, VLAN and secondary; a port group has one or a few.
    const needsOf = new Map<string, Need[]>();
    for (const { att, loc } of placed) {
      const pg = att.portGroup;
      if (!pg) continue;
      let same = needsOf.get(pg.id);
      if (!same) needsOf.set(pg.id, (same = []));
      let need: Need | undefined;
      for (const n of same) if (n.vlans[0] === loc.vlan && (n.vlans[1] ?? null) === att.secondary) need = n;
      if (!need) {
        need = { portGroup: pg, vlans: att.secondary === null ? [loc.vlan] : [loc.vlan, att.secondary] };
        same.push(need);
        needs.push(need);
      }
    }
    return needs;
  }

  /** Whether a VLAN is used by a member on a host other than `host`. */
  usedOnAnotherHost(vlan: number, host: string): boolean {
    for (const h of this.hosts.get(vlan)?.keys() ?? []) if (h !== host) return true;
    return false;
  }

  usedOnPhysical(vlan: number): boolean {
    return this.physical.has(vlan);
  }

  /** Adds (by 1) or takes out (by -1) a member's locations, noting the instances and the VLAN uses concerned. */
  private place(
    ctx: EngineContext,
    id: string,
    att: Attachment,
    by: 1 | -1,
    dirty: Set<string> | null,
    uses: VlanUses | null,
    known?: number,
  ): void {
    if (by > 0) this.attachment.set(id, att);
    else this.attachment.delete(id);
    const locations = att.locations;
    if (locations.length === 0) return;
    const position = known ?? ctx.net.position.get(id) ?? 0;
    for (let k = 0; k < locations.length; k++) {
      const loc = locations[k]!;
      if (!loc.instance) {
        const n = bump(this.physical, loc.vlan, by);
        uses?.before(loc.vlan, null, n - by > 0);
        continue;
      }
      const key = loc.instance.key;
      let hosts = this.hosts.get(loc.vlan);
      if (!hosts) this.hosts.set(loc.vlan, (hosts = new Map()));
      const n = bump(hosts, loc.instance.host, by);
      if (hosts.size === 0) this.hosts.delete(loc.vlan);
      uses?.before(loc.vlan, loc.instance.host, n - by > 0);
      let byKey = this.instancesByVlan.get(loc.vlan);
      if (!byKey) this.instancesByVlan.set(loc.vlan, (byKey = new Map()));
      bump(byKey, key, by);
      if (byKey.size === 0) this.instancesByVlan.delete(loc.vlan);
      dirty?.add(key);
      const list = this.placed.get(key);
      if (by < 0) {
        const rest = list ? list.filter((p) => p.att !== att || p.loc !== loc) : [];
        if (rest.length > 0) this.placed.set(key, rest);
        else this.placed.delete(key);
        continue;
      }
      const entry = { att, loc, order: position * this.span + k };
      if (!list) {
        this.placed.set(key, [entry]);
        continue;
      }
      // Members come in order on a full pass: then the entry goes last.
      let at = list.length;
      while (at > 0 && list[at - 1]!.order > entry.order) at--;
      if (at === list.length) list.push(entry);
      else list.splice(at, 0, entry);
    }
  }
}

/**
 * Where one update touched the use of VLANs: for each VLAN, each host (null:
 * the physical network) whose count it moved, and whether that host used the
 * VLAN before the update's first move there.
 */
class VlanUses {
  private readonly seen = new Map<number, Map<string | null, boolean>>();

  before(vlan: number, host: string | null, used: boolean): void {
    let hosts = this.seen.get(vlan);
    if (!hosts) this.seen.set(vlan, (hosts = new Map()));
    if (!hosts.has(host)) hosts.set(host, used);
  }

  /** The VLANs now used on another set of hosts, or on the physical network where they were not (or the reverse). */
  changed(
    hosts: ReadonlyMap<number, ReadonlyMap<string, number>>,
    physical: ReadonlyMap<number, number>,
  ): number[] {
    const out: number[] = [];
    for (const [vlan, was] of this.seen)
      for (const [host, used] of was)
        if (used !== (host === null ? physical.has(vlan) : (hosts.get(vlan)?.has(host) ?? false))) {
          out.push(vlan);
          break;
        }
    return out;
  }
}
