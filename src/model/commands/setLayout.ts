// Layout edits from the canvas. A whole drag is one command, so it is one
// undo step, and a VM dropped into another host moves there in that same step.
import type { Design, LayoutEntry } from '../types';
import { defineCommand, done, refuse, type CommandResult } from './command';
import { moveVmToHostEdit } from './moveVmToHost';
import { withPins, type Pins } from './pinLayout';

export interface NodeMove {
  id: string;
  /** Relative to the node's host (the new one when `host` is set), else absolute. */
  x: number;
  y: number;
  /** For a VM dropped into another host: that host. */
  host?: string;
}

export interface MoveNodesArgs {
  moves: readonly NodeMove[];
  /** Where nodes without a saved position are drawn now: a host that grows must not shift them (pinLayout.ts). */
  pins?: Pins;
}

export const moveNodes = defineCommand<MoveNodesArgs>('Move', (doc, { moves, pins }) => {
  let next: Design = withPins(doc, pins);
  const positions: Record<string, Pick<LayoutEntry, 'x' | 'y'>> = {};
  for (const move of moves) {
    if (move.host !== undefined) {
      const moved = moveVmToHostEdit(next, { vm: move.id, host: move.host, at: move });
      if (!moved.ok) return moved;
      next = moved.doc;
    } else positions[move.id] = { x: Math.round(move.x), y: Math.round(move.y) };
  }
  if (Object.keys(positions).length === 0) return done(next);
  const layout = { ...(next.layout ?? {}) };
  for (const [id, position] of Object.entries(positions)) layout[id] = { ...layout[id], ...position };
  return done({ ...next, layout });
});

export interface SetHostCollapsedArgs {
  host: string;
  collapsed: boolean;
  /**
   * Whether the view draws this host collapsed when its layout says nothing (a big design on the
   * canvas, src/scene/collapse.ts). Expanding such a host then writes `collapsed: false`.
   */
  byDefault?: boolean;
  /** Where nodes without a saved position are drawn now, the host among them (see pinLayout.ts). */
  pins?: Pins;
}

export const setHostCollapsed = defineCommand<SetHostCollapsedArgs>(
  'Collapse host',
  (doc, { host, collapsed, byDefault = false, pins }): CommandResult => {
    if (!(doc.hosts ?? []).some((h) => h.id === host)) return refuse(`There is no host "${host}".`);
    if ((doc.layout?.[host]?.collapsed ?? byDefault) === collapsed) return done(doc);
    const pinned = withPins(doc, pins);
    const { collapsed: _was, ...rest } = pinned.layout?.[host] ?? { x: 0, y: 0 };
    const entry: LayoutEntry = collapsed || byDefault ? { ...rest, collapsed } : rest;
    return done({ ...pinned, layout: { ...(pinned.layout ?? {}), [host]: entry } });
  },
);
