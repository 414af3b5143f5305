// The headline journey of the designer: on an empty canvas, build a
// two-host cluster on a distributed switch with palette drops, handle-to-handle
// connections and the inspector alone; read the document back, find it again
// after a reload, and undo and redo from the keyboard.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { danglingReferences } from '../src/model/commands/fixtures/referenceCheck';
import type { Design, Vm } from '../src/model/types';
import { validateDesign } from '../src/model/validate';
import { getDocument, openApp, waitForApp, waitForSaved } from './support/app';

const node = (page: Page, id: string) => page.getByTestId(`node:${id}`);
const handle = (page: Page, nodeId: string, id: string) => page.getByTestId(`handle:${nodeId}:${id}`);
const link = (page: Page, id: string) => page.getByTestId(`link:${id}`);

async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a palette item onto a node, at a point of that node's box. */
async function dropFromPalette(page: Page, kind: string, target: Locator, at: { x: number; y: number }) {
  await page.getByTestId(`palette.${kind}`).dragTo(target, { targetPosition: at });
}

/** Drags a palette item onto the canvas, at a point of the page. */
async function dropOnCanvas(page: Page, kind: string, at: { x: number; y: number }): Promise<void> {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await dropFromPalette(page, kind, canvas, { x: at.x - box.x, y: at.y - box.y });
}

/** Draws a connection from one handle to another, in small pointer steps as React Flow needs them. */
async function connectHandles(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await centreOf(from);
  const end = await centreOf(to);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 5, start.y + 5, { steps: 2 });
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
}

/** Gives the selected VM's only adapter a static address through the inspector. */
async function setVmAddress(page: Page, vm: string, ip: string): Promise<void> {
  await expect(page.getByTestId('inspector.vm.id')).toHaveValue(vm);
  await page.getByTestId('inspector.vm.nics.0.ip.mode').selectOption('static');
  const field = page.getByTestId('inspector.vm.nics.0.ip');
  await field.fill(ip);
  await field.press('Enter');
  await expect
    .poll(async () => (await getDocument(page)).vms?.find((v) => v.id === vm)?.nics?.[0]?.ip)
    .toBe(ip);
}

/** Gives the selected port group a VLAN tag through the inspector. */
async function setPortGroupVlan(page: Page, pg: string, vlan: number): Promise<void> {
  await expect(page.getByTestId('inspector.portGroup.id')).toHaveValue(pg);
  await page.getByTestId('inspector.portGroup.vlan.mode').selectOption('tag');
  const field = page.getByTestId('inspector.portGroup.vlan');
  await field.fill(String(vlan));
  await field.press('Enter');
  await expect
    .poll(async () => (await getDocument(page)).portGroups?.find((p) => p.id === pg)?.vlan)
    .toBe(vlan);
}

const esxiNics = [{ name: 'vmnic0' }, { name: 'vmnic1' }];
const vmOn = (id: string, host: string, ip: string, network: string): Vm => ({
  id,
  name: id,
  host,
  nics: [{ id: `${id}-n0`, adapter: 'vmxnet3', ip, network }],
});

