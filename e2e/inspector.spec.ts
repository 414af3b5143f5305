// The inspector, the firewall table and the flows list, driven as a user would:
// select (by clicking the canvas, or through the test API), type, commit with
// Enter or by leaving the field, undo, delete.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { danglingReferences } from '../src/model/commands/fixtures/referenceCheck';
import type { Design } from '../src/model/types';
import { validateDesign } from '../src/model/validate';
import { getDocument, loadDesign, openApp } from './support/app';

const SCENARIOS = join(import.meta.dirname, '../../shared/scenarios');
const scenario = (file: string): Design => JSON.parse(readFileSync(join(SCENARIOS, file), 'utf8')) as Design;

const select = (page: Page, ids: string[]) => page.evaluate((list) => window.__vnet!.select(list), ids);

async function open(page: Page, file: string): Promise<void> {
  await openApp(page);
  await loadDesign(page, scenario(file));
}

function expectClean(doc: Design): void {
  const result = validateDesign(doc);
  expect(result.ok ? [] : result.errors).toEqual([]);
  expect(danglingReferences(doc)).toEqual([]);
}

test('clicking a node selects it; its fields edit the document and Ctrl+Z undoes each commit', async ({
  page,
}) => {
  await open(page, '06-routing-gateways.json');
  await page.getByTestId('node:web-01').locator('.vnet-node-header').click();
  await expect(page.getByTestId('inspector.form.vm')).toBeVisible();
  await expect(page.getByTestId('inspector.vm.id')).toHaveValue('web-01');

  const name = page.getByTestId('inspector.vm.name');
  await name.fill('web frontend');
  await name.press('Enter');
  const mtu = page.getByTestId('inspector.vm.nics.0.mtu');
  await mtu.fill('9000');
  await mtu.blur();
  let doc = await getDocument(page);
  expect(doc.vms?.[0]).toMatchObject({ name: 'web frontend', nics: [{ id: 'web-01-n0', mtu: 9000 }] });

  // Outside a text field, Ctrl+Z undoes the design, one commit at a time.
  await page.keyboard.press('Control+z');
  await expect(mtu).toHaveValue('');
  doc = await getDocument(page);
  expect(doc.vms?.[0]?.nics?.[0]).not.toHaveProperty('mtu');
  expect(doc.vms?.[0]?.name).toBe('web frontend');
  await page.keyboard.press('Control+z');
  await expect(name).toHaveValue('web-01');
});

test('an invalid address shows an inline error and is not committed', async ({ page }) => {
  await open(page, '06-routing-gateways.json');
  await select(page, ['web-01-n0']);
  const ip = page.getByTestId('inspector.vmNic.ip');
  await expect(ip).toHaveValue('10.0.10.11/24');

  await ip.fill('10.0.10.300/24');
  const error = page.getByTestId('inspector.vmNic.ip.error');
  await expect(error).toContainText('is not an IPv4 address');
  await expect(ip).toHaveAttribute('aria-invalid', 'true');
  await ip.press('Enter');
  await ip.blur();
  expect((await getDocument(page)).vms?.[0]?.nics?.[0]?.ip).toBe('10.0.10.11/24');

  await ip.fill('10.0.10.21/24');
  await expect(error).toHaveCount(0);
  await ip.press('Enter');
  expect((await getDocument(page)).vms?.[0]?.nics?.[0]?.ip).toBe('10.0.10.21/24');
  await expect(ip).toHaveAttribute('aria-invalid', 'false');

  // A value that parses but breaks the document (an id already in use) is refused by the command.
  const id = page.getByTestId('inspector.vmNic.id');
  await id.fill('db-01-n0');
  await id.press('Enter');
  await expect(page.getByTestId('inspector.vmNic.id.error')).toContainText('already used');
  expect((await getDocument(page)).vms?.[0]?.nics?.[0]?.id).toBe('web-01-n0');
});

test('switching an adapter to DHCP and renaming a port group rewrite the document', async ({ page }) => {
  await open(page, '06-routing-gateways.json');
  await select(page, ['web-02-n0']);
  await page.getByTestId('inspector.vmNic.ip.mode').selectOption('dhcp');
  expect((await getDocument(page)).vms?.[1]?.nics?.[0]?.ip).toBe('dhcp');

  await select(page, ['pg-web']);
  const id = page.getByTestId('inspector.portGroup.id');
  await id.fill('pg-frontend');
  await id.press('Enter');
  const doc = await getDocument(page);
  expect(doc.vms?.map((vm) => vm.nics?.[0]?.network)).toEqual([
    'pg-frontend',
    'pg-frontend',
    'pg-frontend',
    'pg-frontend',
    'pg-db',
  ]);
  expect(doc.routers?.[0]?.interfaces?.[0]?.attach).toEqual({ network: 'pg-frontend' });
  expectClean(doc);
  // The renamed port group stays selected.
  await expect(page.getByTestId('inspector.portGroup.id')).toHaveValue('pg-frontend');

  await page.getByTestId('inspector.portGroup.vlan').fill('4095');
  await expect(page.getByTestId('inspector.portGroup.vlan.error')).toContainText('1 to 4094');
});

