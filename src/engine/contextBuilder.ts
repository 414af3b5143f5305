// The evaluation context (context.ts), one document version after another.
//
// What each phase reads, and so what it is kept by:
//   Net (netBuilder.ts)     each top-level array of the document, element by element; VMs edited
//                           in place swap their adapters in the member list (memberList.ts).
//   instances               the switches' structure (ids, types, hosts, uplinks, private VLANs).
//   attachments             per member object, while the "wiring" (hosts, port groups, physical
//                           switches, cables and the switches' structure) is the same.
//   graph                   the wiring and the set of used (switch, VLAN) nodes; a node the
//                           graph lacks makes it grow, which changes no path it had (graph.ts).
//   hypotheticals           the wiring and the nodes a question is about.
//   domains, addresses,     swapped members are taken out and put back in place, when their
//   selectors               static addresses move no DHCP lease (contextPatch.ts); otherwise
//                           rebuilt from the members in one pass.
// The delta (delta.ts) says what the version changed, for the phases after the context.
import type { Design } from '../model/types';
import { assignAddresses } from './addresses';
import { attach, type Attachment } from './attachments';
import type { EngineContext } from './context';
import { patchContext } from './contextPatch';
import { diffContexts, everything, type ContextDelta } from './delta';
import { membersByDomain } from './domains';
import { buildGraph, primaryUplinks, type GraphMode, type L2Graph, type UsedNode } from './graph';
import { growGraph } from './graphGrow';
import { buildInstances, type Instance } from './instances';
import { Keyed } from './keep';
import type { Net, SwitchNet } from './net';
import { NetBuilder } from './netBuilder';
import { SelectorIndex } from './selectors';
import type { UplinkPort } from './uplinks';

/** What instances, attachments and the graph read of a switch. */
function structureOf(sw: SwitchNet): string {
  return (sw.structure ??= JSON.stringify([
    sw.id,
    sw.type,
    sw.hosts,
    sw.uplinks.map((u) => [u.host, u.nic, u.role]),
    sw.pvlans,
  ]));
}

/** The layer-2 graphs of one wiring, grown as members use new nodes. Any Net of the wiring builds the same ones. */
export class Graphs {
  private readonly used = new Map<string, UsedNode>();
  private net: Net | null = null;
  real: L2Graph | null = null;
  /**
   * Hypothetical graphs grown from the nodes a question is about, not from
   * every used node: with every trunk carrying every VLAN a whole graph holds
   * each physical switch once per VLAN (120,000 nodes at the XL tier). They
   * depend on the wiring alone, so they are kept until there are many.
   */
  private readonly hypotheticals = new Map<string, L2Graph>();
  private readonly primaries = new Map<GraphMode, ReadonlyMap<string, UplinkPort | null>>();

  constructor(private readonly instances: ReadonlyMap<string, Instance>) {}

  /**
   * Makes sure every location is in the graph: whether it was kept, grown
   * (graphGrow.ts: every node it had keeps its index and domain number) or built anew.
   */
  include(net: Net, attachments: Iterable<Attachment>): 'kept' | 'grown' | 'built' {
    this.net = net;
    const fresh: UsedNode[] = [];
    for (const att of attachments)
      for (const loc of att.locations)
        if (!this.used.has(loc.node)) {
          this.used.set(loc.node, loc);
          fresh.push(loc);
        }
    if (fresh.length === 0 && this.real) return 'kept';
    // A few new nodes grow the graph (graphGrow.ts); many, or a first graph, build it.
    const grown = this.real && fresh.length <= 64 ? growGraph(this.real, net, fresh) : null;
    this.real = grown ?? buildGraph(net, this.instances, this.used.values(), 'real');
    return grown ? 'grown' : 'built';
  }

  hypothetical(mode: Exclude<GraphMode, 'real'>, seeds: readonly UsedNode[]): L2Graph {
    const key = `${mode}\n${seeds.map((u) => u.node).join('\n')}`;
    let g = this.hypotheticals.get(key);
    if (g) return g;
    let primary = this.primaries.get(mode);
    if (!primary) this.primaries.set(mode, (primary = primaryUplinks(this.net!, this.instances, mode)));
    if (this.hypotheticals.size >= MAX_HYPOTHETICALS) this.hypotheticals.clear();
    this.hypotheticals.set(key, (g = buildGraph(this.net!, this.instances, seeds, mode, primary)));
    return g;
  }
}

const MAX_HYPOTHETICALS = 256;

export interface Wiring {
  inputs: readonly unknown[];
  instances: Map<string, Instance>;
  graphs: Graphs;
}

export class ContextBuilder {
  private readonly nets = new NetBuilder();
  /** The switches' structures, kept while the switches are (NetBuilder keeps the map while they are). */
  private readonly structure = new Keyed<string>();
  private wiring: Wiring | null = null;
  private current: EngineContext | null = null;

  build(doc: Design): { ctx: EngineContext; delta: ContextDelta } {
    const { net, swaps, position } = this.nets.build(doc);
    const structure = this.structure.get([net.switches], () =>
      [...net.switches.values()].map(structureOf).join('\n'),
    );
    const inputs = [doc.hosts, doc.portGroups, doc.physicalSwitches, doc.cables, structure];
    const prev = this.current;
    const rewired = !this.wiring || !prev || inputs.some((x, i) => x !== this.wiring!.inputs[i]);
    if (rewired) {
      const instances = buildInstances(net);
      this.wiring = { inputs, instances, graphs: new Graphs(instances) };
    }
    const wiring = this.wiring!;
    const patched = !rewired && swaps ? patchContext(prev!, net, swaps, position, wiring) : null;
    const built = patched ?? this.rebuild(net, wiring, rewired ? null : prev);
    this.current = built.ctx;
    return built;
  }

  /** Every member attached (reusing the attachments of unchanged members), domains, addresses and selectors anew. */
  private rebuild(
    net: Net,
    wiring: Wiring,
    prev: EngineContext | null,
  ): { ctx: EngineContext; delta: ContextDelta } {
    const attachments = new Map<string, Attachment>();
    // Only a graph kept from the last version needs the new attachments apart (a first one takes them all).
    const fresh: Attachment[] = [];
    for (const m of net.members) {
      const old = prev?.attachments.get(m.id);
      const att = old?.member === m ? old : attach(net, wiring.instances, m);
      if (prev && att !== old) fresh.push(att);
      attachments.set(m.id, att);
    }
    wiring.graphs.include(net, prev ? fresh : attachments.values());
    const graph = wiring.graphs.real!;
    const byDomain = membersByDomain(graph, attachments);
    const addressing = assignAddresses(graph, attachments, net.members, byDomain);
    const ctx: EngineContext = {
      net,
      instances: wiring.instances,
      attachments,
      graph,
      byDomain,
      addressing,
      selectors: new SelectorIndex(net, addressing),
      hypothetical: (mode, seeds) => wiring.graphs.hypothetical(mode, seeds),
    };
    return { ctx, delta: prev ? diffContexts(prev, ctx) : everything() };
  }
}
