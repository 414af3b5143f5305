import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../emptyDesign';
import type { Design } from '../types';
import { validateDesign } from '../validate';
import { addElement, newElementId, type AddElementArgs } from './addElement';

/** Applies adds in order; every step must succeed and leave a valid document. */
function build(...steps: AddElementArgs[]): Design {
  let doc = emptyDesign();
  for (const step of steps) {
    const result = addElement.run(doc, step);
    if (!result.ok) throw new Error(`refused: ${result.reason}`);
    expect(validateDesign(result.doc)).toEqual({ ok: true, doc: result.doc });
    doc = result.doc;
  }
  return doc;
}

const refusal = (doc: Design, args: AddElementArgs): string => {
  const result = addElement.run(doc, args);
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
};

describe('addElement: hosts', () => {
  it('numbers ESXi hosts and gives them two NICs, at the drop point', () => {
    const doc = build({ kind: 'esxiHost', at: { x: 10.4, y: 20.6 } }, { kind: 'esxiHost' });
    expect(doc.hosts).toEqual([
      { id: 'esx-01', name: 'esxi-01', nics: [{ name: 'vmnic0' }, { name: 'vmnic1' }] },
      { id: 'esx-02', name: 'esxi-02', nics: [{ name: 'vmnic0' }, { name: 'vmnic1' }] },
    ]);
    expect(doc.layout).toEqual({ 'esx-01': { x: 10, y: 21 } });
  });

  it('makes Workstation hosts with one NIC', () => {
    const doc = build({ kind: 'workstationHost' });
    expect(doc.hosts).toEqual([
      { id: 'ws-01', name: 'workstation-01', kind: 'workstation', nics: [{ name: 'eth0' }] },
    ]);
  });

  it('never reuses an id, whatever kind of element holds it', () => {
    const doc = build({ kind: 'esxiHost', id: 'vm-01' }, { kind: 'vm', host: 'vm-01' });
    expect(doc.vms?.map((vm) => vm.id)).toEqual(['vm-02']);
    expect(newElementId(doc, 'vm')).toBe('vm-03');
    expect(refusal(doc, { kind: 'router', id: 'vm-02' })).toMatch(/already used/);
  });

  it('pins nodes drawn at their default place so that the new one does not shift them', () => {
    const doc = build({ kind: 'esxiHost' }, { kind: 'router', pins: { 'esx-01': { x: 0, y: 0 } } });
    expect(doc.layout).toEqual({ 'esx-01': { x: 0, y: 0 } });
  });
});

