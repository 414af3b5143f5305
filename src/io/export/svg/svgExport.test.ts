// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validScenarios } from '../../../../test/fixtures/sharedScenarios';
import type { Problem } from '../../../engine/types';
import { validateDesign } from '../../../model/validate';
import type { Design } from '../../../model/types';
import { buildScene } from '../../../scene/buildScene';
import { LINK_STYLES } from '../style';
import { drawnNames, everyKindDesign, HOSTILE_NAMES } from '../testing/designs';
import { allElements, parseXml } from '../testing/parseXml';
import { exportSvg, renderSvg } from './svgExport';

const texts = (doc: Document): string[] =>
  [...doc.querySelectorAll('text, title')].map((element) => element.textContent ?? '');

function expectSafe(svg: string, doc: Document): void {
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toMatch(/<img/i);
  for (const element of allElements(doc)) {
    expect(['script', 'foreignObject', 'img', 'iframe', 'a', 'image', 'use']).not.toContain(
      element.localName,
    );
    for (const attribute of element.attributes) {
      expect(
        attribute.name.toLowerCase().startsWith('on'),
        `${attribute.name} on <${element.localName}>`,
      ).toBe(false);
      if (/href$/i.test(attribute.name)) expect(attribute.value.startsWith('#')).toBe(true);
      if (attribute.name !== 'xmlns') expect(attribute.value).not.toMatch(/:\/\/|url\((?!#)/);
    }
  }
}

describe('SVG export', () => {
  const design = everyKindDesign();

  it('starts from a valid design with every drawn kind', () => {
    expect(validateDesign(design).ok).toBe(true);
    const kinds = new Set(buildScene(design).nodes.map((node) => node.kind));
    expect([...kinds].sort()).toEqual(
      [
        'desktopNetwork',
        'distributedSwitch',
        'host',
        'physicalSwitch',
        'router',
        'standardSwitch',
        'vm',
      ].sort(),
    );
  });

  it('parses as XML and contains every element name as text', () => {
    const svg = exportSvg(design);
    const doc = parseXml(svg);
    expect(doc.documentElement.localName).toBe('svg');
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    const all = texts(doc);
    for (const name of drawnNames(design))
      expect(
        all.some((text) => text.includes(name)),
        name,
      ).toBe(true);
    // The nodes' own labels are real <text>, not only tooltips.
    const visible = [...doc.querySelectorAll('text')].map((element) => element.textContent ?? '');
    for (const name of HOSTILE_NAMES)
      expect(
        visible.some((text) => text.includes(name)),
        name,
      ).toBe(true);
  });

  it('has hostile names only escaped: no script, no foreignObject, no external reference', () => {
    const svg = exportSvg(design);
    const doc = parseXml(svg);
    expectSafe(svg, doc);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;/&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('draws one path per link, coloured and dashed by its status', () => {
    const scene = buildScene(design);
    const statuses = {
      'nic:web-01-n0': 'ok',
      'nic:web-02-n1': 'down',
      'cable:c1': 'unreachable',
      'uplink:dvs1:esx2:vmnic0': 'mtu',
      'nic:r1-web': 'blocked',
    } as const;
    const doc = parseXml(exportSvg(design, { statuses }));
    const paths = [...doc.querySelectorAll('path[data-link]')];
    expect(paths.map((p) => p.getAttribute('data-link')).sort()).toEqual(scene.edges.map((e) => e.id).sort());
    for (const path of paths) {
      const id = path.getAttribute('data-link')!;
      const status = statuses[id as keyof typeof statuses] ?? 'idle';
      expect(path.getAttribute('data-status')).toBe(status);
      expect(path.getAttribute('stroke')).toBe(LINK_STYLES[status].colour);
      expect(path.getAttribute('stroke-dasharray')).toBe(LINK_STYLES[status].dash ?? null);
      expect(Number(path.getAttribute('stroke-width'))).toBe(LINK_STYLES[status].width);
      expect(path.getAttribute('d')).toMatch(/^M[-\d.]+ [-\d.]+ C[-\d. ]+$/);
    }
  });

  it('shows what the canvas nodes show', () => {
    const doc = parseXml(exportSvg(design));
    const node = (id: string) => doc.querySelector(`[data-id="${id}"]`)!;
    const lines = (id: string) => [...node(id).querySelectorAll('text')].map((t) => t.textContent);
    expect(lines('web-02')).toEqual(
      expect.arrayContaining(['web-02-n0 10.0.100.12/24', '1500', 'web-02-n1 no IP']),
    );
    expect(node('web-02').getAttribute('opacity')).toBe('0.65'); // powered off
    expect(lines('tor1')).toEqual(expect.arrayContaining(['Eth1/1', 'trunk 1-4094 n1', 'access 10', 'down']));
    expect(lines('dvs1')).toEqual(expect.arrayContaining(['distributed · MTU 9000']));
    expect(lines('r1')).toEqual(expect.arrayContaining(['r1-wan', 'external', '10.0.10.1/24']));
    const down = [...node('esx1').querySelectorAll('tspan')].find((t) => t.textContent === 'vmnic1')!;
    expect(down.getAttribute('text-decoration')).toBe('line-through');
  });

  it('has a legend of every status', () => {
    const doc = parseXml(exportSvg(design));
    const legend = doc.querySelector('[data-block="legend"]')!;
    expect([...legend.querySelectorAll('[data-status]')].map((g) => g.getAttribute('data-status'))).toEqual([
      'ok',
      'mtu',
      'blocked',
      'unreachable',
      'down',
      'idle',
    ]);
  });

  it('lists problems only when given, escaped', () => {
    expect(parseXml(exportSvg(design)).querySelector('[data-block="problems"]')).toBeNull();
    const problems: Problem[] = [
      {
        code: 'duplicate-ip',
        severity: 'error',
        elements: ['web-01-n0'],
        ports: [],
        links: ['nic:web-01-n0'],
        message: '<script>alert(1)</script> and web-02 share 10.0.100.11',
      },
    ];
    const svg = exportSvg(design, { problems });
    const block = parseXml(svg).querySelector('[data-block="problems"]')!;
    expect(block.textContent).toContain('Problems (1)');
    expect(block.textContent).toContain(
      '<script>alert(1)</script> and web-02 share 10.0.100.11 [duplicate-ip]',
    );
    expect(svg).not.toMatch(/<script/i);
    const none = parseXml(exportSvg(design, { problems: [] })).querySelector('[data-block="problems"]')!;
    expect(none.textContent).toContain('Problems: none');
  });

  it('does not draw the children of a collapsed host, and links end on the host', () => {
    const collapsed: Design = { ...design, layout: { esx1: { x: 0, y: 200, collapsed: true } } };
    const doc = parseXml(exportSvg(collapsed));
    expect(doc.querySelector('[data-id="web-01"]')).toBeNull();
    expect(doc.querySelector('[data-id="vss0"]')).toBeNull();
    expect(doc.querySelector('[data-id="esx1"]')!.textContent).toContain('1 VM, 1 switch');
    expect(doc.querySelector('path[data-link="nic:web-01-n0"]')).not.toBeNull();
  });

  it('is as large as its content, with every node inside the picture', () => {
    const { text, width, height } = renderSvg(design);
    const doc = parseXml(text);
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    const shift = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(
      doc.querySelector('[data-layer="hosts"]')!.parentElement!.getAttribute('transform')!,
    )!;
    for (const node of buildScene(design).nodes.filter((n) => !n.hidden)) {
      expect(node.absX + Number(shift[1])).toBeGreaterThanOrEqual(0);
      expect(node.absY + Number(shift[2])).toBeGreaterThanOrEqual(0);
      expect(node.absX + node.w + Number(shift[1])).toBeLessThanOrEqual(width);
      expect(node.absY + node.h + Number(shift[2])).toBeLessThanOrEqual(height);
    }
  });

  it('shortens a name that does not fit and keeps it whole in a tooltip', () => {
    const long = 'x'.repeat(70) + ' <end>';
    const doc = parseXml(exportSvg(everyKindDesign([long])));
    const host = doc.querySelector('[data-id="esx1"]')!;
    expect(host.querySelector('title')!.textContent).toContain(long);
    const shown = [...host.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(shown.some((text) => text.endsWith('…') && long.startsWith(text.slice(0, -1)))).toBe(true);
  });

  it('drops characters XML cannot hold instead of producing an unreadable file', () => {
    const doc = parseXml(exportSvg(everyKindDesign(['bad\u0001name\u0000', 'ok'])));
    expect(texts(doc)).toContain('badname');
  });

  it('is deterministic', () => {
    expect(exportSvg(design)).toBe(exportSvg(structuredClone(design)));
  });

  it('exports an empty design', () => {
    const doc = parseXml(exportSvg({ format: 'vnet-design', version: 1 }));
    expect(doc.querySelector('title')!.textContent).toBe('Untitled design');
    expect(doc.querySelectorAll('path[data-link]')).toHaveLength(0);
  });

  it.each(validScenarios())('exports scenario %s with every name and link', (_file, scenario) => {
    const svg = exportSvg(scenario);
    const doc = parseXml(svg);
    expectSafe(svg, doc);
    const all = texts(doc);
    for (const name of drawnNames(scenario))
      expect(
        all.some((text) => text.includes(name)),
        name,
      ).toBe(true);
    expect(doc.querySelectorAll('path[data-link]')).toHaveLength(buildScene(scenario).edges.length);
  });
});
