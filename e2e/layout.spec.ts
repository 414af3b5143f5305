// Tidy up: the automatic layout of the open design, as one undo step that
// never reaches the evaluator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getDocument, loadDesign, openApp } from './support/app';

const scenario = JSON.parse(
  readFileSync(join(process.cwd(), '../shared/scenarios/06-routing-gateways.json'), 'utf8'),
) as { layout?: Record<string, { x: number; y: number }> };

const evaluatorMessages = (page: Page) =>
  page.evaluate(() => (window.__vnet!.evaluatorStats as () => { posted: number })().posted);

test('Tidy up moves the nodes of a scenario, sends nothing to the evaluator, and one Ctrl+Z restores them', async ({
  page,
}) => {
  await openApp(page);
  await loadDesign(page, scenario);
  await page.evaluate(() => (window.__vnet!.whenEvaluated as () => Promise<void>)());
  const before = await getDocument(page);
  const posted = await evaluatorMessages(page);

  const [worker] = await Promise.all([
    page.waitForEvent('worker', (w) => w.url().includes('layout.worker')),
    page.getByTestId('tidy-up').click(),
  ]);
  // ELK starts in a worker of its own, which takes a while on a busy machine.
  await expect
    .poll(async () => (await getDocument(page)).layout, { timeout: 60_000 })
    .not.toEqual(before.layout);
  // ELK ran in its worker, which stays for the next layout.
  expect(page.workers()).toContain(worker);
  await expect(page.getByTestId('tidy-up')).toBeEnabled();
  const after = await getDocument(page);
  const { layout: _a, ...rest } = after;
  const { layout: _b, ...restBefore } = before;
  expect(rest).toEqual(restBefore);
  const nodes = [
    ...(after.hosts ?? []),
    ...(after.vms ?? []),
    ...(after.switches ?? []),
    ...(after.routers ?? []),
  ];
  expect(nodes.filter((n) => after.layout?.[n.id] === undefined).map((n) => n.id)).toEqual([]);
  expect(await evaluatorMessages(page)).toBe(posted);

  // Tidy up again: nothing moves, so no second undo step.
  await page.getByTestId('tidy-up').click();
  await expect(page.getByTestId('tidy-up')).toBeEnabled();
  expect(await getDocument(page)).toEqual(after);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => getDocument(page)).toEqual(before);
});
