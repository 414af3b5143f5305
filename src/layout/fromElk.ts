// ELK's result → the position of every top-level node.
import type { ElkNode } from 'elkjs/lib/elk-api';

export interface Position {
  x: number;
  y: number;
}

/** Top-level positions, rounded, with the drawing moved so that it starts at (0, 0). */
export function topPositions(result: ElkNode): Map<string, Position> {
  const nodes = result.children ?? [];
  const left = Math.min(...nodes.map((n) => n.x ?? 0));
  const top = Math.min(...nodes.map((n) => n.y ?? 0));
  return new Map(
    nodes.map((n) => [n.id, { x: Math.round((n.x ?? 0) - left), y: Math.round((n.y ?? 0) - top) }]),
  );
}
