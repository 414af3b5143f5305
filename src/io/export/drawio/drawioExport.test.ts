// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validScenarios } from '../../../../test/fixtures/sharedScenarios';
import type { Design } from '../../../model/types';
import { buildScene } from '../../../scene/buildScene';
import { LINK_STYLES } from '../style';
import { drawnNames, everyKindDesign, HOSTILE_NAMES } from '../testing/designs';
import { parseXml } from '../testing/parseXml';
import { edgeId, exportDrawio, vertexId } from './drawioExport';

const styleOf = (cell: Element): Map<string, string> =>
  new Map(
    (cell.getAttribute('style') ?? '')
      .split(';')
      .filter(Boolean)
      .map((entry) => entry.split('=') as [string, string]),
  );

/** The structural rules diagrams.net relies on to open a file. */
function expectWellFormedModel(xml: string, design: Design): Document {
  const doc = parseXml(xml);
  expect(doc.documentElement.localName).toBe('mxfile');
  const root = doc.querySelector('mxfile > diagram > mxGraphModel > root')!;
  const cells = [...root.children];
  expect(cells.every((cell) => cell.localName === 'mxCell')).toBe(true);
  expect(cells[0]!.getAttribute('id')).toBe('0');
  expect(cells[0]!.hasAttribute('parent')).toBe(false);
  expect(cells[1]!.getAttribute('id')).toBe('1');
  expect(cells[1]!.getAttribute('parent')).toBe('0');

  const ids = cells.map((cell) => cell.getAttribute('id')!);
  expect(new Set(ids).size).toBe(ids.length);
  const seen = new Set<string>();
  for (const cell of cells) {
    const parent = cell.getAttribute('parent');
    if (parent !== null)
      expect(seen.has(parent), `parent ${parent} before ${cell.getAttribute('id')}`).toBe(true);
    seen.add(cell.getAttribute('id')!);
  }

  const scene = buildScene(design);
  const visible = scene.nodes.filter((node) => !node.hidden);
  const vertices = cells.filter((cell) => cell.getAttribute('vertex') === '1');
  const edges = cells.filter((cell) => cell.getAttribute('edge') === '1');
  expect(vertices.map((cell) => cell.getAttribute('id')).sort()).toEqual(
    visible.map((n) => vertexId(n.id)).sort(),
  );
  expect(edges.map((cell) => cell.getAttribute('id')).sort()).toEqual(
    scene.edges.map((e) => edgeId(e.id)).sort(),
  );
  const vertexIds = new Set(vertices.map((cell) => cell.getAttribute('id')));
  for (const edge of edges) {
    expect(vertexIds.has(edge.getAttribute('source'))).toBe(true);
    expect(vertexIds.has(edge.getAttribute('target'))).toBe(true);
    expect(edge.querySelector('mxGeometry')!.getAttribute('relative')).toBe('1');
  }
  for (const cell of [...vertices, ...edges]) {
    expect(styleOf(cell).get('html')).toBe('0');
    expect(cell.querySelector('mxGeometry')!.getAttribute('as')).toBe('geometry');
  }
  expect(xml).not.toMatch(/html=1/);
  return doc;
}

