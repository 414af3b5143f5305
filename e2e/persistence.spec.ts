import { expect, test } from '@playwright/test';
import { getDocument, loadDesign, noticeTexts, openApp, waitForApp, waitForSaved } from './support/app';
import { AUTOSAVE_DB, AUTOSAVE_STORE } from '../src/store/autosaveIndexedDb';

const lab = {
  format: 'vnet-design',
  version: 1,
  name: 'Autosave lab',
  hosts: [{ id: 'esx1', name: 'esxi-01', nics: [{ name: 'vmnic0' }] }],
  switches: [{ id: 'vss0', type: 'standard', host: 'esx1', uplinks: [{ nic: 'vmnic0' }] }],
  portGroups: [{ id: 'pg-web', switch: 'vss0', vlan: 10 }],
  vms: [{ id: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0', network: 'pg-web', ip: '10.0.10.11/24' }] }],
  'x-team': 'kept as written',
};

test('an edit is autosaved, shown as saved, and comes back after a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await loadDesign(page, lab);
  await waitForSaved(page);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.reload();
  await waitForApp(page);
  expect(await getDocument(page)).toEqual(lab);
  await expect(page.getByTestId('design-name')).toHaveText('Autosave lab');
  // The restore is not an undoable step.
  await expect(page.getByTestId('toolbar.undo')).toBeDisabled();
});

test('a corrupt autosaved design is not loaded: the app says why, keeps a copy and starts empty', async ({
  page,
}) => {
  await openApp(page);
  const corrupt = JSON.stringify({ ...lab, hosts: [{ id: 'esx 1' }] });
  await page.evaluate(
    ({ db, store, text }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(text, 'current');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onabort = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { db: AUTOSAVE_DB, store: AUTOSAVE_STORE, text: corrupt },
  );

  await page.reload();
  await waitForApp(page);
  const notice = page.getByTestId('notice').filter({ hasText: 'could not be restored' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('/hosts/0/id: ');
  await expect(notice).toContainText('A copy was kept');
  expect((await getDocument(page)).hosts).toEqual([]);

  // The next start is clean: the empty design took the corrupt one's place.
  await page.reload();
  await waitForApp(page);
  await expect(page.getByTestId('notice')).toHaveCount(0);

  const keys = await page.evaluate(
    ({ db, store }) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAllKeys();
          all.onsuccess = () => resolve(all.result.map(String));
          all.onerror = () => reject(all.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { db: AUTOSAVE_DB, store: AUTOSAVE_STORE },
  );
  expect(keys.filter((k) => k.startsWith('corrupt-'))).toHaveLength(1);
});

test('storage that cannot be opened shows an error status and a notice that says what to do', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is disabled for this site', 'SecurityError');
    };
  });
  await openApp(page);
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'error');
  await expect(status).toHaveText('Not saved: browser storage is unavailable');
  expect((await noticeTexts(page)).join('\n')).toMatch(/save it as a file \(File → Save, Ctrl\+S\)/);

  // Edits still work, and the error stays in view.
  await loadDesign(page, lab);
  await expect(page.getByTestId('design-name')).toHaveText('Autosave lab');
  await expect(status).toHaveAttribute('data-state', 'error');
});

test('a full storage shows "Not saved" and a notice once the first write fails', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await loadDesign(page, lab);
  await expect(page.getByTestId('save-status')).toHaveText('Not saved: browser storage is full');
  const notice = page.getByTestId('notice').filter({ hasText: 'Autosave failed' });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('save it as a file');
});
