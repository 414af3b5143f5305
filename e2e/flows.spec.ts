// The flows panel with verdicts, a flow's path highlighted on the canvas and
// traced hop by hop, and "Test from here" on a VM.
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from './support/app';
import { evaluation, link, openScenario, whenEvaluated } from './support/live';

async function openFlows(page: Page): Promise<void> {
  await page.getByTestId('panel.flows.toggle').click();
  await expect(page.getByTestId('flows.table')).toBeVisible();
}

test('every flow shows the verdict, pass mark and message of the evaluation, with a summary', async ({
  page,
}) => {
  await openScenario(page, '06-routing-gateways.json');
  await openFlows(page);
  const flows = (await evaluation(page)).flows;
  expect(flows.length).toBeGreaterThan(1);
  for (const f of flows) {
    const badge = page.getByTestId(`flow-verdict:${f.id}`);
    await expect(badge).toHaveAttribute('data-verdict', f.verdict);
    await expect(badge).toHaveAttribute('data-pass', String(f.pass));
    await expect(page.getByTestId(`flows.flow.${f.id}.message`)).toHaveText(f.message);
  }
  const passing = flows.filter((f) => f.pass).length;
  await expect(page.getByTestId('flows.summary')).toContainText(
    `${passing} passing / ${flows.length - passing} failing`,
  );
});

test('selecting a failing flow traces its hops and highlights its path until Escape', async ({ page }) => {
  await openScenario(page, '03-vlan-not-carried.json');
  await openFlows(page);
  const failing = (await evaluation(page)).flows.find((f) => !f.pass);
  expect(failing, 'scenario 03 has a failing flow').toBeDefined();
  const { id, hops, links, stopLink } = failing!;
  await expect(page.getByTestId('trace')).toHaveCount(0);

  // A click on the row (not on one of its fields) selects the flow.
  await page.getByTestId(`flows.flow.${id}.message`).click();
  await expect(page.getByTestId(`flows.flow.${id}.trace`)).toHaveAttribute('aria-pressed', 'true');
  const rows = page.getByTestId('trace').getByTestId('trace-hop');
  await expect(rows).toHaveCount(hops.length);
  await expect(rows.first()).toContainText(`1 ${hops[0]!.element} (${hops[0]!.kind})`);
  const stop = rows.last();
  await expect(stop).toHaveAttribute('data-stop', 'true');
  await expect(stop).toContainText(hops.at(-1)!.note);
  await expect(stop).toContainText('unreachable (vlan-not-carried)');
  await expect(stop.locator('button')).toHaveCSS('color', 'rgb(198, 40, 40)');

  expect(links.length).toBeGreaterThan(0);
  for (const linkId of links) await expect(link(page, linkId)).toHaveClass(/\bis-on-path\b/);
  await expect(link(page, stopLink!)).toHaveAttribute('data-path', 'stop');
  // The rest of the canvas steps back; the node where the flow stopped is marked.
  await expect(link(page, 'cable:c1')).not.toHaveAttribute('data-path');
  await expect(link(page, 'cable:c1')).toHaveCSS('opacity', '0.3');
  await expect(page.locator('.react-flow__node.vnet-path-end.is-dropped')).toHaveAttribute(
    'data-id',
    failing!.at,
  );

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('trace')).toHaveCount(0);
  await expect(link(page, stopLink!)).not.toHaveAttribute('data-path');
  await expect(link(page, 'cable:c1')).toHaveCSS('opacity', '1');
  await expect(page.locator('.react-flow__node.vnet-path-end')).toHaveCount(0);

  // From the keyboard: the verdict is a toggle button.
  const toggle = page.getByTestId(`flows.flow.${id}.trace`);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('trace')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('trace')).toHaveCount(0);
});

