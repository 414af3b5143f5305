// Broadcast domains and layer-2 adjacency (MODEL.md 2.1): two members are
// adjacent when they are in one domain and rule 6 lets them talk.
import { canTalk, type Attachment, type Location } from './attachments';
import type { L2Graph } from './graph';
import { portVlanFor } from './vlanCarry';

/**
 * The location's node number in the graph. A location remembers the last
 * graph index it was looked up in (a graph's index does not change once
 * built), as each full pass asks for every member's node several times.
 */
export function nodeOf(graph: L2Graph, loc: Location): number {
  if (loc.indexedIn !== graph.index) {
    loc.indexedAt = graph.index.get(loc.node)!;
    loc.indexedIn = graph.index;
  }
  return loc.indexedAt;
}

export function domainOf(graph: L2Graph, loc: Location): number {
  return graph.domain[nodeOf(graph, loc)]!;
}

/** The domains a member is in: one, or one per host copy of a distributed router interface. */
export function domainsOf(graph: L2Graph, att: Attachment): number[] {
  const out: number[] = [];
  for (const loc of att.locations) {
    const d = domainOf(graph, loc);
    if (!out.includes(d)) out.push(d);
  }
  return out;
}

/** Domain id → its members in member order, each once. */
export function membersByDomain(
  graph: L2Graph,
  attachments: Map<string, Attachment>,
): Map<number, Attachment[]> {
  const out = new Map<number, Attachment[]>();
  const file = (d: number, att: Attachment) => {
    const list = out.get(d);
    if (list) list.push(att);
    else out.set(d, [att]);
  };
  for (const att of attachments.values()) {
    // Nearly every member has one location: its domain needs no list.
    if (att.locations.length === 1) file(domainOf(graph, att.locations[0]!), att);
    else if (att.locations.length > 1) for (const d of domainsOf(graph, att)) file(d, att);
  }
  return out;
}

/**
 * A PVLAN member's frames travel in its secondary VLAN, so leaving its host
 * they need that secondary carried by the primary uplink's port as well (2.1 rule 4).
 */
export function secondaryCarried(graph: L2Graph, att: Attachment, loc: Location): boolean {
  if (att.secondary === null || !loc.instance || graph.mode === 'carryAll') return true;
  const primary = graph.primary.get(loc.instance.key);
  return !primary || portVlanFor(primary.port, att.secondary) !== null;
}

/** The owner's location layer-2 adjacent to the sender's, preferring one on the sender's host; else null. */
export function adjacentLocation(
  graph: L2Graph,
  sender: Attachment,
  senderLoc: Location,
  owner: Attachment,
): Location | null {
  if (!canTalk(sender.role, owner.role)) return null;
  const domain = domainOf(graph, senderLoc);
  let found: Location | null = null;
  for (const loc of owner.locations) {
    if (domainOf(graph, loc) !== domain) continue;
    const crosses = loc.node !== senderLoc.node;
    if (crosses && !(secondaryCarried(graph, sender, senderLoc) && secondaryCarried(graph, owner, loc)))
      continue;
    if (loc.host !== null && loc.host === senderLoc.host) return loc;
    found ??= loc;
  }
  return found;
}

/** Whether two members are adjacent anywhere (any of their locations). */
export function adjacent(graph: L2Graph, a: Attachment, b: Attachment): boolean {
  for (const loc of a.locations) if (adjacentLocation(graph, a, loc, b) !== null) return true;
  return false;
}
