// Where edges start and end, and how they curve: the handle positions of the
// scene, and a cubic curve that leaves and enters each handle at right angles
// to its side, as the canvas's bezier edges do.
import type { SceneEdge, SceneHandle, SceneNode, Side } from '../../scene/types';

export interface Point {
  x: number;
  y: number;
}

export interface Anchor extends Point {
  side: Side;
}

export function handleAnchor(node: SceneNode, handle: SceneHandle): Anchor {
  const { absX: x, absY: y, w, h } = node;
  switch (handle.side) {
    case 'left':
      return { x, y: y + handle.offset, side: 'left' };
    case 'right':
      return { x: x + w, y: y + handle.offset, side: 'right' };
    case 'top':
      return { x: x + handle.offset, y, side: 'top' };
    case 'bottom':
      return { x: x + handle.offset, y: y + h, side: 'bottom' };
  }
}

/** Both ends of an edge, or null when the scene lacks one (it never should). */
export function edgeAnchors(edge: SceneEdge, nodes: ReadonlyMap<string, SceneNode>): [Anchor, Anchor] | null {
  const end = (nodeId: string, handleId: string): Anchor | null => {
    const node = nodes.get(nodeId);
    const handle = node?.handles.find((h) => h.id === handleId);
    return node && handle ? handleAnchor(node, handle) : null;
  };
  const source = end(edge.source, edge.sourceHandle);
  const target = end(edge.target, edge.targetHandle);
  return source && target ? [source, target] : null;
}

const CURVATURE = 0.25;

// Going away from the other end, the control point sits half the distance out;
// curling back towards it, a short fixed-curvature hook keeps the curve readable.
const controlOffset = (distance: number): number =>
  distance >= 0 ? 0.5 * distance : CURVATURE * 25 * Math.sqrt(-distance);

function control(from: Anchor, to: Point): Point {
  switch (from.side) {
    case 'left':
      return { x: from.x - controlOffset(from.x - to.x), y: from.y };
    case 'right':
      return { x: from.x + controlOffset(to.x - from.x), y: from.y };
    case 'top':
      return { x: from.x, y: from.y - controlOffset(from.y - to.y) };
    case 'bottom':
      return { x: from.x, y: from.y + controlOffset(to.y - from.y) };
  }
}

export interface Curve {
  from: Point;
  c1: Point;
  c2: Point;
  to: Point;
}

export const bezier = (source: Anchor, target: Anchor): Curve => ({
  from: source,
  c1: control(source, target),
  c2: control(target, source),
  to: target,
});

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box around every point given; no points is an empty box at the origin. */
export function boundsOf(points: Iterable<Point>): Bounds {
  let bounds: Bounds | null = null;
  for (const { x, y } of points) {
    if (!bounds) bounds = { minX: x, minY: y, maxX: x, maxY: y };
    else {
      bounds.minX = Math.min(bounds.minX, x);
      bounds.minY = Math.min(bounds.minY, y);
      bounds.maxX = Math.max(bounds.maxX, x);
      bounds.maxY = Math.max(bounds.maxY, y);
    }
  }
  return bounds ?? { minX: 0, minY: 0, maxX: 0, maxY: 0 };
}

/** The corners of a node's box. */
export const corners = (node: SceneNode): Point[] => [
  { x: node.absX, y: node.absY },
  { x: node.absX + node.w, y: node.absY + node.h },
];
