// A version that swapped some members in place (memberList.ts), on the same
// wiring, patched into the previous context instead of rebuilding it: each
// swapped member is taken out of the attachments, its domains, the owners of
// its address and the selector index, and its successor put in its place.
// Only when nothing else can move: no DHCP lease (neither member nor their
// domains use DHCP), and no two domains joined by the (switch, VLAN) nodes
// new members bring (the graph grows by them, and the domains are
// renumbered). Otherwise returns null, having changed nothing but the graph.
// The previous context shares these maps and is not read again.
import { swapStatic, usesDhcp, type Addressing } from './addresses';
import { attach, type Attachment } from './attachments';
import type { EngineContext } from './context';
import type { Wiring } from './contextBuilder';
import { DeltaBuilder, wholeParts, type ContextDelta, type DomainListChange } from './delta';
import { domainsOf } from './domains';
import type { L2Graph } from './graph';
import type { MemberSwap } from './memberList';
import type { Net } from './net';
import { SelectorIndex } from './selectors';

export function patchContext(
  prev: EngineContext,
  net: Net,
  swaps: readonly MemberSwap[],
  position: ReadonlyMap<string, number>,
  wiring: Wiring,
): { ctx: EngineContext; delta: ContextDelta } | null {
  const attachments = prev.attachments as Map<string, Attachment>;
  const before = swaps.map((s) => attachments.get(s.before.id)!);
  const after = swaps.map((s) => attach(net, wiring.instances, s.after));
  const grown = grow(prev, wiring, net, after);
  if (!grown) return null;
  const { graph, addressing } = grown;
  const dhcp = addressing.dhcpDomains;
  const leases = (att: Attachment) => usesDhcp(att.member) || domainsOf(graph, att).some((d) => dhcp.has(d));
  if (before.some(leases) || after.some(leases)) return null;

  const d = new DeltaBuilder(prev);
  swaps.forEach((s, k) => {
    d.member(s.after.id, before[k], after[k], prev.addressing.of.get(s.before.id));
    if (s.after.ip && s.after.ip !== 'dhcp') d.address(s.after.ip.address);
  });

  const { byDomain, lists } = patchDomains(grown.byDomain, graph, before, after, position);
  let selectorsClean = true;
  swaps.forEach((s, k) => {
    attachments.set(s.after.id, after[k]!);
    swapStatic(addressing, s.before, s.after, position);
    if (s.before.dfw) selectorsClean = prev.selectors.swap(s.before, s.after, net) && selectorsClean;
  });
  // An id that now names another kind of element: the index is built again, and everything judged again.
  const selectors = selectorsClean ? prev.selectors : new SelectorIndex(net, addressing);
  const ctx: EngineContext = { ...prev, net, attachments, graph, byDomain, addressing, selectors };
  const delta: ContextDelta = {
    everything: !selectorsClean,
    domainsKept: true,
    members: d.members,
    addresses: d.addresses,
    layer2: d.layer2,
    before: d.before,
    domainLists: grown.renumbered ? null : lists,
    ...wholeParts(prev, ctx),
  };
  return { ctx, delta };
}

/**
 * The graph with the new members' nodes in it, and the domains renumbered to
 * it (a graph grown in place keeps its numbers; one built anew keeps every
 * component it had, under new numbers, so the member lists stay as they
 * are). Null when the new nodes join two domains: then the context is rebuilt.
 */
function grow(
  prev: EngineContext,
  wiring: Wiring,
  net: Net,
  after: readonly Attachment[],
): {
  graph: L2Graph;
  byDomain: ReadonlyMap<number, Attachment[]>;
  addressing: Addressing;
  renumbered: boolean;
} | null {
  const old = prev.graph;
  if (after.every((att) => att.locations.every((loc) => old.index.has(loc.node))))
    return { graph: old, byDomain: prev.byDomain, addressing: prev.addressing, renumbered: false };
  const how = wiring.graphs.include(net, after);
  const graph = wiring.graphs.real!;
  // A grown graph numbers the domains it had as they were, and joins none of them.
  if (how === 'grown')
    return { graph, byDomain: prev.byDomain, addressing: prev.addressing, renumbered: false };
  const renumber = new Map<number, number>();
  const taken = new Set<number>();
  let joined = false;
  old.index.forEach((i, key) => {
    const from = old.domain[i]!;
    const to = graph.domain[graph.index.get(key)!]!;
    const known = renumber.get(from);
    if (known === undefined) {
      if (taken.has(to)) joined = true;
      renumber.set(from, to);
      taken.add(to);
    } else if (known !== to) joined = true;
  });
  if (joined) return null;
  const byDomain = new Map([...prev.byDomain].map(([d, list]) => [renumber.get(d)!, list]));
  const dhcpDomains = new Set([...prev.addressing.dhcpDomains].map((d) => renumber.get(d)!));
  return { graph, byDomain, addressing: { ...prev.addressing, dhcpDomains }, renumbered: true };
}

/**
 * The domains' member lists with the swapped attachments replaced, each list
 * in member order, domains by their first member; and the domains whose list
 * changed, with the old and new lists.
 */
function patchDomains(
  old: ReadonlyMap<number, Attachment[]>,
  graph: L2Graph,
  before: readonly Attachment[],
  after: readonly Attachment[],
  position: ReadonlyMap<string, number>,
): { byDomain: Map<number, Attachment[]>; lists: DomainListChange[] } {
  // The previous context's map, changed in place like its other maps (it is not read again).
  let byDomain = old as Map<number, Attachment[]>;
  const was = new Map<number, Attachment[] | null>();
  const touch = (domain: number) => {
    if (!was.has(domain)) was.set(domain, byDomain.get(domain) ?? null);
  };
  const at = (att: Attachment) => position.get(att.member.id)!;
  let reorder = false;
  before.forEach((att) => {
    for (const domain of domainsOf(graph, att)) {
      touch(domain);
      const list = byDomain.get(domain)!;
      const rest = list.filter((a) => a !== att);
      if (rest[0] !== list[0]) reorder = true;
      if (rest.length > 0) byDomain.set(domain, rest);
      else byDomain.delete(domain);
    }
  });
  after.forEach((att) => {
    for (const domain of domainsOf(graph, att)) {
      touch(domain);
      const list = [...(byDomain.get(domain) ?? [])];
      let k = list.length;
      while (k > 0 && at(list[k - 1]!) > at(att)) k--;
      list.splice(k, 0, att);
      if (k === 0) reorder = true;
      byDomain.set(domain, list);
    }
  });
  if (reorder) {
    // As membersByDomain orders them: by first member, then as that member's own domains come (a
    // distributed router interface is the first member of one domain per host copy).
    const order: { domain: number; list: Attachment[]; first: number }[] = [];
    byDomain.forEach((list, domain) => order.push({ domain, list, first: at(list[0]!) }));
    const rank = (d: (typeof order)[number]) => domainsOf(graph, d.list[0]!).indexOf(d.domain);
    order.sort((a, b) => a.first - b.first || rank(a) - rank(b));
    byDomain = new Map(order.map((d) => [d.domain, d.list]));
  }
  const lists: DomainListChange[] = [];
  was.forEach((list, domain) => lists.push({ domain, before: list, after: byDomain.get(domain) ?? null }));
  return { byDomain, lists };
}
