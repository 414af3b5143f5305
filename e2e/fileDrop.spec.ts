// Files dropped outside the canvas (on the palette, the inspector, the
// toolbar) go where a drop on the canvas goes: a design opens, an inventory is
// imported, anything else is refused by name and the design stays as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument, loadDesign, openApp } from './support/app';
import { dropFiles } from './support/drop';

const fixtures = join(import.meta.dirname, '../test/fixtures');
const before = { format: 'vnet-design', version: 1, name: 'Before the drop', hosts: [{ id: 'esx1' }] };
const other = {
  format: 'vnet-design',
  version: 1,
  name: 'Dropped on the inspector',
  hosts: [{ id: 'esx9' }],
};
const text = (value: string) => new TextEncoder().encode(value);

/** Imports wait on two workers starting, which takes a while on a busy machine. */
const IMPORTED = { timeout: 60_000 };

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await loadDesign(page, before);
});

test('a design .json dropped on the inspector opens, as one undo step', async ({ page }) => {
  await dropFiles(page, '[data-testid="inspector"]', [
    { name: 'other.json', bytes: text(JSON.stringify(other)), type: 'application/json' },
  ]);
  await expect(page.getByTestId('design-name')).toHaveText('Dropped on the inspector');
  expect(await getDocument(page)).toEqual(other);
  await page.keyboard.press('Control+z');
  expect(await getDocument(page)).toEqual(before);
});

test('govc JSON dropped on the palette is imported, not refused as a broken design', async ({ page }) => {
  await dropFiles(
    page,
    '.palette',
    ['hosts.json', 'vms.json'].map((name) => ({
      name,
      bytes: readFileSync(join(fixtures, 'govc', name)),
      type: 'application/json',
    })),
  );
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('govc JSON: hosts.json, vms.json', IMPORTED);
  const doc = await getDocument(page);
  expect(doc.name).toBe('Imported from hosts.json');
  expect(doc.vms?.length).toBeGreaterThan(0);
});

test('a file that is neither is refused by name on the toolbar, and nothing changes', async ({ page }) => {
  await dropFiles(page, '.toolbar', [{ name: 'notes.txt', bytes: text('hello, not an inventory') }]);
  const notice = page.getByTestId('notice').filter({ hasText: 'notes.txt was not imported' });
  await expect(notice).toBeVisible(IMPORTED);
  await expect(notice).toContainText('Your design is unchanged.');
  expect(await getDocument(page)).toEqual(before);
  await expect(page.getByTestId('import-report')).toHaveCount(0);
});
