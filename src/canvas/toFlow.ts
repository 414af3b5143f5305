// Scene (+ selection, link statuses and positions of a drag in progress) →
// React Flow nodes and edges. Pure, apart from a cache that keeps the object
// of every node and edge whose inputs did not change, so that memoised node
// components re-render only for what changed: during a drag, the dragged node.
import type { XYPosition } from '@xyflow/react';
import type { LinkStatus } from '../engine/types';
import type { Design } from '../model/types';
import type { Scene, SceneEdge, SceneNode } from '../scene/types';
import { flowHandle, sameHandles } from './flowHandles';
import type { EdgePathMark, FlowEdge, FlowNode, FlowNodeData } from './flowTypes';
import { linkElement } from './linkElements';
import { lookups, nodeData, sameData, type DocLookups, type HiddenCounts } from './nodeData';

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

function edgePath(path: PathOnCanvas | null | undefined, id: string): EdgePathMark | undefined {
  if (!path) return undefined;
  if (path.stopLink === id) return 'stop';
  return path.links.has(id) ? 'crossed' : undefined;
}

export interface FlowElements {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

function hiddenCounts(scene: Scene): Map<string, HiddenCounts> {
  const counts = new Map<string, HiddenCounts>();
  for (const node of scene.nodes) {
    if (!node.hidden || !node.parent) continue;
    const entry = counts.get(node.parent) ?? { vms: 0, switches: 0 };
    if (node.kind === 'vm') entry.vms++;
    else entry.switches++;
    counts.set(node.parent, entry);
  }
  return counts;
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

function edgeUnchanged(
  prev: FlowEdge,
  edge: SceneEdge,
  status: LinkStatus,
  selected: boolean,
  path: EdgePathMark | undefined,
) {
  return (
    prev.data?.path === path &&
    prev.source === edge.source &&
    prev.target === edge.target &&
    prev.sourceHandle === edge.sourceHandle &&
    prev.targetHandle === edge.targetHandle &&
    prev.data?.status === status &&
    (prev.selected ?? false) === selected
  );
}

interface NodeContext {
  input: FlowInput;
  lk: DocLookups;
  hidden: Map<string, HiddenCounts>;
}

/** The flow node of a scene node: `prev` itself when nothing it shows changed, else a new node reusing what it can. */
function mapNode(sceneNode: SceneNode, prev: FlowNode | undefined, ctx: NodeContext): FlowNode | null {
  const handles =
    prev && sameHandles(prev.data.handles, sceneNode.handles) ? prev.data.handles : sceneNode.handles;
  const data = nodeData(sceneNode, ctx.lk, handles, ctx.hidden.get(sceneNode.id));
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
  sceneNodes: Map<string, SceneNode>;
  /** id → index in `output.nodes`. */
  nodeIndex: Map<string, number>;
}

/** A mapper with its own cache: one per canvas. */
export function createFlowMapper(): (input: FlowInput) => FlowElements {
  let last: MapperState | null = null;
  let edgeCache = new Map<string, FlowEdge>();

  const mapEdges = (input: FlowInput): FlowEdge[] => {
    const next = new Map<string, FlowEdge>();
    const edges: FlowEdge[] = [];
    for (const sceneEdge of input.scene.edges) {
      const status = input.linkStatuses[sceneEdge.id] ?? 'idle';
      const selected = input.selection.has(linkElement(sceneEdge.id));
      const path = edgePath(input.path, sceneEdge.id);
      const prev = edgeCache.get(sceneEdge.id);
      const edge: FlowEdge =
        prev && edgeUnchanged(prev, sceneEdge, status, selected, path)
          ? prev
          : { ...sceneEdge, type: 'status', data: path ? { status, path } : { status }, selected };
      next.set(edge.id, edge);
      edges.push(edge);
    }
    edgeCache = next;
    return edges;
  };

  const mapAll = (input: FlowInput): MapperState => {
    const ctx: NodeContext = { input, lk: lookups(input.doc), hidden: hiddenCounts(input.scene) };
    const previous = last ? new Map(last.output.nodes.map((n) => [n.id, n])) : new Map<string, FlowNode>();
    const nodes: FlowNode[] = [];
    const nodeIndex = new Map<string, number>();
    for (const sceneNode of input.scene.nodes) {
      if (sceneNode.hidden) continue;
      const node = mapNode(sceneNode, previous.get(sceneNode.id), ctx);
      if (!node) continue;
      nodeIndex.set(node.id, nodes.length);
      nodes.push(node);
    }
    const sceneNodes = new Map(input.scene.nodes.map((n) => [n.id, n]));
    return { input, output: { nodes, edges: mapEdges(input) }, ctx, sceneNodes, nodeIndex };
  };

  // Same document, scene and statuses (a drag in progress, a new selection): only the touched nodes can differ.
  const mapTouched = (state: MapperState, input: FlowInput): MapperState => {
    const ctx = { ...state.ctx, input };
    const nodes = state.output.nodes.slice();
    for (const id of touchedIds(state.input, input)) {
      const index = state.nodeIndex.get(id);
      const sceneNode = state.sceneNodes.get(id);
      if (index === undefined || !sceneNode) continue;
      nodes[index] = mapNode(sceneNode, nodes[index], ctx) ?? nodes[index]!;
    }
    const edgesKept = input.selection === state.input.selection && input.path === state.input.path;
    const edges = edgesKept ? state.output.edges : mapEdges(input);
    return { ...state, input, ctx, output: { nodes, edges } };
  };

  return (input) => {
    const sameDocument =
      last !== null &&
      last.input.doc === input.doc &&
      last.input.scene === input.scene &&
      last.input.linkStatuses === input.linkStatuses;
    last = sameDocument ? mapTouched(last!, input) : mapAll(input);
    return last.output;
  };
}

/** One-off mapping, without a cache. */
export const toFlow = (input: FlowInput): FlowElements => createFlowMapper()(input);
