import { describe, expect, it } from 'vitest';
import type { Design } from '../types';
import type { CommandResult } from './command';
import { danglingReferences } from './fixtures/referenceCheck';
import { richDesign } from './fixtures/richDesign';
import { addPort, removePort, renamePort, updatePort } from './ports';

function ok(result: CommandResult): Design {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  expect(danglingReferences(result.doc)).toEqual([]);
  return result.doc;
}

describe('host NICs and physical switch ports', () => {
  it('adds the next free name for each kind of owner', () => {
    const doc = richDesign();
    expect(ok(addPort.run(doc, { owner: 'esx2' })).hosts?.[1]?.nics?.map((n) => n.name)).toEqual([
      'vmnic0',
      'vmnic2',
      'vmnic1',
    ]);
    expect(ok(addPort.run(doc, { owner: 'laptop' })).hosts?.[2]?.nics?.at(-1)).toEqual({ name: 'eth1' });
    expect(ok(addPort.run(doc, { owner: 'tor1' })).physicalSwitches?.[0]?.ports?.at(-1)).toEqual({
      name: 'Eth1/5',
    });
    expect(addPort.run(doc, { owner: 'web-01' })).toEqual({
      ok: false,
      reason: '"web-01" is not a host or a physical switch',
    });
  });

  it('renaming a host NIC carries through to cables, uplinks and bridged networks', () => {
    const doc = ok(renamePort.run(richDesign(), { owner: 'esx1', from: 'vmnic2', to: 'vmnic7' }));
    expect(doc.cables?.[0]?.a).toBe('esx1:vmnic7');
    expect(doc.switches?.[2]).toMatchObject({
      uplinks: [
        { host: 'esx1', nic: 'vmnic7' },
        { host: 'esx2', nic: 'vmnic2' },
      ],
    });
    const std = ok(renamePort.run(richDesign(), { owner: 'esx1', from: 'vmnic0', to: 'uplink-a' }));
    expect(std.switches?.[0]).toMatchObject({ uplinks: [{ nic: 'uplink-a' }, { nic: 'vmnic1' }] });
    // esx2 has a vmnic0 of its own: untouched.
    expect(std.switches?.[1]).toMatchObject({ uplinks: [{ nic: 'vmnic0' }] });
    const bridged = ok(renamePort.run(richDesign(), { owner: 'laptop', from: 'eth0', to: 'wlan0' }));
    expect(bridged.switches?.[4]).toMatchObject({ nic: 'wlan0' });
  });

  it('renaming a switch port rewrites its cable; bad or taken names are refused', () => {
    const doc = ok(renamePort.run(richDesign(), { owner: 'tor1', from: 'Eth1/3', to: 'Gi0/3' }));
    expect(doc.cables?.[2]?.b).toBe('tor1:Gi0/3');
    expect(renamePort.run(richDesign(), { owner: 'tor1', from: 'Eth1/3', to: 'Eth1/4' }).ok).toBe(false);
    expect(renamePort.run(richDesign(), { owner: 'tor1', from: 'Eth1/3', to: 'Eth 1' }).ok).toBe(false);
    expect(renamePort.run(richDesign(), { owner: 'tor1', from: 'Eth1/3', to: 'a:b' }).ok).toBe(false);
  });

  it('removing a port removes its cable and the uplinks on it', () => {
    const doc = ok(removePort.run(richDesign(), { owner: 'esx1', name: 'vmnic0' }));
    expect(doc.cables?.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(doc.switches?.[0]).toMatchObject({ uplinks: [{ nic: 'vmnic1', role: 'standby' }] });
    const port = ok(removePort.run(richDesign(), { owner: 'tor1', name: 'Eth1/1' }));
    expect(port.cables?.map((c) => c.id)).toEqual(['c2', 'c3']);
  });

  it('refuses to remove the NIC a bridged network needs', () => {
    const result = removePort.run(richDesign(), { owner: 'laptop', name: 'eth0' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/vmnet0/);
  });

  it('edits a port’s settings, validating them', () => {
    const doc = ok(
      updatePort.run(richDesign(), {
        owner: 'tor1',
        name: 'Eth1/1',
        changes: { allowed: '100,200', native: 10 },
      }),
    );
    expect(doc.physicalSwitches?.[0]?.ports?.[0]).toEqual({
      name: 'Eth1/1',
      mode: 'trunk',
      allowed: '100,200',
      native: 10,
    });
    const down = ok(updatePort.run(richDesign(), { owner: 'esx1', name: 'vmnic1', changes: { up: false } }));
    expect(down.hosts?.[0]?.nics?.[1]).toEqual({ name: 'vmnic1', up: false });
    expect(
      updatePort.run(richDesign(), { owner: 'tor1', name: 'Eth1/1', changes: { native: 4095 } }).ok,
    ).toBe(false);
    expect(updatePort.run(richDesign(), { owner: 'tor1', name: 'Eth1/1', changes: { name: 'x' } }).ok).toBe(
      false,
    );
    expect(updatePort.run(richDesign(), { owner: 'tor1', name: 'Eth9', changes: { up: false } }).ok).toBe(
      false,
    );
  });
});
