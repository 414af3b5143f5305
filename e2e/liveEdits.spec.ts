// Edits recolour the canvas live, through the worker, and undo restores the
// colours: a trunk's allowed list, a firewall rule, an MTU, and the what-if
// toggles on the nodes. Dragging a node never reaches the evaluator.
import { expect, test } from '@playwright/test';
import { getDocument } from './support/app';
import {
  drag,
  evaluation,
  expectLinks,
  expectVerdict,
  link,
  openScenario,
  postedToEvaluator,
  whenEvaluated,
} from './support/live';

const ALL_GREEN_02 = {
  'nic:app-01-n0': 'ok',
  'nic:app-02-n0': 'ok',
  'uplink:dvs1:esx1:vmnic0': 'ok',
  'uplink:dvs1:esx2:vmnic0': 'ok',
  'cable:c1': 'ok',
  'cable:c2': 'ok',
};

test('trunk: removing VLAN 100 from a trunk cuts the flow and reddens its links; undo turns them green', async ({
  page,
}) => {
  await openScenario(page, '02-distributed-switch-trunk.json');
  await expectVerdict(page, 'f-app', 'allowed');
  await expectLinks(page, ALL_GREEN_02);

  await page.getByTestId('node:tor1').locator('.vnet-node-header').click();
  const allowed = page.getByTestId('inspector.physicalSwitch.ports.1.allowed');
  await expect(allowed).toHaveValue('100,200-210');
  await allowed.fill('200-210');
  await allowed.press('Enter');

  await expectVerdict(page, 'f-app', 'unreachable');
  await expectLinks(page, {
    'cable:c2': 'unreachable',
    'uplink:dvs1:esx2:vmnic0': 'unreachable',
    'nic:app-01-n0': 'idle',
    'nic:app-02-n0': 'idle',
  });
  await expect(link(page, 'cable:c2')).toHaveCSS('stroke-dasharray', '6px, 4px');

  // Outside a text field, Ctrl+Z undoes the design.
  await allowed.blur();
  await page.keyboard.press('Control+z');
  await expectVerdict(page, 'f-app', 'allowed');
  await expectLinks(page, ALL_GREEN_02);
  await expect(allowed).toHaveValue('100,200-210');
});

test('firewall: disabling the rule that allows a flow blocks it at its adapter, enabling it allows it again', async ({
  page,
}) => {
  await openScenario(page, '05-distributed-firewall.json');
  await expectVerdict(page, 'f-web-app', 'allowed');
  await expectLinks(page, { 'nic:web-01-n0': 'ok' });

  await page.getByTestId('panel.firewall.toggle').click();
  const enabled = page.getByTestId('firewall.rule.fw-web-app.enabled');
  await expect(enabled).toBeChecked();
  await enabled.uncheck();
  await expectVerdict(page, 'f-web-app', 'blocked');
  await expectLinks(page, { 'nic:web-01-n0': 'blocked' });
  await expect(link(page, 'nic:web-01-n0')).toHaveCSS('stroke', 'rgb(211, 47, 47)');

  await enabled.check();
  await expectVerdict(page, 'f-web-app', 'allowed');
  await expectLinks(page, { 'nic:web-01-n0': 'ok' });

  // Each toggle was one undo step: undoing the second blocks the flow again.
  await enabled.blur();
  await page.keyboard.press('Control+z');
  await expectVerdict(page, 'f-web-app', 'blocked');
});

test('MTU: a 9000-byte adapter on a 1500-byte switch turns its link amber', async ({ page }) => {
  await openScenario(page, '02-distributed-switch-trunk.json');
  await expectLinks(page, { 'nic:app-01-n0': 'ok' });

  await page.getByTestId('node:app-01').locator('.vnet-node-header').click();
  const mtu = page.getByTestId('inspector.vm.nics.0.mtu');
  await mtu.fill('9000');
  await mtu.blur();

  // The adapter exceeds its switch, and the two members of the domain now differ: both links are named.
  await expectLinks(page, { 'nic:app-01-n0': 'mtu', 'nic:app-02-n0': 'mtu', 'cable:c1': 'ok' });
  await expect(link(page, 'nic:app-01-n0')).toHaveCSS('stroke', 'rgb(224, 161, 0)');
  const problems = (await evaluation(page)).problems.filter((p) => p.code === 'mtu-mismatch');
  expect(problems.flatMap((p) => p.links)).toContain('nic:app-01-n0');

  await page.keyboard.press('Control+z');
  await expectLinks(page, { 'nic:app-01-n0': 'ok', 'nic:app-02-n0': 'ok' });
});

test('what-if: power, adapter, host NIC and switch port toggles take links down, one undo step each', async ({
  page,
}) => {
  const original = await openScenario(page, '02-distributed-switch-trunk.json');
  await expectLinks(page, ALL_GREEN_02);

  await page.getByTestId('whatif.power:app-01').click();
  await expectLinks(page, { 'nic:app-01-n0': 'down' });
  await expectVerdict(page, 'f-app', 'unreachable');
  await expect(page.getByTestId('whatif.power:app-01')).toHaveAttribute('aria-pressed', 'false');

  await page.getByTestId('whatif.connected:app-02-n0').click();
  await expectLinks(page, { 'nic:app-02-n0': 'down' });

  await page.getByTestId('whatif.nic:esx2:vmnic0').click();
  await expectLinks(page, { 'uplink:dvs1:esx2:vmnic0': 'down', 'cable:c2': 'down' });

  await page.getByTestId('whatif.port:tor1:Eth1/1').click();
  await expectLinks(page, { 'cable:c1': 'down' });
  await expect(page.getByTestId('whatif.port:tor1:Eth1/1')).toHaveText('down');

  const toggled = await getDocument(page);
  expect(toggled.vms?.[0]?.power).toBe('off');
  expect(toggled.vms?.[1]?.nics?.[0]?.connected).toBe(false);
  expect(toggled.hosts?.[1]?.nics?.[0]?.up).toBe(false);
  expect(toggled.physicalSwitches?.[0]?.ports?.[0]?.up).toBe(false);
  // A toggle is not a click on the node: nothing got selected.
  await expect(page.getByTestId('inspector.hint')).toBeVisible();

  for (let step = 0; step < 4; step++) await page.keyboard.press('Control+z');
  await expectLinks(page, ALL_GREEN_02);
  await expectVerdict(page, 'f-app', 'allowed');
  const restored = await getDocument(page);
  expect(restored).toEqual(original);
});

test('dragging a node sends nothing to the evaluator; an edit does', async ({ page }) => {
  await openScenario(page, '02-distributed-switch-trunk.json');
  const before = await postedToEvaluator(page);
  const layoutBefore = (await getDocument(page)).layout?.esx2;

  await drag(page, page.getByTestId('node:esx2').locator('.vnet-node-header'), { x: 80, y: 60 });
  await expect.poll(async () => (await getDocument(page)).layout?.esx2).not.toEqual(layoutBefore);
  // The evaluation sync posts synchronously on a store change, so by now a post would have been counted.
  expect(await postedToEvaluator(page)).toBe(before);

  await page.getByTestId('whatif.power:app-02').click();
  await expect.poll(() => postedToEvaluator(page)).toBeGreaterThan(before);
  await whenEvaluated(page);
  await expectLinks(page, { 'nic:app-02-n0': 'down' });
});