describe('.drawio export', () => {
  const design = everyKindDesign();

  it('parses, has cells 0 and 1, one vertex per drawn element and one edge per link', () => {
    expectWellFormedModel(exportDrawio(design), design);
  });

  it('puts hosts in containers whose children keep their position relative to the host', () => {
    const doc = parseXml(exportDrawio(design));
    const scene = buildScene(design);
    for (const node of scene.nodes) {
      const cell = doc.querySelector(`mxCell[id="${vertexId(node.id)}"]`)!;
      const geometry = cell.querySelector('mxGeometry')!;
      if (node.kind === 'host') expect(styleOf(cell).get('container')).toBe('1');
      expect(cell.getAttribute('parent')).toBe(node.parent ? vertexId(node.parent) : '1');
      expect(Number(geometry.getAttribute('x'))).toBe(node.parent ? node.x : node.absX);
      expect(Number(geometry.getAttribute('y'))).toBe(node.parent ? node.y : node.absY);
      expect(Number(geometry.getAttribute('width'))).toBe(node.w);
      expect(Number(geometry.getAttribute('height'))).toBe(node.h);
    }
  });

  it('labels every element with its name as plain text, hostile names escaped', () => {
    const xml = exportDrawio(design);
    const doc = parseXml(xml);
    expect(xml).not.toMatch(/<script|<img/i);
    const values = [...doc.querySelectorAll('mxCell[vertex="1"]')].map(
      (cell) => cell.getAttribute('value') ?? '',
    );
    for (const name of drawnNames(design))
      expect(
        values.some((value) => value.includes(name)),
        name,
      ).toBe(true);
    // Line breaks survive as character references, so each name is a line of its own.
    const hostLabel = doc.querySelector('mxCell[id="n-esx1"]')!.getAttribute('value')!;
    expect(hostLabel.split('\n')[0]).toBe(HOSTILE_NAMES[1]);
    expect(xml).toContain('value="&quot;/&gt;&lt;img src=x onerror=alert(1)&gt;&#10;ESXi&#10;');
    expect(doc.querySelector('diagram')!.getAttribute('name')).toBe(HOSTILE_NAMES[0]);
  });

  it('says in words what the canvas shows by greying: down NICs and ports, disconnected adapters', () => {
    const doc = parseXml(exportDrawio(design));
    const label = (id: string) =>
      doc
        .querySelector(`mxCell[id="${vertexId(id)}"]`)!
        .getAttribute('value')!
        .split('\n');
    expect(label('esx1')).toEqual([
      HOSTILE_NAMES[1],
      'ESXi',
      `${HOSTILE_NAMES[2]} 10.0.0.11/24 9000`,
      'vmnic0 | vmnic1 (down) | vmnic2',
    ]);
    expect(label('web-02')).toContain('web-02-n1 no IP 1500 (disconnected)');
    expect(label('web-02')[1]).toBe('powered off');
    const tor = label('tor1').join('\n');
    expect(tor).toContain('Eth1/3 access 10 down');
    expect(tor).not.toContain('(down)');
  });

  it('colours each edge by its link status and anchors it at its handle', () => {
    const statuses = { 'cable:c1': 'unreachable', 'nic:web-01-n0': 'ok', 'nic:web-02-n1': 'down' } as const;
    const doc = parseXml(exportDrawio(design, { statuses }));
    for (const cell of doc.querySelectorAll('mxCell[edge="1"]')) {
      const id = cell.getAttribute('id')!.slice('e-'.length);
      const status = statuses[id as keyof typeof statuses] ?? 'idle';
      const style = styleOf(cell);
      expect(style.get('strokeColor')).toBe(LINK_STYLES[status].colour);
      expect(style.get('dashed') === '1').toBe(LINK_STYLES[status].dash !== undefined);
      expect(style.get('dashPattern')).toBe(LINK_STYLES[status].dash);
      for (const key of ['exitX', 'exitY', 'entryX', 'entryY']) {
        const value = Number(style.get(key));
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
    // tor1's ports sit on its top edge: the cable leaves or enters at y = 0.
    const cable = styleOf(doc.querySelector('mxCell[id="e-cable:c1"]')!);
    expect(cable.get('entryY')).toBe('0');
  });

  it('leaves out the children of a collapsed host and ends their links on the host', () => {
    const collapsed: Design = { ...design, layout: { esx1: { x: 0, y: 0, collapsed: true } } };
    const doc = expectWellFormedModel(exportDrawio(collapsed), collapsed);
    expect(doc.querySelector('mxCell[id="n-web-01"]')).toBeNull();
    expect(doc.querySelector('mxCell[id="e-nic:web-01-n0"]')!.getAttribute('source')).toBe('n-esx1');
  });

  it('exports an empty design with only the two root cells', () => {
    const doc = parseXml(exportDrawio({ format: 'vnet-design', version: 1 }));
    expect(doc.querySelectorAll('mxCell')).toHaveLength(2);
  });

  it.each(validScenarios())('exports scenario %s', (_file, scenario) => {
    const doc = expectWellFormedModel(exportDrawio(scenario), scenario);
    const values = [...doc.querySelectorAll('mxCell')].map((cell) => cell.getAttribute('value') ?? '');
    for (const name of drawnNames(scenario))
      expect(
        values.some((value) => value.includes(name)),
        name,
      ).toBe(true);
  });
});
