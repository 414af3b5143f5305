// Why the canvas shows what it shows: the legend, a link's hover explanation,
// the problems panel (click = select + zoom) and the toolbar badge.
import { expect, test } from '@playwright/test';
import { evaluation, hoverLink, link, openScenario } from './support/live';

test("the legend shows every status with the edges' own stroke and counts the links of each", async ({
  page,
}) => {
  await openScenario(page, '03-vlan-not-carried.json');
  const legend = page.getByTestId('legend');
  await expect(legend).toBeVisible();
  const links = Object.values((await evaluation(page)).links);
  for (const status of ['ok', 'mtu', 'blocked', 'unreachable', 'down', 'idle']) {
    const row = page.getByTestId(`legend.${status}`);
    await expect(row).toHaveAttribute('data-count', String(links.filter((s) => s === status).length));
  }
  await expect(page.getByTestId('legend.unreachable')).toHaveAttribute('data-count', '2');
  // The swatch is drawn with the same classes as the edges, so it has the same dashes.
  await expect(page.getByTestId('legend.unreachable').locator('line')).toHaveCSS(
    'stroke-dasharray',
    '6px, 4px',
  );
  await expect(link(page, 'cable:c2')).toHaveCSS('stroke-dasharray', '6px, 4px');
});

test('hovering a link explains its colour: the problem that names it and the flow that stops there', async ({
  page,
}) => {
  await openScenario(page, '03-vlan-not-carried.json');
  await expect(page.getByTestId('link-tooltip')).toHaveCount(0);
  await hoverLink(page, 'cable:c2');
  const tooltip = page.getByTestId('link-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toHaveAttribute('data-link', 'cable:c2');
  await expect(tooltip.getByTestId('link-tooltip.status')).toHaveAttribute('data-status', 'unreachable');
  await expect(tooltip.getByTestId('link-tooltip.problem')).toHaveAttribute('data-code', 'vlan-not-carried');
  await expect(tooltip.getByTestId('link-tooltip.problem')).toContainText('VLAN 100');
  const flow = tooltip.getByTestId('link-tooltip.flow');
  await expect(flow).toHaveAttribute('data-flow', 'f-app');
  await expect(flow).toHaveAttribute('data-relation', 'stops');
  await expect(flow).toContainText('stops here: unreachable (vlan-not-carried)');

  await page.mouse.move(5, 5);
  await expect(tooltip).toHaveCount(0);
});

test('a delivered flow is listed on the links it crosses', async ({ page }) => {
  await openScenario(page, '02-distributed-switch-trunk.json');
  await hoverLink(page, 'cable:c1');
  const tooltip = page.getByTestId('link-tooltip');
  await expect(tooltip.getByTestId('link-tooltip.status')).toHaveAttribute('data-status', 'ok');
  await expect(tooltip.getByTestId('link-tooltip.flow')).toHaveAttribute('data-relation', 'crosses');
  await expect(tooltip.getByTestId('link-tooltip.flow')).toContainText('f-app crosses it, allowed');
  await expect(tooltip.getByTestId('link-tooltip.problem')).toHaveCount(0);
});

test('the badge counts problems per severity and opens the panel; a problem click selects and zooms', async ({
  page,
}) => {
  await openScenario(page, '06-routing-gateways.json');
  const problems = (await evaluation(page)).problems;
  const count = (severity: string) => String(problems.filter((p) => p.severity === severity).length);
  const badge = page.getByTestId('problems-badge');
  for (const severity of ['error', 'warning', 'info'])
    await expect(page.getByTestId(`problems-badge.${severity}`)).toHaveText(count(severity));

  await expect(page.getByTestId('panel.problems')).not.toContainText('gateway-');
  await badge.click();
  await expect(badge).toHaveAttribute('aria-pressed', 'true');
  const items = page.getByTestId('problems.item');
  await expect(items).toHaveCount(problems.length);
  for (const severity of ['error', 'warning'])
    await expect(page.getByTestId(`problems.count.${severity}`)).toHaveText(count(severity));
  // Errors come first.
  await expect(items.first()).toHaveAttribute('data-severity', 'error');

  const target = problems.find((p) => p.code === 'gateway-not-in-subnet');
  expect(target, 'scenario 06 has a gateway outside its subnet').toBeDefined();
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await items.filter({ hasText: target!.message }).click();
  // One adapter: the inspector shows its form, and the canvas zooms to its VM.
  await expect(page.getByTestId('inspector.form.vmNic')).toBeVisible();
  await expect(page.getByTestId('inspector.vmNic.id')).toHaveValue(target!.elements[0]!);
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);

  await badge.click();
  await expect(items).toHaveCount(0);
});
