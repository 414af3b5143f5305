// mxGraph style strings for the .drawio export. Labels are plain text
// (html=0): diagrams.net then never interprets a name as markup.
import { HEADER, PAD } from '../../../scene/metrics';
import type { SceneHandle, SceneNode } from '../../../scene/types';
import type { LinkStatus } from '../../../engine/types';
import { BORDER, COLLAPSED_HOST_FILL, LINK_STYLES, NODE_FILLS, TEXT_COLOUR } from '../style';

type StyleValue = string | number;

// Keys and values come from this file, never from a document; a separator in
// one would silently corrupt the style, so refuse it loudly.
export function styleString(entries: Readonly<Record<string, StyleValue>>): string {
  return Object.entries(entries)
    .map(([key, value]) => {
      const text = String(value);
      if (/[;=]/.test(key) || /[;=]/.test(text)) throw new Error(`bad style entry ${key}=${text}`);
      return `${key}=${text}`;
    })
    .join(';');
}

export const LABEL_FONT_SIZE = 11;
export const LABEL_SPACING = 8;

const LABEL = {
  html: 0,
  align: 'left',
  verticalAlign: 'top',
  spacingLeft: LABEL_SPACING,
  spacingTop: 2,
  fontSize: LABEL_FONT_SIZE,
  fontColor: TEXT_COLOUR,
};

/** `vmkernelBand`: the height of a host's VMkernel rows, which its header label lists. */
export function vertexStyle(node: SceneNode, vmkernelBand: number): string {
  const fill = node.kind === 'host' && node.collapsed ? COLLAPSED_HOST_FILL : NODE_FILLS[node.kind];
  if (node.kind === 'host')
    return styleString({
      shape: 'swimlane',
      container: 1,
      collapsible: 0,
      // The header reaches down to where the children start, so its label has room for the NIC line.
      startSize: HEADER + vmkernelBand + PAD - 4,
      rounded: 1,
      arcSize: 4,
      fillColor: fill,
      swimlaneFillColor: fill,
      strokeColor: BORDER,
      ...LABEL,
      spacingTop: 0,
    });
  return styleString({
    rounded: 1,
    arcSize: 6,
    fillColor: fill,
    strokeColor: BORDER,
    ...LABEL,
  });
}

const round4 = (value: number): number => Math.round(value * 10000) / 10000;

/** The relative point of a handle on its node's box, for exitX/exitY and entryX/entryY. */
export function handlePoint(node: SceneNode, handle: SceneHandle): { x: number; y: number } {
  switch (handle.side) {
    case 'left':
      return { x: 0, y: round4(handle.offset / node.h) };
    case 'right':
      return { x: 1, y: round4(handle.offset / node.h) };
    case 'top':
      return { x: round4(handle.offset / node.w), y: 0 };
    case 'bottom':
      return { x: round4(handle.offset / node.w), y: 1 };
  }
}

export function edgeStyle(
  status: LinkStatus,
  exit: { x: number; y: number },
  entry: { x: number; y: number },
): string {
  const look = LINK_STYLES[status];
  return styleString({
    edgeStyle: 'none',
    html: 0,
    endArrow: 'none',
    startArrow: 'none',
    strokeWidth: look.width,
    strokeColor: look.colour,
    ...(look.dash ? { dashed: 1, dashPattern: look.dash } : {}),
    exitX: exit.x,
    exitY: exit.y,
    exitDx: 0,
    exitDy: 0,
    exitPerimeter: 0,
    entryX: entry.x,
    entryY: entry.y,
    entryDx: 0,
    entryDy: 0,
    entryPerimeter: 0,
  });
}
