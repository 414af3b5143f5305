import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { listLinks } from '../src/model/links';
import type { Design } from '../src/model/types';
import { getDocument, loadDesign, openApp } from './support/app';

const SCENARIOS = join(import.meta.dirname, '../../shared/scenarios');

const twoHosts: Design = {
  format: 'vnet-design',
  version: 1,
  name: 'Two hosts',
  hosts: [
    { id: 'esx1', name: 'esxi-01', nics: [{ name: 'vmnic0' }] },
    { id: 'esx2', name: 'esxi-02', nics: [{ name: 'vmnic0' }] },
  ],
  switches: [{ id: 'vss0', name: 'vSwitch0', type: 'standard', host: 'esx1' }],
  portGroups: [{ id: 'pg-web', name: 'Web', switch: 'vss0' }],
  vms: [
    { id: 'web-01', name: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0' }] },
    { id: 'far-01', name: 'far-01', host: 'esx2', nics: [{ id: 'far-01-n0' }] },
  ],
  layout: { esx1: { x: 0, y: 0 }, esx2: { x: 700, y: 0 } },
};

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A pointer drag in small steps, as a person makes it (React Flow needs the moves in between). */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

const handle = (page: Page, node: string, id: string) => page.getByTestId(`handle:${node}:${id}`);
const header = (page: Page, node: string) => page.getByTestId(`node:${node}`).locator('.vnet-node-header');

test.describe('palette', () => {
  test('drops hosts onto the canvas and VMs into a host, and refuses a VM outside one', async ({ page }) => {
    await openApp(page);
    const canvas = page.getByTestId('canvas');
    await page.getByTestId('palette.esxiHost').dragTo(canvas, { targetPosition: { x: 120, y: 120 } });
    await expect(page.getByTestId('node:esx-01')).toBeVisible();
    let doc = await getDocument(page);
    expect(doc.hosts).toEqual([
      { id: 'esx-01', name: 'esxi-01', nics: [{ name: 'vmnic0' }, { name: 'vmnic1' }] },
    ]);
    expect(doc.layout?.['esx-01']).toBeDefined();

    const host = page.getByTestId('node:esx-01');
    const box = (await host.boundingBox())!;
    await page.getByTestId('palette.vm').dragTo(host, { targetPosition: { x: 40, y: box.height / 2 } });
    await expect(page.getByTestId('node:vm-01')).toBeVisible();
    doc = await getDocument(page);
    expect(doc.vms).toEqual([
      { id: 'vm-01', name: 'vm-01', host: 'esx-01', nics: [{ id: 'vm-01-n0', adapter: 'vmxnet3' }] },
    ]);

    await page.getByTestId('palette.vm').dragTo(canvas, { targetPosition: { x: 600, y: 500 } });
    await expect(page.getByTestId('notice').last()).toContainText('A VM lives inside a host');
    expect(await getDocument(page)).toEqual(doc);
  });

  test('adds into the selected host from the keyboard', async ({ page }) => {
    await openApp(page);
    await loadDesign(page, twoHosts);
    await page.evaluate(() => window.__vnet!.select(['esx2']));
    await page.getByTestId('palette.vm').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('node:vm-01')).toBeVisible();
    const doc = await getDocument(page);
    expect(doc.vms?.find((vm) => vm.id === 'vm-01')?.host).toBe('esx2');
  });
});

test.describe('connections', () => {
  test('dragging an adapter onto a port group connects it', async ({ page }) => {
    await openApp(page);
    await loadDesign(page, twoHosts);
    await drag(
      page,
      await centreOf(handle(page, 'web-01', 'a:web-01-n0')),
      await centreOf(handle(page, 'vss0', 'pg:pg-web')),
    );
    await expect(page.getByTestId('link:nic:web-01-n0')).toHaveAttribute('data-status', 'idle');
    const doc = await getDocument(page);
    expect(doc.vms?.[0]?.nics).toEqual([{ id: 'web-01-n0', network: 'pg-web' }]);
  });

  test('a refused connection shows why and leaves the design unchanged', async ({ page }) => {
    await openApp(page);
    await loadDesign(page, twoHosts);
    const before = await getDocument(page);
    await drag(
      page,
      await centreOf(handle(page, 'far-01', 'a:far-01-n0')),
      await centreOf(handle(page, 'vss0', 'pg:pg-web')),
    );
    await expect(page.getByTestId('notice').last()).toContainText(
      "far-01's adapter cannot join port group Web: its switch vSwitch0 is on esxi-01, not on esxi-02.",
    );
    expect(await getDocument(page)).toEqual(before);
    await expect(page.getByTestId('link:nic:far-01-n0')).toHaveCount(0);
  });
});

test.describe('moving nodes', () => {
  test('dragging a VM into another host moves it there', async ({ page }) => {
    await openApp(page);
    await loadDesign(page, twoHosts);
    const target = (await page.getByTestId('node:esx1').boundingBox())!;
    const from = await centreOf(header(page, 'far-01'));
    await drag(page, from, { x: target.x + target.width / 2, y: target.y + target.height - 30 });
    await expect.poll(async () => (await getDocument(page)).vms?.[1]?.host).toBe('esx1');
    const layout = (await getDocument(page)).layout?.['far-01'];
    expect(layout?.y).toBeGreaterThan(0);
  });

  test('a node drag is one undo step', async ({ page }) => {
    await openApp(page);
    await loadDesign(page, twoHosts);
    const node = page.getByTestId('node:esx2');
    const before = await node.boundingBox();
    const from = await centreOf(header(page, 'esx2'));
    await drag(page, from, { x: from.x + 60, y: from.y + 120 });
    await expect.poll(async () => (await getDocument(page)).layout?.esx2).not.toEqual({ x: 700, y: 0 });
    expect(await node.boundingBox()).not.toEqual(before);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await getDocument(page)).layout?.esx2).toEqual({ x: 700, y: 0 });
    expect(await node.boundingBox()).toEqual(before);
    expect((await getDocument(page)).name).toBe('Two hosts');
  });
});

// Their statuses, live from the evaluator, are compared with the CLI in evaluationWorker.spec.ts.
test('every link of every valid scenario is drawn', async ({ page }) => {
  await openApp(page);
  const files = readdirSync(SCENARIOS).filter((f) => /^\d+-.*\.json$/.test(f) && !f.includes('.expected.'));
  let drawn = 0;
  for (const file of files) {
    const doc = JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')) as Design;
    const loaded = await page.evaluate((d) => window.__vnet!.loadDocument(d), doc);
    if (!loaded.ok) continue;
    for (const link of listLinks(doc)) {
      await expect(page.getByTestId(`link:${link.id}`), `${file}: ${link.id}`).toHaveAttribute('data-status');
      drawn++;
    }
  }
  expect(drawn).toBeGreaterThan(40);
});
