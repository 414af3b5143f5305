// Importing inventories: RVTools files dropped on the canvas or chosen in the
// Import menu, govc JSON, hostile files; the result laid out, coloured by the
// evaluator, reported, and undoable.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { V4 } from '../test/fixtures/rvtools/dialects';
import { exportFiles } from '../test/fixtures/rvtools/generate';
import { largeLab } from '../test/fixtures/rvtools/lab';
import { getDocument, loadDesign, openApp } from './support/app';

const fixtures = join(import.meta.dirname, '../test/fixtures');
const csvDir = join(fixtures, 'rvtools/v4/csv');
const csvSet = readdirSync(csvDir).map((name) => ({ name, bytes: readFileSync(join(csvDir, name)) }));
const xlsx = {
  name: 'RVTools_export_v4.xlsx',
  bytes: readFileSync(join(fixtures, 'rvtools/v4/RVTools_export_v4.xlsx')),
};

const before = {
  format: 'vnet-design',
  version: 1,
  name: 'Before the import',
  hosts: [{ id: 'esx1', name: 'esxi-01' }],
  vms: [{ id: 'pay-01', host: 'esx1' }],
  layout: { esx1: { x: 40, y: 40 } },
};

/** Drops files on the canvas as a person would: a DataTransfer built in the page from the bytes. */
async function dropOnCanvas(page: Page, files: { name: string; bytes: Uint8Array }[]) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
      return transfer;
    },
    files.map((f) => ({ name: f.name, bytes: [...f.bytes] })),
  );
  await page.dispatchEvent('.app-canvas', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.app-canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('.app-canvas', 'drop', { dataTransfer });
}

/** `data-status` of every link drawn on the canvas. */
const linkStatuses = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="link:"]')].map(
      (el) => el.getAttribute('data-status') ?? '',
    ),
  );

/** Imports wait on two workers starting, which takes a while on a busy machine. */
const IMPORTED = { timeout: 60_000 };

const whenEvaluated = (page: Page) =>
  page.evaluate(() => (window.__vnet!.whenEvaluated as () => Promise<void>)());

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await loadDesign(page, before);
});

test('an RVTools CSV set dropped on the canvas comes in laid out, coloured and reported; Ctrl+Z undoes it', async ({
  page,
}) => {
  const previous = await getDocument(page);
  const [importer] = await Promise.all([
    page.waitForEvent('worker', (w) => w.url().includes('import.worker')),
    dropOnCanvas(page, csvSet),
  ]);
  expect(importer.url()).toContain('import.worker');

  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible(IMPORTED);
  await expect(report.getByTestId('import-report.counts').locator('[data-count="hosts"] td')).toHaveText('2');
  await expect(report.getByTestId('import-report.counts').locator('[data-count="vms"] td')).toHaveText('6');
  await expect(report.getByTestId('import-report.warnings')).toContainText('Cabling is unknown');
  await expect(report.getByTestId('import-report.assumptions')).toContainText('1500 assumed');
  await expect(report.getByTestId('import-report.skipped')).toContainText('tmpl-centos is a template');

  // Laid out: every host, VM and switch has a saved position, and the canvas draws them.
  const doc = await getDocument(page);
  expect(doc.name).toBe('Imported from RVTools_tabdvPort.csv');
  const nodeIds = [...(doc.hosts ?? []), ...(doc.vms ?? []), ...(doc.switches ?? [])].map((e) => e.id);
  expect(nodeIds.length).toBeGreaterThan(10);
  expect(nodeIds.filter((id) => doc.layout?.[id] === undefined)).toEqual([]);
  const firstHost = doc.hosts![0]!.id;
  await expect(page.locator(`.react-flow__node[data-id="${firstHost}"]`)).toBeVisible();

  // Coloured by the evaluator: some links are down or unreachable, not all idle.
  await whenEvaluated(page);
  await expect
    .poll(async () => (await linkStatuses(page)).filter((s) => s !== 'idle').length)
    .toBeGreaterThan(0);

  // One undo step brings the previous design back exactly.
  await page.getByTestId('import-report.close').click();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => getDocument(page)).toEqual(previous);
});

