// The phases of an evaluation, each plain data built from the previous ones:
// normalize (with desktop networks expanded) → instances and attachments →
// layer-2 graph and domains → addresses. Problems, flows and link statuses
// read this context. The two hypothetical graphs are built only when a flow
// needs to explain why something is not adjacent.
import type { Design } from '../model/types';
import { assignAddresses, type Addressing } from './addresses';
import { attachAll, type Attachment } from './attachments';
import { membersByDomain } from './domains';
import { buildGraph, type GraphMode, type L2Graph } from './graph';
import { buildInstances, type Instance } from './instances';
import type { Net } from './net';
import { normalize } from './normalize';
import { SelectorIndex } from './selectors';

export interface EngineContext {
  net: Net;
  instances: Map<string, Instance>;
  attachments: Map<string, Attachment>;
  graph: L2Graph;
  byDomain: Map<number, Attachment[]>;
  addressing: Addressing;
  selectors: SelectorIndex;
  /** A hypothetical graph (2.3 step 4), built on first use. */
  hypothetical(mode: Exclude<GraphMode, 'real'>): L2Graph;
}

export function buildContext(doc: Design): EngineContext {
  const net = normalize(doc);
  const instances = buildInstances(net);
  const attachments = attachAll(net, instances);
  const graph = buildGraph(net, instances, attachments, 'real');
  const byDomain = membersByDomain(graph, attachments);
  const addressing = assignAddresses(graph, attachments, net.members, byDomain);
  const selectors = new SelectorIndex(net, addressing);
  const cache = new Map<GraphMode, L2Graph>();
  return {
    net,
    instances,
    attachments,
    graph,
    byDomain,
    addressing,
    selectors,
    hypothetical(mode) {
      let g = cache.get(mode);
      if (!g) {
        g = buildGraph(net, instances, attachments, mode);
        cache.set(mode, g);
      }
      return g;
    },
  };
}
