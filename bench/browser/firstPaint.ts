// First paint of a design in Chromium: open the app, fetch the design as a
// file would be read (its JSON text), parse it, load it through
// `window.__vnet.loadDocument`, and stop the clock when the canvas shows its
// nodes (two animation frames after they are in the DOM: the frame has been
// painted). Then, separately, when the first evaluation's colours are shown.
import type { Page } from '@playwright/test';

/** Where the page fetches the design from; the benchmark answers it with `page.route`. */
const DESIGN_URL = '/__bench/design.json';

export interface FirstPaint {
  /** Navigation start → the app's test API exists (the app booted, with an empty design). */
  appReadyMs: number;
  /** Start of the fetch → nodes painted: fetch, JSON.parse, validation, store, scene, React, React Flow. */
  loadToPaintMs: number;
  /** Navigation start → nodes painted. */
  navigationToPaintMs: number;
  /** Nodes painted → the first evaluation's result on screen (mostly the worker evaluating). */
  paintToColoursMs: number;
  /** Node elements in the DOM at first paint (React Flow draws only what is in view). */
  nodesDrawn: number;
  edgesDrawn: number;
}

const OPEN_AND_PAINT = `async ({ url, firstNode }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  while (!window.__vnet?.whenEvaluated) await frame();
  const appReadyMs = performance.now();
  const text = await (await fetch(url)).text();
  const loaded = window.__vnet.loadDocument(JSON.parse(text));
  if (!loaded.ok) throw new Error('the design was refused: ' + JSON.stringify(loaded.errors.slice(0, 3)));
  const selector = '[data-testid="node:' + firstNode + '"]';
  while (!document.querySelector(selector)) await frame();
  await frame();
  await frame();
  const paintedMs = performance.now();
  const nodesDrawn = document.querySelectorAll('.react-flow__node').length;
  const edgesDrawn = document.querySelectorAll('[data-testid^="link:"]').length;
  await window.__vnet.whenEvaluated();
  return {
    appReadyMs,
    loadToPaintMs: paintedMs - appReadyMs,
    navigationToPaintMs: paintedMs,
    paintToColoursMs: performance.now() - paintedMs,
    nodesDrawn,
    edgesDrawn,
  };
}`;

/** Opens `appUrl` in `page` and times the first paint of `designText`, whose first node is `firstNode`. */
export async function measureFirstPaint(
  page: Page,
  appUrl: string,
  designText: string,
  firstNode: string,
): Promise<FirstPaint> {
  await page.route(`**${DESIGN_URL}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: designText }),
  );
  await page.goto(appUrl);
  const args = JSON.stringify({ url: DESIGN_URL, firstNode });
  return (await page.evaluate(`(${OPEN_AND_PAINT})(${args})`)) as FirstPaint;
}
