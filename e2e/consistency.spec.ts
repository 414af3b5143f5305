// What holds across the whole app: shortcuts that never fight each other or
// reach past a dialog, panels with names, visible focus, and a toolbar that
// fits a 1280-pixel screen.
import { expect, test, type Page } from '@playwright/test';
import { getDocument, loadDesign, openApp } from './support/app';
import { link, openScenario, scenario, whenEvaluated } from './support/live';

const lab = {
  format: 'vnet-design',
  version: 1,
  name: 'Keyboard lab',
  hosts: [{ id: 'esx1' }],
  vms: [{ id: 'web-01', host: 'esx1' }],
};

async function highlightFailingFlow(page: Page): Promise<string> {
  await page.getByTestId('panel.flows.toggle').click();
  const flows = (await page.evaluate(() => window.__vnet!.getDocument())).flows ?? [];
  const id = flows[0]!.id;
  await page.getByTestId(`flows.flow.${id}.message`).click();
  await expect(page.getByTestId(`flows.flow.${id}.trace`)).toHaveAttribute('aria-pressed', 'true');
  return id;
}

test('a loaded design drops the path highlight of the one before, even when its flows have the same ids', async ({
  page,
}) => {
  await openScenario(page, '03-vlan-not-carried.json');
  const id = await highlightFailingFlow(page);
  await expect(page.locator('.is-on-path').first()).toBeAttached();

  await loadDesign(page, { ...scenario('03-vlan-not-carried.json'), name: 'Reopened' });
  await whenEvaluated(page);
  await expect(page.getByTestId(`flows.flow.${id}.trace`)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('trace')).toHaveCount(0);
  await expect(page.locator('.is-on-path')).toHaveCount(0);
});

test('a modal dialog keeps the keyboard: Ctrl+Z and Delete do not reach the design, Escape only closes it', async ({
  page,
}) => {
  await openScenario(page, '03-vlan-not-carried.json');
  const id = await highlightFailingFlow(page);
  const before = await getDocument(page);
  await page.evaluate(() => window.__vnet!.select(['app-01']));

  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.share').click();
  const dialog = page.getByTestId('export.share.dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('export.share.close').focus();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Delete');
  expect(await getDocument(page)).toEqual(before);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // The highlight was not what Escape was for.
  await expect(page.getByTestId(`flows.flow.${id}.trace`)).toHaveAttribute('aria-pressed', 'true');
  await expect(link(page, 'nic:app-01-n0')).toBeAttached();
});

test('Ctrl+Z undoes a checkbox just toggled, while focus is still on it; in a text field it stays the field’s own', async ({
  page,
}) => {
  await openApp(page);
  await loadDesign(page, lab);
  await page.evaluate(() => window.__vnet!.select(['web-01']));
  const power = page.getByTestId('inspector.vm.power');
  await power.click();
  await expect(power).not.toBeChecked();
  expect((await getDocument(page)).vms?.[0]?.power).toBe('off');
  await expect(power).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(power).toBeChecked();
  expect((await getDocument(page)).vms?.[0]?.power).toBeUndefined();

  const tags = page.getByTestId('inspector.vm.tags');
  await tags.fill('web');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Delete');
  expect(await getDocument(page)).toEqual(lab);
});

test('every panel, menu and dialog has an accessible name', async ({ page }) => {
  await openScenario(page, '06-routing-gateways.json');
  for (const panel of ['problems', 'flows', 'firewall'])
    await page.getByTestId(`panel.${panel}.toggle`).click();
  await page.getByTestId('toolbar.export').click();
  await page.getByTestId('export.share').click();
  await expect(page.getByTestId('export.share.dialog')).toBeVisible();
  const unnamed = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'aside, main, nav, section, dialog, [role="dialog"], [role="toolbar"], [role="menu"], [role="region"]',
      ),
    ]
      .filter((el) => {
        const labelledBy = el.getAttribute('aria-labelledby');
        const byId = labelledBy ? document.getElementById(labelledBy)?.textContent?.trim() : '';
        return !(el.getAttribute('aria-label')?.trim() || byId);
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
});

test('keyboard focus is visible on menu items and fields', async ({ page }) => {
  await openApp(page);
  await loadDesign(page, lab);
  await page.getByTestId('toolbar.file').focus();
  await page.keyboard.press('Enter');
  const item = page.getByTestId('file.new');
  await expect(item).toBeFocused();
  await expect(item).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__vnet!.select(['web-01']));
  const notes = page.locator('[data-testid="inspector"] textarea').first();
  await notes.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(notes).toHaveCSS('outline-style', 'solid');
});

test('the toolbar fits a 1280 × 800 screen with a long name, problems and an autosave error', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openScenario(page, '09-teaming-standby-inconsistent.json');
  await loadDesign(page, {
    ...scenario('09-teaming-standby-inconsistent.json'),
    name: 'Payments platform, second data centre: production and disaster recovery networks',
  });
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'error');
  await whenEvaluated(page);
  await page.screenshot({ path: testInfo.outputPath('toolbar-1280.png') });

  const overflow = await page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.toolbar')!;
    const box = bar.getBoundingClientRect();
    const controls = [...bar.querySelectorAll<HTMLElement>('button, [data-testid="save-status"]')];
    return {
      scrolls: bar.scrollWidth > bar.clientWidth,
      outside: controls
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < box.left || r.right > box.right || r.width === 0;
        })
        .map((el) => el.textContent),
    };
  });
  expect(overflow).toEqual({ scrolls: false, outside: [] });
  await expect(page.getByTestId('save-status')).toBeInViewport({ ratio: 1 });
});
