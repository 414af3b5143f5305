// Where a child (VM, standard switch, desktop network) may sit inside its
// host: never over the header or the VMkernel rows; the host grows to the
// right and downwards to hold it.
import type { Host } from '../model/types';
import { hostVmkBand } from '../scene/nodeBoxes';
import { GAP, HEADER, PAD } from '../scene/metrics';
import type { Scene } from '../scene/types';
import type { Point } from './hitTest';

export const contentTop = (host: Host | undefined): number => HEADER + (host ? hostVmkBand(host) : 0);

export function clampInHost(host: Host | undefined, p: Point): Point {
  return { x: Math.max(0, p.x), y: Math.max(contentTop(host), p.y) };
}

/** A free spot for a new child: under the lowest child already there. */
export function nextChildSpot(scene: Scene, host: Host): Point {
  let bottom = contentTop(host) + PAD;
  for (const node of scene.nodes)
    if (node.parent === host.id) bottom = Math.max(bottom, node.y + node.h + GAP / 2);
  return { x: PAD, y: bottom };
}
