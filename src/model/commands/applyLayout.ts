// Tidy up: the positions an automatic layout computed, as one command and so
// as one undo step. Only `layout` changes, so the evaluator is never asked to
// run again (evaluationSync skips layout-only changes).
import { layoutEntry, putLayoutEntry } from '../layoutEntries';
import type { Design, Layout } from '../types';
import { defineCommand, done, refuse } from './command';

export interface LayoutPosition {
  x: number;
  y: number;
}

export interface ApplyLayoutArgs {
  /** By node id; relative to the host for VMs, standard switches and desktop networks. */
  positions: Readonly<Record<string, LayoutPosition>>;
}

/** The ids a position can be saved for: everything the canvas draws as a node. */
function nodeIds(doc: Design): Set<string> {
  return new Set([
    ...(doc.hosts ?? []).map((h) => h.id),
    ...(doc.vms ?? []).map((v) => v.id),
    ...(doc.switches ?? []).map((s) => s.id),
    ...(doc.physicalSwitches ?? []).map((p) => p.id),
    ...(doc.routers ?? []).map((r) => r.id),
  ]);
}

/**
 * The document with the given positions saved, rounded. A host loses any saved size: the layout
 * placed its neighbours for the size its contents give it. Everything else in each layout entry
 * (collapsed, keys of other tools) is kept. Returns the same document when nothing moves.
 */
export function withLayout(doc: Design, positions: ApplyLayoutArgs['positions']): Design | string {
  const known = nodeIds(doc);
  const hosts = new Set((doc.hosts ?? []).map((h) => h.id));
  const layout: Layout = { ...(doc.layout ?? {}) };
  let changed = false;
  for (const [id, position] of Object.entries(positions)) {
    if (!known.has(id)) return `There is no "${id}" to place.`;
    const before = layoutEntry(layout, id);
    const x = Math.round(position.x);
    const y = Math.round(position.y);
    const { w, h, ...rest } = before ?? { x, y };
    const sized = hosts.has(id) && (w !== undefined || h !== undefined);
    if (before?.x === x && before.y === y && !sized) continue;
    putLayoutEntry(layout, id, hosts.has(id) ? { ...rest, x, y } : { ...before, x, y });
    changed = true;
  }
  return changed ? { ...doc, layout } : doc;
}

export const applyLayout = defineCommand<ApplyLayoutArgs>('Tidy up', (doc, { positions }) => {
  const next = withLayout(doc, positions);
  return typeof next === 'string' ? refuse(next) : done(next);
});
