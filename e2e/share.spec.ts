// Share links: copy one from the Export menu, open it in a fresh browser,
// accept, and get the same document; refuse damaged links with their errors.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { everyKindDesign } from '../src/io/export/testing/designs';
import { encodeSharePayload, SHARE_HASH_PREFIX } from '../src/io/share/shareLink';
import type { Design } from '../src/model/types';
import { getDocument, loadDesign, openApp } from './support/app';

const design: Design = { ...everyKindDesign(), layout: { 'web-01': { x: 40, y: 300 } } };

async function copyShareLink(page: Page): Promise<string> {
  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.share').click();
  const url = await page.getByTestId('export.share.url').inputValue();
  await page.getByTestId('export.share.close').click();
  return url;
}

/** A page in a new browser context: no storage, no autosave, nothing shared with the sender. */
async function freshPage(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await openApp(page, path);
  return page;
}

test('a copied share link opens the same document in a fresh browser, after asking', async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await loadDesign(page, design);
  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.share').click();
  await expect(page.getByTestId('export.share.status')).toHaveText('Copied to the clipboard.');
  const url = await page.getByTestId('export.share.url').inputValue();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await page.getByTestId('export.share.close').click();

  const receiver = await freshPage(browser, url);
  const before = await getDocument(receiver);
  await expect(receiver.getByTestId('sharedDesign.question')).toContainText(
    `Open shared design “${design.name}” as a new design? Your current design stays one undo away.`,
  );
  // Nothing is replaced until the user says so.
  expect(await getDocument(receiver)).toEqual(before);
  await receiver.getByTestId('sharedDesign.open').click();
  await expect(receiver.getByTestId('sharedDesign.dialog')).toHaveCount(0);
  expect(await getDocument(receiver)).toEqual(await getDocument(page));
  expect(new URL(receiver.url()).hash).toBe('');

  // The design that was open before is one undo away.
  await receiver.getByTestId('toolbar.undo').click();
  expect(await getDocument(receiver)).toEqual(before);
});

test('Cancel leaves the current design as it was and clears the link from the address', async ({
  page,
  browser,
}) => {
  await openApp(page);
  await loadDesign(page, design);
  const url = await copyShareLink(page);
  const receiver = await freshPage(browser, '/');
  await loadDesign(receiver, { format: 'vnet-design', version: 1, name: 'Mine', hosts: [{ id: 'h1' }] });
  const mine = await getDocument(receiver);
  // A link pasted into an open tab only changes the fragment: it is offered all the same.
  await receiver.goto(url);
  await receiver.getByTestId('sharedDesign.cancel').click();
  await expect(receiver.getByTestId('sharedDesign.dialog')).toHaveCount(0);
  expect(await getDocument(receiver)).toEqual(mine);
  expect(new URL(receiver.url()).hash).toBe('');
});

test('a damaged link shows why it cannot be opened and changes nothing', async ({ browser }) => {
  const page = await freshPage(browser, '/#design=not*base64');
  await expect(page.getByTestId('sharedDesign.errors')).toContainText(
    'characters a design link never contains',
  );
  await page.getByTestId('sharedDesign.close').click();
  expect(new URL(page.url()).hash).toBe('');
  expect((await getDocument(page)).name ?? '').not.toBe(design.name);
});

test('a link whose design does not validate lists every error with its path', async ({ browser }) => {
  const invalid = {
    format: 'vnet-design',
    version: 1,
    name: 'Broken',
    hosts: [{ id: 'esx1' }],
    vms: [{ id: 'v1', host: 'esx1', nics: [{ id: 'n1', ip: '10.0.0.300/24' }], tag: 'typo' }],
  } as unknown as Design;
  const page = await freshPage(browser, `/${SHARE_HASH_PREFIX}${encodeSharePayload(invalid)}`);
  const errors = page.getByTestId('sharedDesign.errors');
  await expect(errors).toContainText('/vms/0/tag');
  const before = await getDocument(page);
  await page.getByTestId('sharedDesign.close').click();
  expect(await getDocument(page)).toEqual(before);
  expect(before.name ?? '').not.toBe('Broken');
});

test('a design too large for a link offers to save it as a file instead', async ({ page }) => {
  await openApp(page);
  // Notes of pseudo-random text (a seeded xorshift) do not compress: the link would pass its cap.
  let seed = 2463534242;
  const noise = Array.from({ length: 40_000 }, () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) % 36).toString(36);
  }).join('');
  expect(encodeSharePayload({ ...design, notes: noise }).length).toBeGreaterThan(16 * 1024);
  await loadDesign(page, { ...design, notes: noise });
  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.share').click();
  await expect(page.getByTestId('export.share.tooLarge')).toContainText('share links stop at 16.0 KB');
  await expect(page.getByTestId('export.share.url')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export.share.saveFile').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toEqual(await getDocument(page));
});
