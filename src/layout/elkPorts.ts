// Scene handles as ELK ports. Handles keep the side and the order the scene
// gives them, so ELK routes to where the canvas really draws each handle.
import type { ElkPort } from 'elkjs/lib/elk-api';
import type { SceneHandle, SceneNode, Side } from '../scene/types';

const ELK_SIDE: Record<Side, string> = { top: 'NORTH', right: 'EAST', bottom: 'SOUTH', left: 'WEST' };

/** Port ids are global in an ELK graph; node ids are unique in a design, handle ids within a node. */
export const portId = (node: string, handle: string): string => `${node}|${handle}`;

/** Where ELK's fixed order starts counting: clockwise from the top-left corner. */
const SIDE_RANK: Record<Side, number> = { top: 0, right: 1, bottom: 2, left: 3 };

/** The handles in ELK's clockwise order: top left→right, right top→bottom, bottom right→left, left bottom→top. */
export function clockwise<T extends Pick<SceneHandle, 'side' | 'offset'>>(handles: readonly T[]): T[] {
  const along = (h: T) => (h.side === 'bottom' || h.side === 'left' ? -h.offset : h.offset);
  return handles
    .map((handle, index) => ({ handle, index }))
    .sort(
      (a, b) =>
        SIDE_RANK[a.handle.side] - SIDE_RANK[b.handle.side] ||
        along(a.handle) - along(b.handle) ||
        a.index - b.index,
    )
    .map(({ handle }) => handle);
}

/** A handle's point on the border of a w×h box. */
export function handlePoint(w: number, h: number, handle: Pick<SceneHandle, 'side' | 'offset'>) {
  switch (handle.side) {
    case 'top':
      return { x: handle.offset, y: 0 };
    case 'bottom':
      return { x: handle.offset, y: h };
    case 'left':
      return { x: 0, y: handle.offset };
    case 'right':
      return { x: w, y: handle.offset };
  }
}

/** Ports at exactly the scene's handle positions, for a node whose size is known. */
export function fixedPositionPorts(node: Pick<SceneNode, 'id' | 'w' | 'h' | 'handles'>): ElkPort[] {
  return clockwise(node.handles).map((handle, index) => ({
    id: portId(node.id, handle.id),
    ...handlePoint(node.w, node.h, handle),
    width: 0,
    height: 0,
    layoutOptions: { 'elk.port.side': ELK_SIDE[handle.side], 'elk.port.index': String(index) },
  }));
}
