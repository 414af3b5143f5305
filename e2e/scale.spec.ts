// The canvas at scale: tier L of the benchmark (100 hosts, 5,000 VMs, 10,000
// rules, 500 flows) opens with its hosts collapsed to summaries, a host
// expands on demand (one undo step), and dragging a host is a layout edit that
// sends the evaluator nothing. No timing here: bench/browser/recolour.ts
// measures how fast.
import { expect, test, type Page } from '@playwright/test';
import { generateDesign } from '../bench/generate';
import { worstStatus } from '../src/canvas/worstStatus';
import { hostLinks } from '../src/scene/hostLinks';
import { getDocument, loadDesign, openApp } from './support/app';
import { evaluation, postedToEvaluator, whenEvaluated } from './support/live';

const design = generateDesign('L', 1);
const vmsOf = (host: string) => (design.vms ?? []).filter((vm) => vm.host === host);

/** The current zoom of the canvas. */
const zoom = (page: Page) =>
  page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    return new DOMMatrixReadOnly(getComputedStyle(viewport!).transform).a;
  });

/** Zooms the canvas in with the mouse wheel around a point until it reads comfortably. */
async function zoomInAt(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(point.x, point.y);
  while ((await zoom(page)) < 0.7) {
    const before = await zoom(page);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => zoom(page)).toBeGreaterThan(before);
  }
}

async function centreOf(page: Page, testId: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('a 5,000-VM design opens collapsed, a host expands on demand, and a drag posts no evaluation', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openApp(page);
  await loadDesign(page, design);
  await whenEvaluated(page);

  // Every host sums up what it holds: its VMs and its worst link, as the evaluation coloured them.
  const hosts = design.hosts ?? [];
  expect(hosts).toHaveLength(100);
  const statuses = (await evaluation(page)).links;
  const links = hostLinks(design);
  for (const host of [hosts[0]!, hosts[41]!, hosts[99]!]) {
    const summary = page.getByTestId(`host-summary:${host.id}`);
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(`${vmsOf(host.id).length} VMs`);
    await expect(summary.locator('[data-worst-status]')).toHaveAttribute(
      'data-worst-status',
      worstStatus(links.get(host.id), statuses),
    );
  }
  await expect(page.locator('[data-testid^="host-summary:"]')).toHaveCount(100);
  await expect(page.getByTestId(`node:${vmsOf(hosts[0]!.id)[0]!.id}`)).toHaveCount(0);
  // Opening the design wrote nothing: the collapsed hosts are the view's default.
  expect((await getDocument(page)).layout).toBeUndefined();

  // Expand the first host: its VMs appear. Ctrl+Z folds it back.
  const host = hosts[0]!.id;
  const firstVm = vmsOf(host)[0]!.id;
  await zoomInAt(page, await centreOf(page, `expand:${host}`));
  await page.getByTestId(`expand:${host}`).click();
  await expect(page.getByTestId(`node:${firstVm}`)).toBeVisible();
  await expect(page.getByTestId(`collapse:${host}`)).toBeVisible();
  expect((await getDocument(page)).layout?.[host]?.collapsed).toBe(false);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId(`node:${firstVm}`)).toHaveCount(0);
  await expect(page.getByTestId(`expand:${host}`)).toBeVisible();

  // Drag the next host by its title: a layout edit, so the evaluator gets no message.
  await whenEvaluated(page);
  const posted = await postedToEvaluator(page);
  const dragged = hosts[1]!.id;
  const title = page.getByTestId(`node:${dragged}`).locator('.vnet-node-title');
  const from = (await title.boundingBox())!;
  // Grab the title near its start: the legend may cover the rest of it, and hover() checks the
  // point really reaches the title.
  const grip = { x: Math.min(12, from.width / 2), y: from.height / 2 };
  await title.hover({ position: grip });
  const start = { x: from.x + grip.x, y: from.y + grip.y };
  await page.mouse.down();
  await page.mouse.move(start.x + 5, start.y + 5, { steps: 2 });
  await page.mouse.move(start.x + 60, start.y + 140, { steps: 12 });
  await page.mouse.up();
  await expect.poll(async () => (await getDocument(page)).layout?.[dragged]).toBeDefined();
  const moved = (await getDocument(page)).layout?.[dragged];
  expect(moved?.y).toBeGreaterThan(0);
  expect(await postedToEvaluator(page)).toBe(posted);

  // A real edit does reach the evaluator: take a NIC of that host down.
  const nic = hosts[1]!.nics![0]!.name;
  await page.getByTestId(`whatif.nic:${dragged}:${nic}`).click();
  await expect.poll(() => postedToEvaluator(page)).toBe(posted + 1);
});
