// Design → SVG, drawn from the scene (the canvas's own geometry), not from the
// DOM: real <text>, every string escaped by the XML builder, no scripts, no
// <foreignObject>, no external references. Pure, so the CLI runs it in Node.
import type { Design } from '../../../model/types';
import { buildScene } from '../../../scene/buildScene';
import type { SceneNode } from '../../../scene/types';
import type { ExportOptions } from '../exportOptions';
import { bezier, boundsOf, corners, edgeAnchors } from '../geometry';
import type { Curve, Point } from '../geometry';
import { lookUp, nodeText } from '../nodeText';
import { BACKGROUND, LINK_STYLES, linkStatus, TEXT_COLOUR } from '../style';
import { estimateWidth } from '../textFit';
import { el, formatNumber, renderXmlDocument } from '../xml';
import type { XmlElement } from '../xml';
import { legendBlock, problemsBlock } from './svgLegend';
import { handleMarks, svgNode, translate } from './svgNode';

export interface RenderedSvg {
  text: string;
  /** Size in CSS pixels at 1×; a PNG export multiplies it. */
  width: number;
  height: number;
}

const MARGIN = 24;
const TITLE_SIZE = 16;
const TITLE_BAND = 36;
const BLOCK_GAP = 28;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif';

const curvePath = ({ from, c1, c2, to }: Curve): string =>
  `M${formatNumber(from.x)} ${formatNumber(from.y)} C${formatNumber(c1.x)} ${formatNumber(c1.y)} ` +
  `${formatNumber(c2.x)} ${formatNumber(c2.y)} ${formatNumber(to.x)} ${formatNumber(to.y)}`;

export function renderSvg(doc: Design, options: ExportOptions = {}): RenderedSvg {
  const scene = buildScene(doc);
  const visible = scene.nodes.filter((node) => !node.hidden);
  const nodes = new Map(visible.map((node) => [node.id, node]));
  const design = lookUp(doc);
  const textOf = (node: SceneNode) => nodeText(node, design);

  const links: { id: string; curve: Curve }[] = [];
  for (const edge of scene.edges) {
    const anchors = edgeAnchors(edge, nodes);
    if (anchors) links.push({ id: edge.id, curve: bezier(...anchors) });
  }
  const points: Point[] = [
    ...visible.flatMap(corners),
    ...links.flatMap(({ curve }) => [curve.from, curve.c1, curve.c2, curve.to]),
  ];
  const bounds = boundsOf(points);

  const linkElements = links.map(({ id, curve }) => {
    const status = linkStatus(options.statuses, id);
    const style = LINK_STYLES[status];
    return el(
      'path',
      {
        d: curvePath(curve),
        fill: 'none',
        stroke: style.colour,
        'stroke-width': style.width,
        'stroke-dasharray': style.dash,
        'data-link': id,
        'data-status': status,
      },
      el('title', {}, `${id}: ${status}`),
    );
  });

  // Canvas stacking: host containers, then the links over them, then every other node.
  const hosts = visible.filter((node) => node.kind === 'host');
  const diagram = el(
    'g',
    {
      transform: `translate(${formatNumber(MARGIN - bounds.minX)} ${formatNumber(MARGIN + TITLE_BAND - bounds.minY)})`,
    },
    el('g', { 'data-layer': 'hosts' }, ...hosts.map((node) => svgNode(node, textOf(node), false))),
    el('g', { 'data-layer': 'links' }, ...linkElements),
    el(
      'g',
      { 'data-layer': 'nodes' },
      ...visible.filter((node) => node.kind !== 'host').map((node) => svgNode(node, textOf(node), true)),
    ),
    el(
      'g',
      { 'data-layer': 'host-handles' },
      ...hosts.map((node) => el('g', { transform: translate(node) }, ...handleMarks(node))),
    ),
  );

  const title = doc.name || 'Untitled design';
  const legendTop = MARGIN + TITLE_BAND + (bounds.maxY - bounds.minY) + BLOCK_GAP;
  const legend = legendBlock(MARGIN, legendTop);
  const problems = options.problems
    ? problemsBlock(options.problems, MARGIN, legendTop + legend.height + BLOCK_GAP / 2)
    : null;
  const contentWidth = Math.max(
    bounds.maxX - bounds.minX,
    legend.width,
    problems?.width ?? 0,
    estimateWidth(title, TITLE_SIZE),
  );
  const width = Math.ceil(contentWidth + 2 * MARGIN);
  const bottom = problems
    ? legendTop + legend.height + BLOCK_GAP / 2 + problems.height
    : legendTop + legend.height;
  const height = Math.ceil(bottom + MARGIN);

  const root: XmlElement = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT,
      role: 'img',
    },
    el('title', {}, title),
    el('desc', {}, 'Network diagram exported by vNet Designer'),
    el('rect', { width, height, fill: BACKGROUND }),
    el(
      'text',
      { x: MARGIN, y: MARGIN + TITLE_SIZE, 'font-size': TITLE_SIZE, 'font-weight': 700, fill: TEXT_COLOUR },
      title,
    ),
    diagram,
    legend.element,
    problems?.element,
  );
  return { text: renderXmlDocument(root), width, height };
}

export const exportSvg = (doc: Design, options: ExportOptions = {}): string => renderSvg(doc, options).text;
