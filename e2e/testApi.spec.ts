import { expect, test } from '@playwright/test';

test('window.__vnet loads a valid design and refuses an invalid one untouched', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.__vnet !== undefined);
  const valid = { format: 'vnet-design', version: 1, name: 'API test', hosts: [{ id: 'esx1' }] };
  const loaded = await page.evaluate((doc) => window.__vnet!.loadDocument(doc), valid);
  expect(loaded).toEqual({ ok: true });
  expect(await page.evaluate(() => window.__vnet!.getDocument().name)).toBe('API test');

  const invalid = { ...valid, vms: [{ id: 'v1', host: 'esx1', nics: [{ id: 'n1', ip: '10.0.0.300/24' }] }] };
  const refused = await page.evaluate((doc) => window.__vnet!.loadDocument(doc), invalid);
  expect(refused.ok).toBe(false);
  expect(refused.ok === false && refused.errors.map((e) => e.path)).toContain('/vms/0/nics/0/ip');
  expect(await page.evaluate(() => window.__vnet!.getDocument())).toEqual(valid);
});
