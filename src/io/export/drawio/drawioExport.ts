// Design → .drawio (mxGraph XML) that diagrams.net opens: hosts as containers
// holding their VMs and switches with relative geometry, physical switches and
// routers as shapes, and every link as an edge coloured by its status.
// Geometry comes from the scene; labels are plain text, escaped by the XML builder.
import type { Design } from '../../../model/types';
import { buildScene } from '../../../scene/buildScene';
import { hostVmkBand } from '../../../scene/nodeBoxes';
import type { SceneNode } from '../../../scene/types';
import type { ExportOptions } from '../exportOptions';
import { lookUp, nodeText } from '../nodeText';
import type { NodeText, Span } from '../nodeText';
import { linkStatus } from '../style';
import { packLines } from '../textFit';
import { el, renderXmlDocument } from '../xml';
import type { XmlElement } from '../xml';
import { edgeStyle, handlePoint, LABEL_FONT_SIZE, LABEL_SPACING, vertexStyle } from './drawioStyles';

/** Cell ids derive from model ids (1–64 of A-Za-z0-9._-); the prefixes keep nodes and links apart. */
export const vertexId = (nodeId: string): string => `n-${nodeId}`;
export const edgeId = (linkId: string): string => `e-${linkId}`;

const spansText = (spans: readonly Span[]): string => spans.map((span) => span.text).join(' ');

/**
 * The label as plain-text lines: title, badge, rows, then the labels of the
 * handles along each edge of the box, packed as wide as the box (plain-text
 * labels do not wrap). What the canvas shows by greying is said in words.
 */
export function labelLines(text: NodeText, width: number): string[] {
  const byEdge = new Map<number, string[]>();
  for (const label of text.handleLabels) {
    const items = byEdge.get(label.y) ?? [];
    const saysDown = label.lines.some((line) => line.some((span) => span.text === 'down'));
    items.push(label.lines.map(spansText).join(' ') + (label.off && !saysDown ? ' (down)' : ''));
    byEdge.set(label.y, items);
  }
  const badge = text.power === 'off' ? 'powered off' : text.badge;
  return [
    text.title,
    ...(badge ? [badge] : []),
    ...text.rows.map((row) => spansText(row.spans) + (row.off ? ' (disconnected)' : '')),
    ...[...byEdge.values()].flatMap((items) => packLines(items, width - 2 * LABEL_SPACING, LABEL_FONT_SIZE)),
  ];
}

export function exportDrawio(doc: Design, options: ExportOptions = {}): string {
  const scene = buildScene(doc);
  const visible = scene.nodes.filter((node) => !node.hidden);
  const nodes = new Map(visible.map((node) => [node.id, node]));
  const design = lookUp(doc);
  const hosts = design.hosts;

  const vertex = (node: SceneNode): XmlElement => {
    const host = node.kind === 'host' ? hosts.get(node.id) : undefined;
    const parentCell = node.parent !== undefined && nodes.has(node.parent) ? vertexId(node.parent) : '1';
    // A child's geometry is relative to its container, as the scene's x/y are to the host.
    const [x, y] = parentCell === '1' ? [node.absX, node.absY] : [node.x, node.y];
    return el(
      'mxCell',
      {
        id: vertexId(node.id),
        value: labelLines(nodeText(node, design), node.w).join('\n'),
        style: vertexStyle(node, host ? hostVmkBand(host) : 0),
        vertex: '1',
        parent: parentCell,
      },
      el('mxGeometry', { x, y, width: node.w, height: node.h, as: 'geometry' }),
    );
  };

  const edges: XmlElement[] = [];
  for (const edge of scene.edges) {
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    const sourceHandle = source?.handles.find((h) => h.id === edge.sourceHandle);
    const targetHandle = target?.handles.find((h) => h.id === edge.targetHandle);
    if (!source || !target || !sourceHandle || !targetHandle) continue;
    const status = linkStatus(options.statuses, edge.id);
    edges.push(
      el(
        'mxCell',
        {
          id: edgeId(edge.id),
          value: '',
          style: edgeStyle(status, handlePoint(source, sourceHandle), handlePoint(target, targetHandle)),
          edge: '1',
          parent: '1',
          source: vertexId(source.id),
          target: vertexId(target.id),
        },
        el('mxGeometry', { relative: '1', as: 'geometry' }),
      ),
    );
  }

  // Parents before children, vertices before the edges that name them.
  const ordered = [
    ...visible.filter((node) => node.parent === undefined),
    ...visible.filter((node) => node.parent !== undefined),
  ];
  const name = doc.name || 'Untitled design';
  const model = el(
    'mxGraphModel',
    {
      grid: '1',
      gridSize: '10',
      guides: '1',
      tooltips: '1',
      connect: '1',
      arrows: '0',
      fold: '1',
      page: '0',
      pageScale: '1',
      math: '0',
      shadow: '0',
    },
    el(
      'root',
      {},
      el('mxCell', { id: '0' }),
      el('mxCell', { id: '1', parent: '0' }),
      ordered.map(vertex),
      edges,
    ),
  );
  const file = el(
    'mxfile',
    { host: 'vNet Designer', type: 'device' },
    el('diagram', { id: 'vnet-design', name }, model),
  );
  return renderXmlDocument(file);
}
