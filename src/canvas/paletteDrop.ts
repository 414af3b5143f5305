// A palette item dropped on the canvas, or clicked, as the arguments of the
// addElement command. Dropped: it goes where the pointer is, into the host
// (or onto the switch) under it. Clicked: into the selected host or switch,
// or the only one there is, else at the centre of the view.
import { INSIDE_HOST, type AddElementArgs, type NewElementKind } from '../model/commands/addElement';
import type { Pins } from '../model/commands/pinLayout';
import type { Design } from '../model/types';
import { HEADER, PAD } from '../scene/metrics';
import type { Scene } from '../scene/types';
import { nodeAt, type Point } from './hitTest';
import { clampInHost, nextChildSpot } from './hostPlacement';
import { hostsOfKind, onlyOne, selectedHost, selectedSwitch } from './selectionContext';

/** Nodes drawn at their default place, so that adding one does not shift them (pinLayout.ts). */
export function pinsFor(doc: Design, scene: Scene): Pins {
  const pins: Record<string, Point> = {};
  for (const node of scene.nodes)
    if (!node.parent && !doc.layout?.[node.id]) pins[node.id] = { x: node.x, y: node.y };
  return pins;
}

/** The new node's top-left, so that the pointer lands on its header. */
const underPointer = (p: Point): Point => ({ x: p.x - PAD, y: p.y - HEADER / 2 });

export function planDrop(doc: Design, scene: Scene, kind: NewElementKind, point: Point): AddElementArgs {
  const pins = pinsFor(doc, scene);
  if (kind === 'portGroup') {
    const sw = nodeAt(scene, point, ['standardSwitch', 'distributedSwitch', 'desktopNetwork']);
    return { kind, pins, ...(sw ? { switch: sw.id } : {}) };
  }
  const at = underPointer(point);
  if (!INSIDE_HOST.has(kind)) return { kind, pins, at };
  const hostNode = nodeAt(scene, point, ['host']);
  if (!hostNode) return { kind, pins };
  const host = (doc.hosts ?? []).find((h) => h.id === hostNode.id);
  return {
    kind,
    pins,
    host: hostNode.id,
    at: clampInHost(host, { x: at.x - hostNode.absX, y: at.y - hostNode.absY }),
  };
}

const HOST_KIND_FOR: Partial<Record<NewElementKind, 'esxi' | 'workstation' | 'any'>> = {
  vm: 'any',
  standardSwitch: 'esxi',
  nat: 'workstation',
  hostonly: 'workstation',
  bridged: 'workstation',
  segment: 'workstation',
};

export function planClickAdd(
  doc: Design,
  scene: Scene,
  kind: NewElementKind,
  selection: readonly string[],
  viewCentre: Point,
): AddElementArgs {
  const pins = pinsFor(doc, scene);
  if (kind === 'portGroup') {
    const sw =
      selectedSwitch(doc, selection) ??
      onlyOne((doc.switches ?? []).filter((s) => s.type === 'standard' || s.type === 'distributed'));
    return { kind, pins, ...(sw ? { switch: sw.id } : {}) };
  }
  const hostKindWanted = HOST_KIND_FOR[kind];
  if (!hostKindWanted) return { kind, pins, at: { x: viewCentre.x - 100, y: viewCentre.y - 50 } };
  const host = selectedHost(doc, selection) ?? onlyOne(hostsOfKind(doc, hostKindWanted));
  if (!host) return { kind, pins };
  return { kind, pins, host: host.id, at: nextChildSpot(scene, host) };
}
