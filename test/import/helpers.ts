// Shared by the import tests: fixture loading, and the reference rules of
// MODEL.md 1.1 that an imported design must keep, checked here directly so
// that the tests do not depend on how complete the validator is.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { listElements } from '../../src/model/elementIndex';
import type { Design } from '../../src/model/types';
import { validateDesign } from '../../src/model/validate';
import { importInventory, type ImportResult, type InputFile } from '../../src/io/import/index';

export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

export function readInputs(...paths: string[]): InputFile[] {
  return paths.map((path) => ({
    name: path.split('/').pop() as string,
    bytes: new Uint8Array(readFileSync(join(FIXTURES, path))),
  }));
}

export function csvSet(dialect: string): InputFile[] {
  const dir = join(FIXTURES, 'rvtools', dialect, 'csv');
  return readInputs(
    ...readdirSync(dir)
      .sort()
      .map((f) => relative(FIXTURES, join(dir, f))),
  );
}

export function importOk(files: InputFile[]): Extract<ImportResult, { ok: true }> {
  const result = importInventory(files);
  if (!result.ok) throw new Error(`import failed: ${result.error.message}`);
  return result;
}

/** Every rule of MODEL.md 1.1 an import could break: ids, references, uplinks, VLAN forms, names. */
export function expectValidDesign(doc: Design): void {
  expect(validateDesign(doc)).toMatchObject({ ok: true });
  const ids = listElements(doc).map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  const hosts = new Map((doc.hosts ?? []).map((h) => [h.id, h]));
  const switches = new Map((doc.switches ?? []).map((s) => [s.id, s]));
  const portGroups = new Map((doc.portGroups ?? []).map((p) => [p.id, p]));
  const nicOwners = new Set<string>();
  const claimNic = (host: string, nic: string) => {
    expect(
      hosts.get(host)?.nics?.some((n) => n.name === nic),
      `${host} has ${nic}`,
    ).toBe(true);
    expect(nicOwners.has(`${host}:${nic}`), `${host}:${nic} serves one switch`).toBe(false);
    nicOwners.add(`${host}:${nic}`);
  };
  for (const sw of doc.switches ?? []) {
    if (sw.type === 'standard') {
      expect(hosts.has(sw.host)).toBe(true);
      for (const u of sw.uplinks ?? []) claimNic(sw.host, u.nic);
    } else if (sw.type === 'distributed') {
      for (const h of sw.hosts ?? []) expect(hosts.has(h)).toBe(true);
      for (const u of sw.uplinks ?? []) {
        expect(sw.hosts ?? []).toContain(u.host);
        claimNic(u.host, u.nic);
      }
    }
  }
  for (const pg of doc.portGroups ?? []) {
    const sw = switches.get(pg.switch);
    expect(sw?.type === 'standard' || sw?.type === 'distributed', `${pg.id} is on a virtual switch`).toBe(
      true,
    );
    if (pg.vlan === 4095) expect(sw?.type).toBe('standard');
    if (typeof pg.vlan === 'object') expect(sw?.type).toBe('distributed');
  }
  for (const host of doc.hosts ?? [])
    for (const vmk of host.vmkernels ?? []) if (vmk.network) expect(portGroups.has(vmk.network)).toBe(true);
  for (const vm of doc.vms ?? []) {
    expect(hosts.has(vm.host)).toBe(true);
    for (const nic of vm.nics ?? []) if (nic.network) expect(portGroups.has(nic.network)).toBe(true);
  }
  for (const el of listElements(doc)) {
    const name = (el.el as { name?: string }).name;
    if (name !== undefined) expect([...name].length).toBeLessThanOrEqual(80);
  }
}

export const byName = <T extends { id: string; name?: string | undefined }>(
  list: readonly T[] | undefined,
  name: string,
): T => {
  const found = (list ?? []).find((e) => (e.name ?? e.id) === name);
  if (!found) throw new Error(`no element named ${name}`);
  return found;
};