test('the .xlsx workbook dropped on the canvas imports the same inventory', async ({ page }) => {
  await dropOnCanvas(page, [xlsx]);
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('RVTools (.xlsx): RVTools_export_v4.xlsx', IMPORTED);
  await expect(report.getByTestId('import-report.counts').locator('[data-count="vms"] td')).toHaveText('6');
  expect((await getDocument(page)).name).toBe('Imported from RVTools_export_v4.xlsx');
});

test('a truncated .xlsx is refused with a clear message and the design stays as it was', async ({ page }) => {
  const previous = await getDocument(page);
  await dropOnCanvas(page, [
    { name: 'RVTools_export_v4.xlsx', bytes: xlsx.bytes.subarray(0, xlsx.bytes.length / 2) },
  ]);
  const notice = page.getByTestId('notice').filter({ hasText: 'RVTools_export_v4.xlsx was not imported' });
  await expect(notice).toBeVisible(IMPORTED);
  await expect(notice).toContainText('damaged or cut short');
  await expect(notice).toContainText('Your design is unchanged.');
  expect(await getDocument(page)).toEqual(previous);
  await expect(page.getByTestId('import-report')).toHaveCount(0);
  // No undo step was made: Ctrl+Z goes back past the design loaded for the test.
  await page.keyboard.press('Control+z');
  expect((await getDocument(page)).name).not.toBe('Before the import');
});

test('govc JSON chosen in the Import menu comes in, and its report downloads as text', async ({ page }) => {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    (async () => {
      await page.getByTestId('toolbar.import').click();
      await page.getByTestId('import.inventory').click();
    })(),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(
    ['hosts.json', 'vms.json'].map((name) => ({
      name,
      mimeType: 'application/json',
      buffer: readFileSync(join(fixtures, 'govc', name)),
    })),
  );
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('govc JSON: hosts.json, vms.json', IMPORTED);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByTestId('import-report.download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('2-files-hosts-json-import-report.txt');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toMatch(/^Import from govc JSON: hosts\.json, vms\.json\n/);
  expect(text).toContain('Skipped rows');
  // The report can be opened again from the menu after it is closed.
  await report.getByTestId('import-report.close').click();
  await expect(report).toHaveCount(0);
  await page.getByTestId('toolbar.import').click();
  await page.getByTestId('import.show-report').click();
  await expect(page.getByTestId('import-report')).toBeVisible();
});

test('a large export shows progress while the page stays usable, then comes in', async ({ page }) => {
  test.setTimeout(5 * 60_000);
  const files = exportFiles(largeLab(3000), V4);
  const [, bytes] = [...files].find(([path]) => path.endsWith('.xlsx'))!;
  await dropOnCanvas(page, [{ name: 'RVTools_large.xlsx', bytes }]);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('Importing RVTools_large.xlsx');
  // The page answers while the worker imports: a menu opens and closes.
  await page.getByTestId('toolbar.file').click();
  await expect(page.getByTestId('file.save')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 4 * 60_000 });
  await expect(progress).toHaveCount(0);
  const doc = await getDocument(page);
  expect(doc.vms).toHaveLength(3000);
  expect(Object.keys(doc.layout ?? {}).length).toBeGreaterThan(3000);
});

test('a running import can be cancelled, and the design stays as it was', async ({ page }) => {
  test.setTimeout(3 * 60_000);
  const previous = await getDocument(page);
  const [, bytes] = [...exportFiles(largeLab(3000), V4)].find(([path]) => path.endsWith('.xlsx'))!;
  await dropOnCanvas(page, [{ name: 'RVTools_large.xlsx', bytes }]);
  await page.getByTestId('import-progress.cancel').click();
  await expect(
    page.getByTestId('notice').filter({ hasText: 'The import of RVTools_large.xlsx was cancelled' }),
  ).toBeVisible();
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  expect(await getDocument(page)).toEqual(previous);
});
