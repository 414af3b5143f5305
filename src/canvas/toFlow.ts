// Scene (+ selection, link statuses and positions of a drag in progress) →
// React Flow nodes and edges. Pure, apart from a cache that keeps the object
// of every node and edge whose inputs did not change, so that memoised node
// components re-render only for what changed: during a drag, the dragged node.
import type { XYPosition } from '@xyflow/react';
import type { LinkStatus } from '../engine/types';
import type { Design } from '../model/types';
import { hostLinksOf } from '../scene/hostLinks';
import type { Scene, SceneNode } from '../scene/types';
import { flowHandle, sameHandles } from './flowHandles';
import { createEdgeMapper } from './flowEdges';
import type { FlowEdge, FlowNode, FlowNodeData } from './flowTypes';
import { lookups, nodeData, sameData, type DocLookups, type HostSummary } from './nodeData';
import { sceneIndex } from './sceneIndex';
import { worstStatus } from './worstStatus';

export interface FlowInput {
  doc: Design;
  scene: Scene;
  selection: ReadonlySet<string>;
  /** Link id → status; a link not listed is `idle`. */
  linkStatuses: Readonly<Record<string, LinkStatus>>;
  /** Where the nodes being dragged are now (relative to their parent), until the drag is committed. */
  dragPositions?: Readonly<Record<string, XYPosition>>;
  /** A flow's path to draw emphasised (the flows panel, "Test from here"). */
  path?: PathOnCanvas | null;
}

/** A flow's path as the canvas marks it. */
export interface PathOnCanvas {
  /** Link ids the packet crossed. */
  links: ReadonlySet<string>;
  /** The link it stopped at, when it stopped at one. */
  stopLink: string | null;
  /** The node that draws where it stopped (or was delivered). */
  stopNode: string | null;
  delivered: boolean;
}

const pathClass = (path: PathOnCanvas | null | undefined, id: string): string | undefined =>
  path?.stopNode === id ? `vnet-path-end ${path.delivered ? 'is-delivered' : 'is-dropped'}` : undefined;

