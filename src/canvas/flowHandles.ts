// Scene handles as React Flow handle bounds. Giving React Flow the bounds
// (and the node size) up front means edges are drawn at exactly the scene's
// offsets, also for nodes it does not render. When a node mounts, React Flow
// still reads its handles from the DOM once (its resize observer forces it),
// and finds them at these same places: so every node keeps its handles in the
// DOM, at any zoom (nodes/Detail.tsx).
import { Position, type NodeHandle } from '@xyflow/react';
import type { SceneHandle, Side } from '../scene/types';

/** Width and height of a drawn handle; canvas.css sizes `.vnet-handle` to match. */
export const HANDLE_SIZE = 10;

export const POSITION: Record<Side, Position> = {
  top: Position.Top,
  bottom: Position.Bottom,
  left: Position.Left,
  right: Position.Right,
};

/** The handle box, centred on the node's border at the scene offset. */
export function flowHandle(handle: SceneHandle, w: number, h: number): NodeHandle {
  const half = HANDLE_SIZE / 2;
  const along = handle.offset - half;
  const box =
    handle.side === 'left'
      ? { x: -half, y: along }
      : handle.side === 'right'
        ? { x: w - half, y: along }
        : handle.side === 'top'
          ? { x: along, y: -half }
          : { x: along, y: h - half };
  return {
    ...box,
    id: handle.id,
    type: 'source',
    position: POSITION[handle.side],
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  };
}

export const sameHandle = (a: SceneHandle, b: SceneHandle): boolean =>
  a.id === b.id && a.side === b.side && a.offset === b.offset && a.kind === b.kind && a.label === b.label;

export const sameHandles = (a: readonly SceneHandle[], b: readonly SceneHandle[]): boolean =>
  a === b || (a.length === b.length && a.every((handle, i) => sameHandle(handle, b[i]!)));
