// Which hosts are drawn collapsed. A saved `layout[host].collapsed` always
// wins. Without one, a host is open, except on the canvas of a big design:
// thousands of VMs cannot be read (or drawn quickly) at once, so there a host
// the layout says nothing about shows its summary until it is expanded. This
// is a view default, never written to the document: opening a design and
// saving it gives back the file as it was.
import type { Design, Layout } from '../model/types';

/** Past this many VMs a design is big: its hosts open collapsed on the canvas. */
export const BIG_DESIGN_VMS = 300;

export interface SceneOptions {
  /** Collapse the hosts of a big design that have no saved `collapsed` (the canvas does; exports and auto layout do not). */
  collapseBigDesigns?: boolean;
}

/** The canvas's options: what the user sees. */
export const CANVAS_SCENE: SceneOptions = { collapseBigDesigns: true };

export const isBigDesign = (doc: Design): boolean => (doc.vms?.length ?? 0) > BIG_DESIGN_VMS;

/** Whether a host with no saved `collapsed` is drawn collapsed. */
export const collapsedByDefault = (doc: Design, options: SceneOptions = {}): boolean =>
  (options.collapseBigDesigns ?? false) && isBigDesign(doc);

export const isCollapsed = (layout: Layout | undefined, hostId: string, byDefault: boolean): boolean =>
  layout?.[hostId]?.collapsed ?? byDefault;