export interface FlowElements {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

function nodeUnchanged(
  prev: FlowNode,
  node: SceneNode,
  data: FlowNodeData,
  position: XYPosition,
  selected: boolean,
  className: string | undefined,
) {
  return (
    prev.className === className &&
    prev.type === node.kind &&
    prev.position.x === position.x &&
    prev.position.y === position.y &&
    prev.width === node.w &&
    prev.height === node.h &&
    prev.parentId === node.parent &&
    (prev.selected ?? false) === selected &&
    sameData(prev.data, data)
  );
}

interface NodeContext {
  input: FlowInput;
  lk: DocLookups;
  summaries: SummaryCache;
}

/** Per collapsed host: its last summary, and the links and statuses it was worked out from. */
type SummaryCache = Map<
  string,
  { links: readonly string[] | undefined; statuses: FlowInput['linkStatuses']; summary: HostSummary }
>;

/**
 * What a collapsed host's summary shows: what it hides, and the worst status among its links.
 * The worst status is worked out again only for new links or new statuses, not for every edit.
 */
function summaryOf(sceneNode: SceneNode, ctx: NodeContext): HostSummary | undefined {
  if (!sceneNode.collapsed) return undefined;
  const hidden = sceneIndex(ctx.input.scene).hidden.get(sceneNode.id);
  const links = hostLinksOf(ctx.input.doc).get(sceneNode.id);
  const statuses = ctx.input.linkStatuses;
  const vms = hidden?.vms ?? 0;
  const switches = hidden?.switches ?? 0;
  const known = ctx.summaries.get(sceneNode.id);
  if (known && known.links === links && known.statuses === statuses) {
    const { summary } = known;
    if (summary.vms === vms && summary.switches === switches) return summary;
    return { vms, switches, worst: summary.worst };
  }
  const summary = { vms, switches, worst: worstStatus(links, statuses) };
  ctx.summaries.set(sceneNode.id, { links, statuses, summary });
  return summary;
}

/** The flow node of a scene node: `prev` itself when nothing it shows changed, else a new node reusing what it can. */
function mapNode(sceneNode: SceneNode, prev: FlowNode | undefined, ctx: NodeContext): FlowNode | null {
  const handles =
    prev && sameHandles(prev.data.handles, sceneNode.handles) ? prev.data.handles : sceneNode.handles;
  const data = nodeData(sceneNode, ctx.lk, handles, summaryOf(sceneNode, ctx));
  if (!data) return null;
  const position = ctx.input.dragPositions?.[sceneNode.id] ?? { x: sceneNode.x, y: sceneNode.y };
  const selected = ctx.input.selection.has(sceneNode.id);
  const className = pathClass(ctx.input.path, sceneNode.id);
  if (prev && nodeUnchanged(prev, sceneNode, data, position, selected, className)) return prev;
  const { w, h } = sceneNode;
  const sameBox = prev && prev.data.handles === handles && prev.width === w && prev.height === h;
  return {
    id: sceneNode.id,
    type: sceneNode.kind,
    position,
    data: prev && sameData(prev.data, data) ? prev.data : data,
    width: w,
    height: h,
    measured: { width: w, height: h },
    handles: sameBox && prev.handles ? prev.handles : handles.map((handle) => flowHandle(handle, w, h)),
    selected,
    ...(className ? { className } : {}),
    ...(sceneNode.parent ? { parentId: sceneNode.parent } : {}),
  } as FlowNode;
}

/** Ids whose node may differ between two inputs of the same document: dragged, (un)selected, or a path's end. */
function touchedIds(before: FlowInput, after: FlowInput): Set<string> {
  const ids = new Set([
    ...Object.keys(before.dragPositions ?? {}),
    ...Object.keys(after.dragPositions ?? {}),
  ]);
  if (before.selection !== after.selection) {
    for (const id of before.selection) if (!after.selection.has(id)) ids.add(id);
    for (const id of after.selection) if (!before.selection.has(id)) ids.add(id);
  }
  if (before.path !== after.path) {
    if (before.path?.stopNode) ids.add(before.path.stopNode);
    if (after.path?.stopNode) ids.add(after.path.stopNode);
  }
  return ids;
}

interface MapperState {
  input: FlowInput;
  output: FlowElements;
  ctx: NodeContext;
  /** id → index in `output.nodes`. */
  nodeIndex: Map<string, number>;
}

/** A mapper with its own cache: one per canvas. */
export function createFlowMapper(): (input: FlowInput) => FlowElements {
  let last: MapperState | null = null;
  const mapEdges = createEdgeMapper();
  const summaries: SummaryCache = new Map();

  // A new document or scene: every drawn node is looked at (the hidden ones, thousands in a big
  // design, are not), and one whose inputs are the same is the last object.
  const mapAll = (input: FlowInput): MapperState => {
    // Hosts of designs open before this one: forget them once they outnumber the ones here.
    if (summaries.size > 2 * sceneIndex(input.scene).collapsedHosts.length + 64) summaries.clear();
    const ctx: NodeContext = { input, lk: lookups(input.doc), summaries };
    const before = last?.output.nodes;
    const beforeIndex = last?.nodeIndex;
    const nodes: FlowNode[] = [];
    const nodeIndex = new Map<string, number>();
    let same = before !== undefined;
    for (const sceneNode of sceneIndex(input.scene).visible) {
      const at = beforeIndex?.get(sceneNode.id);
      const node = mapNode(sceneNode, at === undefined ? undefined : before![at], ctx);
      if (!node) continue;
      same &&= before?.[nodes.length] === node;
      nodeIndex.set(node.id, nodes.length);
      nodes.push(node);
    }
    // Nothing drawn changed (an edit of what no node shows): the very same array.
    const kept = same && before?.length === nodes.length;
    const edges = mapEdges(input);
    return {
      input,
      output: { nodes: kept ? before! : nodes, edges },
      ctx,
      nodeIndex: kept ? last!.nodeIndex : nodeIndex,
    };
  };

  // Same document and scene (a drag in progress, a new selection, new statuses): only the touched
  // nodes can differ, and new statuses touch only the collapsed hosts, whose summaries show them.
  const mapTouched = (state: MapperState, input: FlowInput): MapperState => {
    const ctx = { ...state.ctx, input };
    const touched = touchedIds(state.input, input);
    const recoloured = input.linkStatuses !== state.input.linkStatuses;
    if (recoloured) for (const id of sceneIndex(input.scene).collapsedHosts) touched.add(id);
    let nodes = state.output.nodes;
    for (const id of touched) {
      const index = state.nodeIndex.get(id);
      const sceneNode = sceneIndex(input.scene).nodes.get(id);
      if (index === undefined || !sceneNode) continue;
      const node = mapNode(sceneNode, nodes[index], ctx) ?? nodes[index]!;
      if (node === nodes[index]) continue;
      if (nodes === state.output.nodes) nodes = nodes.slice();
      nodes[index] = node;
    }
    return { ...state, input, ctx, output: { nodes, edges: mapEdges(input) } };
  };

  return (input) => {
    const sameDocument = last !== null && last.input.doc === input.doc && last.input.scene === input.scene;
    last = sameDocument ? mapTouched(last!, input) : mapAll(input);
    return last.output;
  };
}

/** One-off mapping, without a cache. */
export const toFlow = (input: FlowInput): FlowElements => createFlowMapper()(input);