test('deleting a host removes its VMs and leaves no dangling reference; one undo brings it back', async ({
  page,
}) => {
  await open(page, '02-distributed-switch-trunk.json');
  await page.getByTestId('node:esx1').locator('.vnet-node-header').first().click();
  await expect(page.getByTestId('inspector.form.host')).toBeVisible();
  await page.getByTestId('inspector.delete').click();

  const doc = await getDocument(page);
  expect(doc.hosts?.map((h) => h.id)).toEqual(['esx2']);
  expect(doc.vms?.map((v) => v.id)).toEqual(['app-02']);
  expect(doc.cables?.map((c) => c.id)).toEqual(['c2']);
  expect(doc.switches?.[0]).toMatchObject({ hosts: ['esx2'], uplinks: [{ host: 'esx2', nic: 'vmnic0' }] });
  expect(doc.flows).toEqual([]);
  expectClean(doc);
  await expect(page.getByTestId('node:esx1')).toHaveCount(0);
  await expect(page.getByTestId('inspector.hint')).toBeVisible();

  await page.keyboard.press('Control+z');
  expect(await getDocument(page)).toEqual(scenario('02-distributed-switch-trunk.json'));
});

test('the Delete key deletes the selection, but not while typing in a field', async ({ page }) => {
  await open(page, '02-distributed-switch-trunk.json');
  await page.getByTestId('node:app-02').locator('.vnet-node-header').click();
  const name = page.getByTestId('inspector.vm.name');
  await name.focus();
  await name.press('Delete');
  await name.press('Backspace');
  expect((await getDocument(page)).vms).toHaveLength(2);

  await name.blur();
  await page.keyboard.press('Delete');
  const doc = await getDocument(page);
  expect(doc.vms?.map((v) => v.id)).toEqual(['app-01']);
  expectClean(doc);
});

