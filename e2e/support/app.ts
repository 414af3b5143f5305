// Page object for every spec: open the app, load a design, read it back,
// wait for autosave. Drive the UI with data-testids; use window.__vnet
// (src/app/testApi.ts) to set up and to read the document.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { Design } from '../../src/model/types';
// Brings in the `window.__vnet` declaration for every spec that uses this helper.
import type { VnetApi } from '../../src/app/testApi';
import { AUTOSAVE_DB, AUTOSAVE_KEY, AUTOSAVE_STORE } from '../../src/store/autosaveIndexedDb';

export type { VnetApi };

/** Opens the app and waits until it is ready: the autosaved design restored and the test API installed. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await waitForApp(page);
}

/** Waits for the app after a navigation of the test's own, such as `page.reload()`. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__vnet !== undefined);
}

/** Loads a design through the test API, as an undoable step; fails the test if it is refused. */
export async function loadDesign(page: Page, doc: unknown): Promise<void> {
  const result = await page.evaluate((d) => window.__vnet!.loadDocument(d), doc);
  expect(result, 'the design should be valid').toEqual({ ok: true });
}

export async function getDocument(page: Page): Promise<Design> {
  return page.evaluate(() => window.__vnet!.getDocument());
}

/** Reads what autosave last wrote (the design text), or null. */
export async function readAutosaved(page: Page): Promise<string | null> {
  return page.evaluate(
    async ({ db, store, key }) => {
      // Opening a database that does not exist would create it empty, under the app's feet.
      if (!(await indexedDB.databases()).some((info) => info.name === db)) return null;
      return new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const connection = open.result;
          if (!connection.objectStoreNames.contains(store)) {
            connection.close();
            resolve(null);
            return;
          }
          const get = connection.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            connection.close();
            resolve((get.result as string | undefined) ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      });
    },
    { db: AUTOSAVE_DB, store: AUTOSAVE_STORE, key: AUTOSAVE_KEY },
  );
}

/**
 * Waits until the toolbar says "Saved" and storage holds the current document. Both, because the
 * status shown may still be the one from before the last edit.
 */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect
    .poll(async () => {
      const [stored, doc] = [await readAutosaved(page), await getDocument(page)];
      return stored !== null && JSON.stringify(JSON.parse(stored)) === JSON.stringify(doc);
    })
    .toBe(true);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

/** The texts of the notices on screen, with their detail lines. */
export async function noticeTexts(page: Page): Promise<string[]> {
  return page.getByTestId('notice').allInnerTexts();
}