test('a hop selects its element; the highlight stays, and a click on the row again clears it', async ({
  page,
}) => {
  await openScenario(page, '06-routing-gateways.json');
  await openFlows(page);
  const delivered = (await evaluation(page)).flows.find((f) => f.id === 'f-web-db')!;
  expect(delivered.verdict).toBe('allowed');
  await page.getByTestId('flows.flow.f-web-db.message').click();
  for (const linkId of delivered.links)
    await expect(link(page, linkId)).toHaveAttribute('data-path', 'crossed');
  await expect(page.locator('.react-flow__node.vnet-path-end.is-delivered')).toHaveAttribute(
    'data-id',
    'db-01',
  );
  await expect(page.getByTestId('trace-hop').locator('[data-stop]')).toHaveCount(0);

  await page.getByTestId('trace-hop').filter({ hasText: 'r1 receives it' }).getByRole('button').click();
  await expect(page.getByTestId('inspector.form.router')).toBeVisible();
  await expect(page.getByTestId('trace')).toBeVisible();
  await expect(link(page, 'nic:r1-web')).toHaveAttribute('data-path', 'crossed');

  await page.getByTestId('flows.flow.f-web-db.message').click();
  await expect(page.getByTestId('trace')).toHaveCount(0);
  // The hop zoomed in on r1, so some of the path is off screen (and not drawn): look at every link drawn.
  await expect(page.locator('.vnet-link[data-path]')).toHaveCount(0);
});

test('"Test from here" shows a verdict without saving; "Save as flow" adds it and Ctrl+Z removes it', async ({
  page,
}) => {
  await openScenario(page, '03-vlan-not-carried.json');
  const before = await getDocument(page);
  const saved = (await evaluation(page)).flows.find((f) => f.id === 'f-app')!;

  await page.evaluate(() => window.__vnet!.select(['app-01']));
  await page.getByTestId('test-from-here').click();
  await page.getByTestId('test-from-here.to').fill('app-02');
  await page.getByTestId('test-from-here.run').click();
  const verdict = page.getByTestId('test-from-here.verdict');
  // Same ends as the saved flow f-app, and the firewall allows everything: the same verdict.
  await expect(verdict).toHaveAttribute('data-verdict', saved.verdict);
  await expect(page.getByTestId('test-from-here.message')).toContainText('app-01 → app-02 icmp');
  const trace = page.getByTestId('test-from-here.popover').getByTestId('trace-hop');
  await expect(trace.last()).toHaveAttribute('data-stop', 'true');
  await expect(link(page, 'cable:c2')).toHaveAttribute('data-path', 'stop');
  expect(await getDocument(page)).toEqual(before);

  await page.getByTestId('test-from-here.save').click();
  await expect(page.getByTestId('test-from-here.saved')).toBeVisible();
  const after = await getDocument(page);
  expect(after.flows).toHaveLength(before.flows!.length + 1);
  const added = after.flows!.at(-1)!;
  expect(added).toEqual({ id: added.id, from: 'app-01', to: 'app-02' });
  await whenEvaluated(page);
  await expect(page.getByTestId(`flow-verdict:${added.id}`)).toHaveAttribute('data-verdict', saved.verdict);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await getDocument(page)).flows).toEqual(before.flows);
  await expect(page.getByTestId(`flow-verdict:${added.id}`)).toHaveCount(0);
});

test('a flow added as expected to be denied passes when it is not delivered', async ({ page }) => {
  await openScenario(page, '06-routing-gateways.json');
  await openFlows(page);
  await page.getByTestId('flows.add.from').fill('web-02');
  await page.getByTestId('flows.add.to').fill('db-01');
  await page.getByTestId('flows.add.expect').selectOption('deny');
  await page.getByTestId('flows.add.submit').click();
  const added = (await getDocument(page)).flows!.at(-1)!;
  expect(added).toEqual({ id: added.id, from: 'web-02', to: 'db-01', expect: 'deny' });
  await whenEvaluated(page);
  const badge = page.getByTestId(`flow-verdict:${added.id}`);
  await expect(badge).toHaveAttribute('data-verdict', 'unreachable');
  await expect(badge).toHaveAttribute('data-pass', 'true');
  await expect(page.getByTestId('flows.add.expect')).toHaveValue('allow');
});
