import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { getDocument, loadDesign, openApp } from './support/app';

const lab = {
  format: 'vnet-design',
  version: 1,
  name: 'Payments lab',
  hosts: [{ id: 'esx1', name: 'esxi-01' }],
  vms: [{ id: 'pay-01', host: 'esx1' }],
};
const other = { format: 'vnet-design', version: 1, name: 'Opened from disk', hosts: [{ id: 'esx9' }] };
const jsonFile = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)),
});

const examplesDir = join(import.meta.dirname, '../public/examples');
const examples = JSON.parse(readFileSync(join(examplesDir, 'index.json'), 'utf8')) as {
  file: string;
  title: string;
}[];

async function fileMenu(page: Page, item: 'new' | 'open' | 'save') {
  await page.getByTestId('toolbar.file').click();
  await page.getByTestId(`file.${item}`).click();
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await loadDesign(page, lab);
});

test('Save downloads <name>.json holding exactly the document', async ({ page }) => {
  const [download] = await Promise.all([page.waitForEvent('download'), fileMenu(page, 'save')]);
  expect(download.suggestedFilename()).toBe('payments-lab.json');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toBe(`${JSON.stringify(lab, null, 2)}\n`);
  expect(JSON.parse(text)).toEqual(await getDocument(page));

  const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  expect(again.suggestedFilename()).toBe('payments-lab.json');
});

test('opening a valid file replaces the design, and undo brings the old one back', async ({ page }) => {
  await page.getByTestId('file.open-input').setInputFiles(jsonFile('other.json', other));
  await expect(page.getByTestId('design-name')).toHaveText('Opened from disk');
  expect(await getDocument(page)).toEqual(other);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('design-name')).toHaveText('Payments lab');
  expect(await getDocument(page)).toEqual(lab);
});

test('an invalid file lists every error and leaves the design untouched', async ({ page }) => {
  const bad = {
    ...other,
    hosts: [{ id: 'esx9', colour: 'red' }],
    vms: [{ id: 'v1', host: 'esx9', nics: [{ id: 'n1', ip: '10.0.0.300/24' }] }],
  };
  await page.getByTestId('file.open-input').setInputFiles(jsonFile('bad.json', bad));
  const notice = page.getByTestId('notice').filter({ hasText: 'bad.json was not opened' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('it has 2 errors. Your design is unchanged.');
  await expect(notice.locator('li')).toHaveText([/^\/hosts\/0\/colour: /, /^\/vms\/0\/nics\/0\/ip: /]);
  expect(await getDocument(page)).toEqual(lab);
  await expect(page.getByTestId('toolbar.undo')).toBeEnabled(); // only the setup load is in history

  await page.getByTestId('file.open-input').setInputFiles(jsonFile('notes.json', 'not json at all'));
  await expect(page.getByTestId('notice').filter({ hasText: 'notes.json was not opened' })).toContainText(
    'not valid JSON',
  );
  expect(await getDocument(page)).toEqual(lab);
});

test('Ctrl+O opens the file picker', async ({ page }) => {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
  await chooser.setFiles(jsonFile('other.json', other));
  await expect(page.getByTestId('design-name')).toHaveText('Opened from disk');
});

test('a .json file dropped on the window opens', async ({ page }) => {
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(other));
  await page.dispatchEvent('.app-canvas', 'dragover', { dataTransfer });
  await page.dispatchEvent('.app-canvas', 'drop', { dataTransfer });
  await expect(page.getByTestId('design-name')).toHaveText('Opened from disk');
  expect(await getDocument(page)).toEqual(other);
});

test('New design starts empty, says how to undo it, and Ctrl+Z restores the design', async ({ page }) => {
  await fileMenu(page, 'new');
  await expect(
    page.getByTestId('notice').filter({ hasText: 'New design. Undo restores the previous one.' }),
  ).toBeVisible();
  const empty = await getDocument(page);
  expect(empty.hosts).toEqual([]);
  expect(empty.vms).toEqual([]);
  await page.keyboard.press('Control+z');
  expect(await getDocument(page)).toEqual(lab);
});

for (const example of examples)
  test(`the example "${example.title}" opens as its file`, async ({ page }) => {
    await page.getByTestId('toolbar.examples').click();
    await page.getByTestId(`examples.${example.file.replace(/\.json$/, '')}`).click();
    const content = JSON.parse(readFileSync(join(examplesDir, example.file), 'utf8'));
    await expect(page.getByTestId('design-name')).toHaveText(content.name);
    expect(await getDocument(page)).toEqual(content);
    await page.keyboard.press('Control+z');
    expect(await getDocument(page)).toEqual(lab);
  });

test('the File menu works from the keyboard', async ({ page }) => {
  const button = page.getByTestId('toolbar.file');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('file.new')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('file.save')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('file.new')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
  expect(await getDocument(page)).toEqual(lab);
});
