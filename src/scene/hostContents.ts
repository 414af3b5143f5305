// What sits inside a host, and where: its VMs in columns, then its standard
// switches and desktop networks in a column of their own. A saved layout
// position wins; the rest fall into the next free slot.
import type { Host, Layout } from '../model/types';
import { hostHandles, hostVmkBand } from './nodeBoxes';
import type { Box } from './nodeBoxes';
import {
  GAP,
  HEADER,
  HOST_COLLAPSED_H,
  HOST_MIN_W,
  NIC_BAR,
  PAD,
  SWITCH_W,
  VM_W,
  VMS_PER_COLUMN,
} from './metrics';

export interface PlacedChild {
  id: string;
  x: number;
  y: number;
  box: Box;
}

export interface HostGeometry {
  w: number;
  h: number;
  box: Box;
  children: PlacedChild[];
}

const MIN_NIC_SLOT = 64;

export function layOutHost(
  host: Host,
  vmBoxes: readonly { id: string; box: Box }[],
  switchBoxes: readonly { id: string; box: Box }[],
  layout: Layout,
  collapsed: boolean = layout[host.id]?.collapsed ?? false,
): HostGeometry {
  const top = HEADER + hostVmkBand(host) + PAD;
  const children: PlacedChild[] = [];
  let column = 0;
  let y = top;
  let inColumn = 0;
  for (const { id, box } of vmBoxes) {
    if (inColumn === VMS_PER_COLUMN) {
      column++;
      y = top;
      inColumn = 0;
    }
    const saved = layout[id];
    children.push({ id, box, x: saved?.x ?? PAD + column * (VM_W + GAP), y: saved?.y ?? y });
    y += box.h + GAP / 2;
    inColumn++;
  }
  const switchX = PAD + (vmBoxes.length === 0 ? 0 : (column + 1) * (VM_W + GAP) + GAP);
  let switchY = top;
  for (const { id, box } of switchBoxes) {
    const saved = layout[id];
    children.push({ id, box, x: saved?.x ?? switchX, y: saved?.y ?? switchY });
    switchY += box.h + GAP / 2;
  }
  const nicCount = host.nics?.length ?? 0;
  let w = Math.max(HOST_MIN_W, nicCount * MIN_NIC_SLOT, switchX + (switchBoxes.length ? SWITCH_W : 0) + PAD);
  let h = top + PAD + NIC_BAR;
  for (const child of children) {
    w = Math.max(w, child.x + child.box.w + PAD);
    h = Math.max(h, child.y + child.box.h + PAD + NIC_BAR);
  }
  const saved = layout[host.id];
  if (collapsed) {
    // Only the header, the summary and the NIC bar show: as narrow as they allow.
    w = Math.max(HOST_MIN_W, nicCount * MIN_NIC_SLOT);
    h = HOST_COLLAPSED_H + hostVmkBand(host);
  } else {
    w = Math.max(w, saved?.w ?? 0);
    h = Math.max(h, saved?.h ?? 0);
  }
  return { w, h, children, box: { w, h, handles: hostHandles(host, w, h) } };
}
