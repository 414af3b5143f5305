// A host's geometry depends only on the host, its children's boxes, the layout
// entries of the host and its children, and whether it is collapsed. When none
// of those changed since the last time (by identity: edits keep what they do
// not touch), the last geometry is returned as it was. The layout entries are
// looked up only when the layout object itself changed: most edits leave it
// as it was, and looking up every child of every host in it was most of the
// cost of a scene after an edit of one VM.
import type { Host, Layout, LayoutEntry } from '../model/types';
import { layOutHost, type HostGeometry } from './hostContents';
import type { Box } from './nodeBoxes';

export interface Child {
  id: string;
  box: Box;
}

interface Remembered {
  /** The layout the entries were read from; the same object holds the same entries. */
  layout: Layout;
  vms: readonly Child[];
  switches: readonly Child[];
  entries: readonly (LayoutEntry | undefined)[];
  collapsed: boolean;
  geometry: HostGeometry;
}

const remembered = new WeakMap<Host, Remembered>();

const sameChildren = (a: readonly Child[], b: readonly Child[]): boolean =>
  a === b ||
  (a.length === b.length && a.every((child, i) => child.id === b[i]!.id && child.box === b[i]!.box));

const sameEntries = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((entry, i) => entry === b[i]);

export function hostGeometryOf(
  host: Host,
  vms: readonly Child[],
  switches: readonly Child[],
  layout: Layout,
  collapsed: boolean,
): HostGeometry {
  const entriesNow = () => {
    const entries = [layout[host.id]];
    for (const child of vms) entries.push(layout[child.id]);
    for (const child of switches) entries.push(layout[child.id]);
    return entries;
  };
  const last = remembered.get(host);
  if (
    last &&
    last.collapsed === collapsed &&
    sameChildren(last.vms, vms) &&
    sameChildren(last.switches, switches)
  ) {
    if (last.layout === layout) return last.geometry;
    const entries = entriesNow();
    if (sameEntries(last.entries, entries)) {
      remembered.set(host, { ...last, layout, vms, switches, entries });
      return last.geometry;
    }
  }
  const geometry = layOutHost(host, vms, switches, layout, collapsed);
  remembered.set(host, { layout, vms, switches, entries: entriesNow(), collapsed, geometry });
  return geometry;
}