describe('addElement: inside a host', () => {
  const hosts = () => build({ kind: 'esxiHost' }, { kind: 'esxiHost' }, { kind: 'workstationHost' });

  it('gives a new VM one vmxnet3 adapter with no address, positioned inside its host', () => {
    const result = addElement.run(hosts(), { kind: 'vm', host: 'esx-02', at: { x: 12, y: 40 } });
    expect(result.ok && result.doc.vms).toEqual([
      { id: 'vm-01', name: 'vm-01', host: 'esx-02', nics: [{ id: 'vm-01-n0', adapter: 'vmxnet3' }] },
    ]);
    expect(result.ok && result.doc.layout?.['vm-01']).toEqual({ x: 12, y: 40 });
  });

  it('refuses a VM outside any host', () => {
    expect(refusal(hosts(), { kind: 'vm' })).toMatch(/A VM lives inside a host/);
  });

  it('numbers standard switches per host from vSwitch0 and uplinks each to the next free NIC', () => {
    const doc = build(
      { kind: 'esxiHost' },
      { kind: 'esxiHost' },
      { kind: 'standardSwitch', host: 'esx-01' },
      { kind: 'standardSwitch', host: 'esx-01' },
      { kind: 'standardSwitch', host: 'esx-01' },
      { kind: 'standardSwitch', host: 'esx-02' },
    );
    expect(doc.switches).toEqual([
      { id: 'vss-01', name: 'vSwitch0', type: 'standard', host: 'esx-01', uplinks: [{ nic: 'vmnic0' }] },
      { id: 'vss-02', name: 'vSwitch1', type: 'standard', host: 'esx-01', uplinks: [{ nic: 'vmnic1' }] },
      { id: 'vss-03', name: 'vSwitch2', type: 'standard', host: 'esx-01' },
      { id: 'vss-04', name: 'vSwitch0', type: 'standard', host: 'esx-02', uplinks: [{ nic: 'vmnic0' }] },
    ]);
  });

  it('keeps standard switches on ESXi hosts and desktop networks on Workstation hosts', () => {
    expect(refusal(hosts(), { kind: 'standardSwitch', host: 'ws-01' })).toBe(
      'workstation-01 is a Workstation host: standard switches live on ESXi hosts (a Workstation host has desktop networks).',
    );
    expect(refusal(hosts(), { kind: 'nat', host: 'esx-01' })).toBe(
      'esxi-01 is an ESXi host: a NAT network lives on a Workstation host.',
    );
    expect(refusal(hosts(), { kind: 'segment' })).toMatch(/drop it into a Workstation host/);
    expect(refusal(hosts(), { kind: 'standardSwitch' })).toMatch(/drop it into an ESXi host/);
  });

  it('gives NAT and host-only networks free /24s and Workstation names', () => {
    const withVm = build(
      { kind: 'workstationHost' },
      { kind: 'nat', host: 'ws-01' },
      { kind: 'vm', host: 'ws-01' },
    );
    // An adapter already uses 192.168.81.x: the next network skips that /24.
    const vms = withVm.vms!.map((vm) => ({ ...vm, nics: [{ id: 'vm-01-n0', ip: '192.168.81.5/24' }] }));
    let doc: Design = { ...withVm, vms };
    for (const kind of ['hostonly', 'nat'] as const) {
      const result = addElement.run(doc, { kind, host: 'ws-01' });
      if (!result.ok) throw new Error(result.reason);
      expect(validateDesign(result.doc).ok).toBe(true);
      doc = result.doc;
    }
    expect(doc.switches).toEqual([
      { id: 'nat-01', name: 'VMnet8', type: 'nat', host: 'ws-01', subnet: '192.168.80.0/24' },
      { id: 'hostonly-01', name: 'VMnet1', type: 'hostonly', host: 'ws-01', subnet: '192.168.82.0/24' },
      { id: 'nat-02', name: 'VMnet2', type: 'nat', host: 'ws-01', subnet: '192.168.83.0/24' },
    ]);
  });

  it('bridges to the first free NIC, and refuses when none is left', () => {
    const doc = build(
      { kind: 'workstationHost' },
      { kind: 'bridged', host: 'ws-01' },
      { kind: 'segment', host: 'ws-01' },
    );
    expect(doc.switches).toEqual([
      { id: 'bridged-01', name: 'VMnet0', type: 'bridged', host: 'ws-01', nic: 'eth0' },
      { id: 'segment-01', name: 'LAN Segment 1', type: 'segment', host: 'ws-01' },
    ]);
    expect(refusal(doc, { kind: 'bridged', host: 'ws-01' })).toBe(
      'workstation-01 has no free physical NIC to bridge to: add a NIC to the host first.',
    );
  });
});

describe('addElement: switches, port groups and network devices', () => {
  it('spans a new distributed switch over the ESXi hosts', () => {
    const doc = build(
      { kind: 'esxiHost' },
      { kind: 'workstationHost' },
      { kind: 'distributedSwitch', at: { x: 0, y: 400 } },
    );
    expect(doc.switches).toEqual([
      { id: 'dvs-01', name: 'DSwitch-01', type: 'distributed', hosts: ['esx-01'] },
    ]);
    expect(doc.layout?.['dvs-01']).toEqual({ x: 0, y: 400 });
  });

  it('names port groups VM Network, VM Network 2... and never gives them a layout position', () => {
    const doc = build(
      { kind: 'esxiHost' },
      { kind: 'standardSwitch', host: 'esx-01' },
      { kind: 'distributedSwitch' },
      { kind: 'portGroup', switch: 'vss-01', at: { x: 5, y: 5 } },
      { kind: 'portGroup', switch: 'dvs-01' },
    );
    expect(doc.portGroups).toEqual([
      { id: 'pg-01', name: 'VM Network', switch: 'vss-01' },
      { id: 'pg-02', name: 'VM Network 2', switch: 'dvs-01' },
    ]);
    expect(doc.layout?.['pg-01']).toBeUndefined();
  });

  it('refuses a port group off a switch or on a desktop network', () => {
    const doc = build({ kind: 'workstationHost' }, { kind: 'nat', host: 'ws-01' });
    expect(refusal(doc, { kind: 'portGroup' })).toMatch(/drop it onto a standard or distributed switch/);
    expect(refusal(doc, { kind: 'portGroup', switch: 'nat-01' })).toBe(
      'VMnet8 is a desktop network: VMs connect to it directly, without port groups.',
    );
  });

  it('gives a physical switch eight access ports and a router one interface', () => {
    const doc = build({ kind: 'physicalSwitch' }, { kind: 'router' });
    expect(doc.physicalSwitches).toEqual([
      {
        id: 'sw-01',
        name: 'switch-01',
        ports: ['Eth1/1', 'Eth1/2', 'Eth1/3', 'Eth1/4', 'Eth1/5', 'Eth1/6', 'Eth1/7', 'Eth1/8'].map(
          (name) => ({ name }),
        ),
      },
    ]);
    expect(doc.routers).toEqual([{ id: 'r-01', name: 'router-01', interfaces: [{ id: 'r-01-if0' }] }]);
  });
});
