// Helpers for the live-evaluation specs: open a shared scenario and wait for
// its evaluation, read link statuses and flow verdicts as the user sees them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Evaluation } from '../../src/engine/types';
import type { Design } from '../../src/model/types';
import { loadDesign, openApp } from './app';

const SCENARIOS = join(import.meta.dirname, '../../../shared/scenarios');

export const scenario = (file: string): Design =>
  JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')) as Design;

export async function whenEvaluated(page: Page): Promise<void> {
  await page.evaluate(() => (window.__vnet!.whenEvaluated as () => Promise<void>)());
}

export async function evaluation(page: Page): Promise<Evaluation> {
  const result = await page.evaluate(() => (window.__vnet!.getEvaluation as () => Evaluation | null)());
  if (!result) throw new Error('no evaluation yet');
  return result;
}

/** Opens the app on a scenario and waits until its links are coloured. */
export async function openScenario(page: Page, file: string): Promise<Design> {
  const doc = scenario(file);
  await openApp(page);
  await loadDesign(page, doc);
  await whenEvaluated(page);
  return doc;
}

export const link = (page: Page, id: string): Locator => page.getByTestId(`link:${id}`);

/** Waits until every listed link shows its status. */
export async function expectLinks(page: Page, statuses: Record<string, string>): Promise<void> {
  for (const [id, status] of Object.entries(statuses))
    await expect(link(page, id), id).toHaveAttribute('data-status', status);
}

/** Waits until the flow has this verdict in the evaluation on screen. */
export async function expectVerdict(page: Page, flow: string, verdict: string): Promise<void> {
  await expect
    .poll(async () => (await evaluation(page)).flows.find((f) => f.id === flow)?.verdict, flow)
    .toBe(verdict);
}

export async function postedToEvaluator(page: Page): Promise<number> {
  return page.evaluate(() => (window.__vnet!.evaluatorStats as () => { posted: number })().posted);
}

/**
 * Moves the pointer onto a visible stretch of a link. Links run under the nodes, so the middle
 * of a link's box may well be covered by a switch: walk along the path until the edge itself is
 * what the pointer would hit.
 */
export async function hoverLink(page: Page, id: string): Promise<void> {
  await expect(link(page, id)).toBeVisible();
  const point = await page.evaluate((testId) => {
    const path = document.querySelector<SVGPathElement>(`[data-testid="${testId}"]`)!;
    const edge = path.closest('.react-flow__edge');
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    for (let step = 1; step < 40; step++) {
      const onPath = path.getPointAtLength((length * step) / 40).matrixTransform(matrix);
      if (document.elementFromPoint(onPath.x, onPath.y)?.closest('.react-flow__edge') === edge)
        return { x: onPath.x, y: onPath.y };
    }
    return null;
  }, `link:${id}`);
  if (!point) throw new Error(`no stretch of ${id} is uncovered`);
  await page.mouse.move(point.x, point.y);
}

/** A pointer drag in small steps, as a person makes it (React Flow needs the moves in between). */
export async function drag(page: Page, from: Locator, by: { x: number; y: number }): Promise<void> {
  const box = await from.boundingBox();
  if (!box) throw new Error('element is not visible');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 5, start.y + 5, { steps: 2 });
  await page.mouse.move(start.x + by.x, start.y + by.y, { steps: 12 });
  await page.mouse.up();
}
