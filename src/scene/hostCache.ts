// A host's geometry depends only on the host, its children's boxes, the layout
// entries of the host and its children, and whether it is collapsed. When none
// of those changed since the last time (by identity: edits keep what they do
// not touch), the last geometry is returned as it was.
import type { Host, Layout, LayoutEntry } from '../model/types';
import { layOutHost, type HostGeometry } from './hostContents';
import type { Box } from './nodeBoxes';

export interface Child {
  id: string;
  box: Box;
}

interface Remembered {
  vms: readonly Child[];
  switches: readonly Child[];
  entries: readonly (LayoutEntry | undefined)[];
  collapsed: boolean;
  geometry: HostGeometry;
}

const remembered = new WeakMap<Host, Remembered>();

const sameChildren = (a: readonly Child[], b: readonly Child[]): boolean =>
  a.length === b.length && a.every((child, i) => child.id === b[i]!.id && child.box === b[i]!.box);

const sameEntries = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((entry, i) => entry === b[i]);

export function hostGeometryOf(
  host: Host,
  vms: readonly Child[],
  switches: readonly Child[],
  layout: Layout,
  collapsed: boolean,
): HostGeometry {
  const entries = [layout[host.id]];
  for (const child of vms) entries.push(layout[child.id]);
  for (const child of switches) entries.push(layout[child.id]);
  const last = remembered.get(host);
  if (
    last &&
    last.collapsed === collapsed &&
    sameEntries(last.entries, entries) &&
    sameChildren(last.vms, vms) &&
    sameChildren(last.switches, switches)
  )
    return last.geometry;
  const geometry = layOutHost(host, vms, switches, layout, collapsed);
  remembered.set(host, { vms, switches, entries, collapsed, geometry });
  return geometry;
}
