// Nodes without a saved position sit where the default placement puts them,
// which depends on the rows around them: a first router adds a row above the
// hosts, a collapsed host shortens its row. An edit that would shift them
// first saves ("pins") them where they are drawn, so nothing jumps.
import { layoutEntry, putLayoutEntry } from '../layoutEntries';
import type { Design } from '../types';

export type Pins = Readonly<Record<string, { x: number; y: number }>>;

/** The document with each pinned node's position saved, unless it has one already. */
export function withPins(doc: Design, pins: Pins | undefined): Design {
  if (!pins) return doc;
  const missing = Object.entries(pins).filter(([id]) => layoutEntry(doc.layout, id) === undefined);
  if (missing.length === 0) return doc;
  const layout = { ...(doc.layout ?? {}) };
  for (const [id, { x, y }] of missing) putLayoutEntry(layout, id, { x: Math.round(x), y: Math.round(y) });
  return { ...doc, layout };
}