/** Every element of the design built below; the rest of the document stays as the empty design had it. */
const BUILT: Partial<Design> = {
  hosts: [
    { id: 'esx-01', name: 'esxi-01', nics: esxiNics },
    { id: 'esx-02', name: 'esxi-02', nics: esxiNics },
  ],
  switches: [
    {
      id: 'dvs-01',
      name: 'DSwitch-01',
      type: 'distributed',
      hosts: ['esx-01', 'esx-02'],
      uplinks: [
        { host: 'esx-01', nic: 'vmnic0' },
        { host: 'esx-02', nic: 'vmnic0' },
      ],
    },
  ],
  portGroups: [
    { id: 'pg-01', name: 'VM Network', switch: 'dvs-01', vlan: 100 },
    { id: 'pg-02', name: 'VM Network 2', switch: 'dvs-01', vlan: 200 },
  ],
  vms: [
    vmOn('vm-01', 'esx-01', '10.0.100.11/24', 'pg-01'),
    vmOn('vm-02', 'esx-01', '10.0.200.12/24', 'pg-02'),
    vmOn('vm-03', 'esx-02', '10.0.100.13/24', 'pg-01'),
  ],
  physicalSwitches: [
    {
      id: 'sw-01',
      name: 'switch-01',
      ports: Array.from({ length: 8 }, (_, i) => ({ name: `Eth1/${i + 1}` })),
    },
  ],
  cables: [
    { id: 'c-01', a: 'esx-01:vmnic0', b: 'sw-01:Eth1/1' },
    { id: 'c-02', a: 'esx-02:vmnic0', b: 'sw-01:Eth1/2' },
  ],
};

const withoutLayout = ({ layout: _layout, ...rest }: Design): Omit<Design, 'layout'> => rest;

// Room for the whole design at zoom 1: the distributed switch above the hosts, the physical switch below.
test.use({ viewport: { width: 1920, height: 1080 } });

