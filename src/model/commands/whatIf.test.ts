import { describe, expect, it } from 'vitest';
import { validateDesign } from '../validate';
import type { Design } from '../types';
import type { CommandResult } from './command';
import { richDesign } from './fixtures/richDesign';
import { setAdapterConnected, setPortUp, setVmPower } from './whatIf';

function ok(result: CommandResult): Design {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  const check = validateDesign(result.doc);
  expect(check.ok ? [] : check.errors).toEqual([]);
  return result.doc;
}

describe('what-if toggles', () => {
  it('powers a VM off and back on, leaving the VM as written', () => {
    const doc = richDesign();
    const off = ok(setVmPower.run(doc, { vm: 'web-01', on: false }));
    expect(off.vms?.[0]?.power).toBe('off');
    const on = ok(setVmPower.run(off, { vm: 'web-01', on: true }));
    expect(on.vms?.[0]).toEqual(doc.vms?.[0]);
    expect(on.vms?.[0]).not.toHaveProperty('power');
  });

  it('changes nothing when the VM is already in that state, so no undo step is made', () => {
    const doc = richDesign();
    const result = setVmPower.run(doc, { vm: 'web-01', on: true });
    expect(result).toEqual({ ok: true, doc });
  });

  it('disconnects an adapter and reconnects it', () => {
    const doc = richDesign();
    const off = ok(setAdapterConnected.run(doc, { adapter: 'db-01-n0', connected: false }));
    expect(off.vms?.[1]?.nics?.[0]).toMatchObject({ id: 'db-01-n0', connected: false });
    // Only the path down to the adapter is copied: other VMs keep their identity.
    expect(off.vms?.[0]).toBe(doc.vms?.[0]);
    const on = ok(setAdapterConnected.run(off, { adapter: 'db-01-n0', connected: true }));
    expect(on.vms?.[1]).toEqual(doc.vms?.[1]);
  });

  it('takes a host NIC and a physical switch port down and up', () => {
    const doc = richDesign();
    const nicDown = ok(setPortUp.run(doc, { owner: 'esx1', port: 'vmnic2', up: false }));
    expect(nicDown.hosts?.[0]?.nics?.[2]).toEqual({ name: 'vmnic2', up: false });
    expect(nicDown.hosts?.[0]?.nics?.[0]).toEqual({ name: 'vmnic0' });
    const portDown = ok(setPortUp.run(nicDown, { owner: 'tor1', port: 'Eth1/2', up: false }));
    expect(portDown.physicalSwitches?.[0]?.ports?.[1]).toEqual({ name: 'Eth1/2', mode: 'trunk', up: false });
    const portUp = ok(setPortUp.run(portDown, { owner: 'tor1', port: 'Eth1/2', up: true }));
    const back = ok(setPortUp.run(portUp, { owner: 'esx1', port: 'vmnic2', up: true }));
    expect(back).toEqual(doc);
  });

  it('refuses what it cannot find, with a reason a person can act on', () => {
    const doc = richDesign();
    expect(setVmPower.run(doc, { vm: 'web-01-n0', on: false })).toEqual({
      ok: false,
      reason: '"web-01-n0" is not a VM',
    });
    expect(setAdapterConnected.run(doc, { adapter: 'esx1-vmk0', connected: false })).toEqual({
      ok: false,
      reason: '"esx1-vmk0" is not a VM adapter',
    });
    expect(setPortUp.run(doc, { owner: 'tor1', port: 'Eth9/9', up: false })).toEqual({
      ok: false,
      reason: 'tor1 has no port "Eth9/9"',
    });
    expect(setPortUp.run(doc, { owner: 'vss0', port: 'vmnic0', up: false })).toEqual({
      ok: false,
      reason: '"vss0" is not a host or a physical switch',
    });
  });
});
