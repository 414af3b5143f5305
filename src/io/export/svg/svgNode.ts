// One scene node as SVG, drawn as the canvas draws it (src/canvas/nodes/ and
// canvas.css): box, header with title and badge, rows, the labels under its
// handles, and the handles themselves.
import { HEADER, NIC_BAR } from '../../../scene/metrics';
import type { SceneNode } from '../../../scene/types';
import { LABEL_LINE } from '../nodeText';
import type { HandleLabel, NodeText, TextRow } from '../nodeText';
import {
  BACKGROUND,
  BORDER,
  CHIP_FILL,
  COLLAPSED_HOST_FILL,
  DOWN_COLOUR,
  HANDLE_FILLS,
  MUTED_COLOUR,
  NODE_FILLS,
  ON_COLOUR,
  SQUARE_HANDLES,
} from '../style';
import { estimateWidth } from '../textFit';
import { el, formatNumber } from '../xml';
import type { XmlElement } from '../xml';
import { spansWidth, textRun } from './svgText';

const TITLE_SIZE = 12;
const BADGE_SIZE = 10;
const ROW_SIZE = 11;
const LABEL_SIZE = 10;
const HANDLE_SIZE = 10;

export const translate = (node: SceneNode): string =>
  `translate(${formatNumber(node.absX)} ${formatNumber(node.absY)})`;

function frame(node: SceneNode): XmlElement[] {
  const fill = node.kind === 'host' && node.collapsed ? COLLAPSED_HOST_FILL : NODE_FILLS[node.kind];
  const parts = [el('rect', { width: node.w, height: node.h, rx: 6, fill, stroke: BORDER })];
  if (node.kind === 'host') {
    const y = node.h - NIC_BAR;
    parts.push(el('line', { x1: 0, y1: y, x2: node.w, y2: y, stroke: BORDER, 'stroke-dasharray': '3 3' }));
  }
  return parts;
}

function header(node: SceneNode, text: NodeText): XmlElement[] {
  const centre = HEADER / 2;
  const parts: XmlElement[] = [];
  let x = 8;
  if (text.power) {
    parts.push(
      el('circle', { cx: x + 4, cy: centre, r: 4, fill: text.power === 'on' ? ON_COLOUR : DOWN_COLOUR }),
    );
    x += 14;
  }
  let right = node.w - 8;
  if (text.badge) {
    const width = estimateWidth(text.badge, BADGE_SIZE) + 12;
    right -= width;
    parts.push(
      el('rect', { x: right, y: centre - 8, width, height: 16, rx: 8, fill: BACKGROUND }),
      textRun([{ text: text.badge, style: 'muted' }], {
        x: right + width / 2,
        y: centre,
        size: BADGE_SIZE,
        maxWidth: width,
        anchor: 'middle',
      }),
    );
    right -= 6;
  }
  parts.push(
    textRun([{ text: text.title, style: 'name' }], {
      x,
      y: centre,
      size: TITLE_SIZE,
      maxWidth: right - x,
      nameWeight: 600,
    }),
  );
  return parts;
}

function rowElements(node: SceneNode, row: TextRow): XmlElement[] {
  const override = row.off ? { fill: MUTED_COLOUR, 'font-style': 'italic' } : undefined;
  const left = row.indent ? 12 : 8;
  const right = node.w - 12;
  if (row.align === 'right')
    return [
      textRun(row.spans, {
        x: right,
        y: row.y,
        size: ROW_SIZE,
        maxWidth: right - left,
        anchor: 'end',
        override,
      }),
    ];
  // As on the canvas, an MTU sits at the right end of the row and the rest fills what is left.
  const mtu = row.spans.filter((span) => span.style === 'mtu');
  const rest = row.spans.filter((span) => span.style !== 'mtu');
  const parts: XmlElement[] = [];
  let room = right - left;
  if (mtu.length > 0) {
    parts.push(textRun(mtu, { x: right, y: row.y, size: ROW_SIZE, maxWidth: room, anchor: 'end', override }));
    room -= spansWidth(mtu, ROW_SIZE) + 6;
  }
  parts.push(textRun(rest, { x: left, y: row.y, size: ROW_SIZE, maxWidth: room, override }));
  return parts;
}

function handleLabel(label: HandleLabel): XmlElement[] {
  const parts: XmlElement[] = [];
  label.lines.forEach((spans, i) => {
    const y = label.y + i * LABEL_LINE;
    if (label.chip) {
      const width = Math.min(label.maxWidth, spansWidth(spans, LABEL_SIZE) + 16);
      parts.push(el('rect', { x: label.x - width / 2, y: y - 7, width, height: 14, rx: 7, fill: CHIP_FILL }));
    }
    const first = i === 0;
    parts.push(
      textRun(spans, {
        x: label.x,
        y,
        size: LABEL_SIZE,
        maxWidth: label.chip ? label.maxWidth - 12 : label.maxWidth,
        anchor: 'middle',
        nameWeight: 600,
        override:
          label.off && first
            ? { fill: DOWN_COLOUR, 'text-decoration': label.lines.length === 1 ? 'line-through' : undefined }
            : undefined,
      }),
    );
  });
  return parts;
}

export function handleMarks(node: SceneNode): XmlElement[] {
  const half = HANDLE_SIZE / 2;
  return node.handles.map((handle) => {
    const horizontal = handle.side === 'top' || handle.side === 'bottom';
    const cx = horizontal ? handle.offset : handle.side === 'left' ? 0 : node.w;
    const cy = horizontal ? (handle.side === 'top' ? 0 : node.h) : handle.offset;
    const paint = { fill: HANDLE_FILLS[handle.kind], stroke: '#ffffff', 'stroke-width': 2 };
    return SQUARE_HANDLES.has(handle.kind)
      ? el('rect', { x: cx - half, y: cy - half, width: HANDLE_SIZE, height: HANDLE_SIZE, rx: 2, ...paint })
      : el('circle', { cx, cy, r: half, ...paint });
  });
}

/** The node; hosts leave their handles out here and draw them above the links. */
export function svgNode(node: SceneNode, text: NodeText, withHandles: boolean): XmlElement {
  return el(
    'g',
    {
      'data-id': node.id,
      'data-kind': node.kind,
      transform: translate(node),
      opacity: text.dimmed ? 0.65 : undefined,
    },
    el('title', {}, text.title),
    frame(node),
    header(node, text),
    text.rows.flatMap((row) => rowElements(node, row)),
    text.handleLabels.flatMap(handleLabel),
    withHandles && handleMarks(node),
  );
}
