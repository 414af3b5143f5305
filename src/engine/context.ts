// The phases of an evaluation, each plain data built from the previous ones:
// normalize (with desktop networks expanded) → instances and attachments →
// layer-2 graph and domains → addresses. Problems, flows and link statuses
// read this context. The two hypothetical graphs are built only when a flow
// needs to explain why something is not adjacent, and only from the nodes
// that explanation is about. contextBuilder.ts builds
// it, afresh or from the previous version of a document.
import type { Design } from '../model/types';
import type { Addressing } from './addresses';
import type { Attachment } from './attachments';
import { ContextBuilder } from './contextBuilder';
import type { GraphMode, L2Graph, UsedNode } from './graph';
import type { Instance } from './instances';
import type { Net } from './net';
import type { SelectorIndex } from './selectors';

export interface EngineContext {
  net: Net;
  instances: ReadonlyMap<string, Instance>;
  attachments: ReadonlyMap<string, Attachment>;
  graph: L2Graph;
  byDomain: ReadonlyMap<number, Attachment[]>;
  addressing: Addressing;
  selectors: SelectorIndex;
  /**
   * A hypothetical graph (2.3 step 4) grown from some locations: for them it
   * answers as the graph of every used node would (graph.ts).
   */
  hypothetical(mode: Exclude<GraphMode, 'real'>, seeds: readonly UsedNode[]): L2Graph;
}

export function buildContext(doc: Design): EngineContext {
  return new ContextBuilder().build(doc).ctx;
}