test('firewall rules: evaluation order, reorder, disable, add with selector validation, default', async ({
  page,
}) => {
  await open(page, '05-distributed-firewall.json');
  await page.getByTestId('panel.firewall.toggle').click();
  const table = page.getByTestId('firewall.rule.table');
  const rowIds = async () =>
    (
      await table
        .locator('tr[data-testid$=".row"]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))
    ).map((id) => id?.replace(/^firewall\.rule\.|\.row$/g, ''));
  // The emergency rule is evaluated first, whatever its place in the file.
  expect(await rowIds()).toEqual([
    'fw-quarantine',
    'fw-web-app',
    'fw-app-db',
    'fw-db-no-ssh',
    'fw-app-db-ssh',
  ]);
  await expect(page.getByTestId('firewall.rule.fw-quarantine.up')).toHaveCount(0);

  await page.getByTestId('firewall.rule.fw-app-db-ssh.up').click();
  expect(await rowIds()).toEqual([
    'fw-quarantine',
    'fw-web-app',
    'fw-app-db',
    'fw-app-db-ssh',
    'fw-db-no-ssh',
  ]);
  let doc = await getDocument(page);
  expect(doc.firewall?.rules?.map((r) => r.id)).toEqual([
    'fw-web-app',
    'fw-app-db',
    'fw-app-db-ssh',
    'fw-db-no-ssh',
    'fw-quarantine',
  ]);

  await page.getByTestId('firewall.rule.fw-quarantine.enabled').uncheck();
  doc = await getDocument(page);
  expect(doc.firewall?.rules?.find((r) => r.id === 'fw-quarantine')?.disabled).toBe(true);

  await page.getByTestId('firewall.add').click();
  const sources = page.getByTestId('firewall.rule.rule-01.sources');
  await sources.fill('tag:web, web-99');
  await expect(page.getByTestId('firewall.rule.rule-01.sources.error')).toContainText(
    '"web-99" names no element',
  );
  await sources.fill('tag:web, web-02');
  await sources.press('Enter');
  await page.getByTestId('firewall.rule.rule-01.action').selectOption('reject');
  await page.getByTestId('firewall.default').selectOption('reject');
  doc = await getDocument(page);
  expect(doc.firewall?.default).toBe('reject');
  expect(doc.firewall?.rules?.at(-1)).toEqual({
    id: 'rule-01',
    action: 'reject',
    sources: ['tag:web', 'web-02'],
  });

  await page.getByTestId('firewall.rule.rule-01.remove').click();
  expect((await getDocument(page)).firewall?.rules?.some((r) => r.id === 'rule-01')).toBe(false);
});

test('flows: add from pickers or an address, edit, remove', async ({ page }) => {
  await open(page, '05-distributed-firewall.json');
  await page.getByTestId('panel.flows.toggle').click();
  await page.getByTestId('flows.add.from').fill('web-01');
  await page.getByTestId('flows.add.to').fill('10.0.10.999');
  await expect(page.getByTestId('flows.add.to.error')).toBeVisible();
  await expect(page.getByTestId('flows.add.submit')).toBeDisabled();
  await page.getByTestId('flows.add.to').fill('10.0.10.31');
  await page.getByTestId('flows.add.service').fill('tcp/443');
  await page.getByTestId('flows.add.submit').click();
  let doc = await getDocument(page);
  expect(doc.flows?.at(-1)).toEqual({ id: 'flow-01', from: 'web-01', to: '10.0.10.31', service: 'tcp/443' });

  const size = page.getByTestId('flows.flow.flow-01.size');
  await size.fill('9000');
  await size.press('Enter');
  await page.getByTestId('flows.flow.flow-01.df').uncheck();
  await page.getByTestId('flows.flow.flow-01.expect').selectOption('deny');
  doc = await getDocument(page);
  expect(doc.flows?.at(-1)).toMatchObject({ size: 9000, df: false, expect: 'deny' });

  await page.getByTestId('flows.flow.f-web-app.remove').click();
  doc = await getDocument(page);
  expect(doc.flows?.map((f) => f.id)).toEqual([
    'f-app-db',
    'f-web-db',
    'f-app-db-ssh',
    'f-quarantined',
    'flow-01',
  ]);
});

test('every kind of element opens its form', async ({ page }) => {
  await openApp(page);
  const doc = scenario('06-routing-gateways.json');
  await loadDesign(page, {
    ...doc,
    physicalSwitches: [{ id: 'tor1', ports: [{ name: 'Eth1/1' }] }],
    hosts: [
      { id: 'esx1', nics: [{ name: 'vmnic0' }], vmkernels: [{ id: 'esx1-vmk0', network: 'pg-web' }] },
      { id: 'ws1', kind: 'workstation', nics: [{ name: 'eth0' }] },
    ],
    switches: [
      ...(doc.switches ?? []),
      { id: 'dvs1', type: 'distributed', hosts: ['esx1'] },
      { id: 'vmnet8', type: 'nat', host: 'ws1', subnet: '192.168.80.0/24' },
    ],
    cables: [{ id: 'c1', a: 'esx1:vmnic0', b: 'tor1:Eth1/1' }],
    firewall: { rules: [{ id: 'fw-1', action: 'allow' }] },
  });
  const kinds: [string, string][] = [
    ['esx1', 'host'],
    ['esx1-vmk0', 'vmkernel'],
    ['vss0', 'switch'],
    ['dvs1', 'switch'],
    ['vmnet8', 'switch'],
    ['pg-web', 'portGroup'],
    ['web-01', 'vm'],
    ['web-01-n0', 'vmNic'],
    ['tor1', 'physicalSwitch'],
    ['r1', 'router'],
    ['r1-web', 'routerInterface'],
    ['c1', 'cable'],
    ['fw-1', 'rule'],
    ['f-web-db', 'flow'],
  ];
  for (const [id, kind] of kinds) {
    await select(page, [id]);
    await expect(page.getByTestId(`inspector.form.${kind}`)).toBeVisible();
    await expect(page.getByTestId(`inspector.${kind}.id`)).toHaveValue(id);
  }
  // Switches of every type share one form kind: each shows the fields of its own type.
  await select(page, ['dvs1']);
  await expect(page.getByTestId('inspector.switch.hosts.esx1')).toBeChecked();
  await expect(page.getByTestId('inspector.switch.host')).toHaveCount(0);
  await select(page, ['vmnet8']);
  await expect(page.getByTestId('inspector.switch.type')).toHaveValue('nat');
  await expect(page.getByTestId('inspector.switch.subnet')).toHaveValue('192.168.80.0/24');
  await select(page, ['web-01', 'db-01']);
  await expect(page.getByTestId('inspector.count')).toHaveText('2 elements selected');
});