test('builds a two-host distributed-switch design by drag and drop and the inspector alone', async ({
  page,
}) => {
  // A long journey of many gestures, on a machine shared with other suites.
  test.slow();
  await openApp(page);
  const start = await getDocument(page);
  for (const list of [start.hosts, start.switches, start.portGroups, start.vms, start.physicalSwitches])
    expect(list ?? []).toEqual([]);
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  // The first host, its two VMs, each addressed in the inspector as soon as it is dropped.
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  await dropOnCanvas(page, 'esxiHost', {
    x: canvas.x + canvas.width / 2 - 140,
    y: canvas.y + canvas.height / 2,
  });
  await expect(node(page, 'esx-01')).toBeVisible();
  await dropFromPalette(page, 'vm', node(page, 'esx-01'), { x: 30, y: 60 });
  await expect(node(page, 'vm-01')).toBeVisible();
  await setVmAddress(page, 'vm-01', '10.0.100.11/24');
  await dropFromPalette(page, 'vm', node(page, 'esx-01'), { x: 30, y: 130 });
  await expect(node(page, 'vm-02')).toBeVisible();
  await setVmAddress(page, 'vm-02', '10.0.200.12/24');

  // A distributed switch dropped now spans the one host there is; the second host joins it
  // from the switch's inspector. The view may have centred the first node it drew: place the
  // rest from where the first host is now.
  const first = (await node(page, 'esx-01').boundingBox())!;
  await dropOnCanvas(page, 'distributedSwitch', { x: first.x + 20, y: first.y - 160 });
  await expect(node(page, 'dvs-01')).toBeVisible();
  await dropOnCanvas(page, 'esxiHost', { x: first.x + first.width + 80, y: first.y + 16 });
  await expect(node(page, 'esx-02')).toBeVisible();
  await dropFromPalette(page, 'vm', node(page, 'esx-02'), { x: 30, y: 60 });
  await expect(node(page, 'vm-03')).toBeVisible();
  await setVmAddress(page, 'vm-03', '10.0.100.13/24');

  await node(page, 'dvs-01').locator('.vnet-node-header').click();
  await expect(page.getByTestId('inspector.form.switch')).toBeVisible();
  await expect(page.getByTestId('inspector.switch.hosts.esx-01')).toBeChecked();
  await page.getByTestId('inspector.switch.hosts.esx-02').check();
  await expect(handle(page, 'dvs-01', 'up:esx-02')).toBeVisible();

  // Two port groups dropped onto the switch, tagged 100 and 200 in the inspector.
  const dvsBox = (await node(page, 'dvs-01').boundingBox())!;
  const onDvs = { x: dvsBox.width / 2, y: dvsBox.height / 2 };
  await dropFromPalette(page, 'portGroup', node(page, 'dvs-01'), onDvs);
  await expect(handle(page, 'dvs-01', 'pg:pg-01')).toBeVisible();
  await setPortGroupVlan(page, 'pg-01', 100);
  await dropFromPalette(page, 'portGroup', node(page, 'dvs-01'), onDvs);
  await expect(handle(page, 'dvs-01', 'pg:pg-02')).toBeVisible();
  await setPortGroupVlan(page, 'pg-02', 200);

  // Adapters onto port groups, host NICs onto the switch's uplinks.
  for (const [vm, pg] of [
    ['vm-01', 'pg-01'],
    ['vm-02', 'pg-02'],
    ['vm-03', 'pg-01'],
  ] as const) {
    await connectHandles(page, handle(page, vm, `a:${vm}-n0`), handle(page, 'dvs-01', `pg:${pg}`));
    await expect(link(page, `nic:${vm}-n0`)).toBeVisible();
  }
  for (const host of ['esx-01', 'esx-02']) {
    await connectHandles(page, handle(page, host, 'hn:vmnic0'), handle(page, 'dvs-01', `up:${host}`));
    await expect(link(page, `uplink:dvs-01:${host}:vmnic0`)).toBeVisible();
  }

  // A physical switch below, cabled to both hosts.
  await dropOnCanvas(page, 'physicalSwitch', { x: first.x - 140, y: first.y + 310 });
  await expect(node(page, 'sw-01')).toBeVisible();
  await connectHandles(page, handle(page, 'esx-01', 'hn:vmnic0'), handle(page, 'sw-01', 'pp:Eth1/1'));
  await expect(link(page, 'cable:c-01')).toBeVisible();
  await connectHandles(page, handle(page, 'esx-02', 'hn:vmnic0'), handle(page, 'sw-01', 'pp:Eth1/2'));
  await expect(link(page, 'cable:c-02')).toBeVisible();

  const built = await getDocument(page);
  expect(withoutLayout(built)).toEqual({ ...withoutLayout(start), ...BUILT });
  const validation = validateDesign(built);
  expect(validation.ok ? [] : validation.errors).toEqual([]);
  expect(danglingReferences(built)).toEqual([]);
  await expect(page.getByTestId('notice')).toHaveCount(0);

  // Autosave brings back the very same document, layout included.
  await waitForSaved(page);
  await page.reload();
  await waitForApp(page);
  await expect(node(page, 'sw-01')).toBeVisible();
  expect(await getDocument(page)).toEqual(built);

  // One more edit after the reload, undone and redone from the keyboard (both redo shortcuts).
  await connectHandles(page, handle(page, 'esx-01', 'hn:vmnic1'), handle(page, 'dvs-01', 'up:esx-01'));
  await expect(link(page, 'uplink:dvs-01:esx-01:vmnic1')).toBeVisible();
  const edited = await getDocument(page);
  expect(edited.switches?.[0]).toMatchObject({
    uplinks: [
      { host: 'esx-01', nic: 'vmnic0' },
      { host: 'esx-02', nic: 'vmnic0' },
      { host: 'esx-01', nic: 'vmnic1' },
    ],
  });

  await page.keyboard.press('Control+z');
  await expect(link(page, 'uplink:dvs-01:esx-01:vmnic1')).toHaveCount(0);
  expect(await getDocument(page)).toEqual(built);
  await page.keyboard.press('Control+Shift+z');
  await expect(link(page, 'uplink:dvs-01:esx-01:vmnic1')).toBeVisible();
  expect(await getDocument(page)).toEqual(edited);
  await page.keyboard.press('Control+z');
  await expect(link(page, 'uplink:dvs-01:esx-01:vmnic1')).toHaveCount(0);
  expect(await getDocument(page)).toEqual(built);
  await page.keyboard.press('Control+y');
  await expect(link(page, 'uplink:dvs-01:esx-01:vmnic1')).toBeVisible();
  expect(await getDocument(page)).toEqual(edited);
});
