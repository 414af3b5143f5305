// React Flow changes → what the store should do. Drag positions stay local to
// the canvas while the pointer moves and are committed as one command when the
// drag stops (one undo step; the store never sees React Flow objects), and
// selection changes become element ids.
import type { Connection, EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import type { ConnectArgs } from '../model/commands/connect';
import type { NodeMove } from '../model/commands/setLayout';
import type { Design } from '../model/types';
import type { Scene } from '../scene/types';
import type { FlowEdge, FlowNode } from './flowTypes';
import { nodeAt } from './hitTest';
import { clampInHost } from './hostPlacement';
import { linkElement } from './linkElements';

export type DragPositions = Readonly<Record<string, XYPosition>>;

/** The drag positions after these changes; the same object when none moved. */
export function withDragChanges(
  current: DragPositions,
  changes: readonly NodeChange<FlowNode>[],
): DragPositions {
  let next: Record<string, XYPosition> | null = null;
  for (const change of changes) {
    if (change.type !== 'position' || !change.position) continue;
    next ??= { ...current };
    next[change.id] = change.position;
  }
  return next ?? current;
}

/**
 * The selection after React Flow's select changes, or null when there are none.
 * Ids selected elsewhere (a flow, a rule) give way to a selection made on the
 * canvas; `onCanvas` says which ids the canvas shows.
 */
export function nextSelection(
  current: readonly string[],
  nodeChanges: readonly NodeChange<FlowNode>[],
  edgeChanges: readonly EdgeChange<FlowEdge>[],
  onCanvas: (id: string) => boolean,
): string[] | null {
  const updates: [string, boolean][] = [];
  for (const change of nodeChanges) if (change.type === 'select') updates.push([change.id, change.selected]);
  for (const change of edgeChanges)
    if (change.type === 'select') updates.push([linkElement(change.id), change.selected]);
  if (updates.length === 0) return null;
  const selected = new Set(current.filter(onCanvas));
  for (const [id, on] of updates) {
    if (on) selected.add(id);
    else selected.delete(id);
  }
  return [...selected];
}

/**
 * The moves a finished drag commits: positions rounded, children kept inside a
 * host, and a VM whose centre was dropped inside another host moved to it.
 */
export function dragMoves(doc: Design, scene: Scene, positions: DragPositions): NodeMove[] {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const hosts = new Map((doc.hosts ?? []).map((h) => [h.id, h]));
  const moves: NodeMove[] = [];
  for (const [id, position] of Object.entries(positions)) {
    const node = byId.get(id);
    if (!node) continue;
    const parent = node.parent ? byId.get(node.parent) : undefined;
    if (!parent) {
      moves.push({ id, x: Math.round(position.x), y: Math.round(position.y) });
      continue;
    }
    const abs = { x: parent.absX + position.x, y: parent.absY + position.y };
    const centre = { x: abs.x + node.w / 2, y: abs.y + node.h / 2 };
    const target = node.kind === 'vm' ? nodeAt(scene, centre, ['host']) : undefined;
    if (target && target.id !== parent.id) {
      const inside = clampInHost(hosts.get(target.id), { x: abs.x - target.absX, y: abs.y - target.absY });
      moves.push({ id, x: Math.round(inside.x), y: Math.round(inside.y), host: target.id });
    } else {
      const inside = clampInHost(hosts.get(parent.id), position);
      moves.push({ id, x: Math.round(inside.x), y: Math.round(inside.y) });
    }
  }
  return moves;
}

/** A finished connection gesture as the connect command's arguments. */
export function connectArgs(
  connection: Pick<Connection, 'source' | 'target'> & {
    sourceHandle?: string | null;
    targetHandle?: string | null;
  },
): ConnectArgs | null {
  if (!connection.sourceHandle || !connection.targetHandle) return null;
  return {
    source: { node: connection.source, handle: connection.sourceHandle },
    target: { node: connection.target, handle: connection.targetHandle },
  };
}
