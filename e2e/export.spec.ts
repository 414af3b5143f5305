// Export from the UI: SVG, PNG 1× and 2× (decoded to check their size), .drawio.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { drawnNames, everyKindDesign } from '../src/io/export/testing/designs';
import { buildScene } from '../src/scene/buildScene';
import { escapeXmlText } from '../src/io/export/xml';
import { getDocument, loadDesign, openApp } from './support/app';

const design = everyKindDesign();

async function exportAs(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('toolbar.export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export.${format}`).click(),
  ]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  expect(root).not.toBeNull();
  return { width: Number(root![1]), height: Number(root![2]) };
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await loadDesign(page, design);
});

test('SVG: every name as escaped text, one path per link, nothing active', async ({ page }) => {
  const { name, bytes } = await exportAs(page, 'svg');
  expect(name).toBe('script-alert-1-script.svg');
  const svg = bytes.toString('utf8');
  expect(
    svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
  ).toBe(true);
  for (const drawn of drawnNames(design)) expect(svg).toContain(escapeXmlText(drawn));
  expect(svg).not.toMatch(/<script|<img|foreignObject|href=|url\((?!#)/i);
  const scene = buildScene(await getDocument(page));
  expect(svg.match(/<path [^>]*data-link=/g)).toHaveLength(scene.edges.length);
});

test('PNG at 1× and 2× decodes to once and twice the size of the SVG', async ({ page }) => {
  const svg = svgSize((await exportAs(page, 'svg')).bytes.toString('utf8'));
  const one = await exportAs(page, 'png-1x');
  expect(one.name).toBe('script-alert-1-script.png');
  expect(pngSize(one.bytes)).toEqual(svg);
  const two = await exportAs(page, 'png-2x');
  expect(two.name).toBe('script-alert-1-script@2x.png');
  expect(pngSize(two.bytes)).toEqual({ width: svg.width * 2, height: svg.height * 2 });

  // The browser decodes it too, and it is not blank: the picture has the canvas background and ink.
  const decoded = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97)
      colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
    return { width: image.naturalWidth, height: image.naturalHeight, colours: colours.size };
  }, one.bytes.toString('base64'));
  expect(decoded).toMatchObject(svg);
  expect(decoded.colours).toBeGreaterThan(10);
});

test('.drawio: root cells 0 and 1, one vertex per drawn element, one edge per link', async ({ page }) => {
  const { name, bytes } = await exportAs(page, 'drawio');
  expect(name).toBe('script-alert-1-script.drawio');
  const xml = bytes.toString('utf8');
  expect(xml).toContain('<mxCell id="0"/>');
  expect(xml).toContain('<mxCell id="1" parent="0"/>');
  const scene = buildScene(await getDocument(page));
  expect(xml.match(/ vertex="1"/g)).toHaveLength(scene.nodes.filter((n) => !n.hidden).length);
  expect(xml.match(/ edge="1"/g)).toHaveLength(scene.edges.length);
  expect(xml).not.toMatch(/html=1|<script|<img/i);
  for (const drawn of drawnNames(design))
    expect(xml).toContain(escapeXmlText(drawn).replaceAll('\t', '&#9;'));

  // The browser's own XML parser reads it.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return { error: doc.querySelector('parsererror') !== null, cells: doc.querySelectorAll('mxCell').length };
  }, xml);
  expect(parsed).toEqual({ error: false, cells: 2 + scene.nodes.length + scene.edges.length });
});
