import { describe, expect, it } from 'vitest';
import type { Design } from '../types';
import { validateDesign } from '../validate';
import { connect, planConnection, type ConnectArgs } from './connect';
import type { HandleRef } from './connectionEnds';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [
    {
      id: 'esx1',
      name: 'esxi-01',
      nics: [{ name: 'vmnic0' }, { name: 'vmnic1' }, { name: 'vmnic2' }, { name: 'vmnic3' }],
      vmkernels: [{ id: 'esx1-vmk0', name: 'vmk0', ip: '10.0.0.11/24' }],
    },
    { id: 'esx2', name: 'esxi-02', nics: [{ name: 'vmnic0' }] },
    { id: 'ws1', name: 'laptop', kind: 'workstation', nics: [{ name: 'eth0' }, { name: 'eth1' }] },
  ],
  switches: [
    { id: 'vss0', name: 'vSwitch0', type: 'standard', host: 'esx1', uplinks: [{ nic: 'vmnic0' }] },
    { id: 'vss2', name: 'vSwitch0', type: 'standard', host: 'esx2' },
    {
      id: 'dvs1',
      name: 'DSwitch',
      type: 'distributed',
      hosts: ['esx1'],
      uplinks: [{ host: 'esx1', nic: 'vmnic1' }],
    },
    { id: 'vmnet8', name: 'VMnet8', type: 'nat', host: 'ws1', subnet: '192.168.80.0/24' },
    { id: 'vmnet0', name: 'VMnet0', type: 'bridged', host: 'ws1', nic: 'eth0' },
  ],
  portGroups: [
    { id: 'pg-web', name: 'Web', switch: 'vss0' },
    { id: 'pg-db', name: 'DB', switch: 'vss0', vlan: 20 },
    { id: 'pg-far', name: 'Far', switch: 'vss2' },
    { id: 'pg-dvs', name: 'Prod', switch: 'dvs1' },
  ],
  vms: [
    { id: 'web-01', name: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0', network: 'pg-web' }] },
    { id: 'app-01', name: 'app-01', host: 'esx2', nics: [{ id: 'app-01-n0' }, { id: 'app-01-n1' }] },
    { id: 'lap-01', name: 'lap-01', host: 'ws1', nics: [{ id: 'lap-01-n0' }] },
  ],
  physicalSwitches: [
    { id: 'tor1', name: 'ToR-A', ports: [{ name: 'Eth1/1' }, { name: 'Eth1/2' }, { name: 'Eth1/3' }] },
  ],
  routers: [{ id: 'r1', name: 'edge', interfaces: [{ id: 'r1-a', ip: '10.0.0.1/24' }] }],
  cables: [{ id: 'c-01', a: 'esx1:vmnic0', b: 'tor1:Eth1/1' }],
};

const h = (node: string, handle: string): HandleRef => ({ node, handle });

/** Runs the connection in both orders; both must give the same valid document. */
function connected(a: HandleRef, b: HandleRef): Design {
  const forward = connect.run(design, { source: a, target: b });
  const backward = connect.run(design, { source: b, target: a });
  if (!forward.ok) throw new Error(`refused: ${forward.reason}`);
  expect(backward).toEqual(forward);
  expect(validateDesign(forward.doc)).toEqual({ ok: true, doc: forward.doc });
  return forward.doc;
}

/** The refusal, which must be the same in both orders and leave no edit. */
function refused(a: HandleRef, b: HandleRef): string {
  const reasons = [
    { source: a, target: b },
    { source: b, target: a },
  ].map((args: ConnectArgs) => {
    const plan = planConnection(design, args);
    if (typeof plan !== 'string') throw new Error('expected a refusal');
    return plan;
  });
  expect(reasons[1]).toBe(reasons[0]);
  return reasons[0]!;
}

describe('connect: adapters onto networks', () => {
  it('puts a VM adapter on a port group of its host, replacing its network', () => {
    const doc = connected(h('web-01', 'a:web-01-n0'), h('vss0', 'pg:pg-db'));
    expect(doc.vms?.[0]?.nics).toEqual([{ id: 'web-01-n0', network: 'pg-db' }]);
  });

  it('puts a VM adapter on a distributed port group of a member host', () => {
    const doc = connected(h('web-01', 'a:web-01-n0'), h('dvs1', 'pg:pg-dvs'));
    expect(doc.vms?.[0]?.nics?.[0]?.network).toBe('pg-dvs');
  });

  it('puts a Workstation VM on a desktop network of its host', () => {
    const doc = connected(h('lap-01', 'a:lap-01-n0'), h('vmnet8', 'net'));
    expect(doc.vms?.[2]?.nics?.[0]?.network).toBe('vmnet8');
  });

  it('refuses a port group whose switch is not on the VM host', () => {
    expect(refused(h('web-01', 'a:web-01-n0'), h('vss2', 'pg:pg-far'))).toBe(
      "web-01's adapter cannot join port group Far: its switch vSwitch0 is on esxi-02, not on esxi-01.",
    );
    expect(refused(h('app-01', 'a:app-01-n1'), h('dvs1', 'pg:pg-dvs'))).toBe(
      "app-01's adapter app-01-n1 cannot join port group Prod: esxi-02 is not a member of its switch DSwitch.",
    );
    expect(refused(h('app-01', 'a:app-01-n0'), h('vmnet8', 'net'))).toBe(
      "app-01's adapter app-01-n0 cannot join VMnet8: it is a network of laptop, and app-01 runs on esxi-02.",
    );
  });

  it('refuses to reconnect an adapter to the network it is on', () => {
    expect(refused(h('web-01', 'a:web-01-n0'), h('vss0', 'pg:pg-web'))).toBe(
      "web-01's adapter is already on port group Web.",
    );
  });

  it('puts a VMkernel adapter on a port group of its host, never on a desktop network', () => {
    const doc = connected(h('esx1', 'a:esx1-vmk0'), h('vss0', 'pg:pg-web'));
    expect(doc.hosts?.[0]?.vmkernels?.[0]?.network).toBe('pg-web');
    expect(refused(h('esx1', 'a:esx1-vmk0'), h('vss2', 'pg:pg-far'))).toMatch(
      /is on esxi-02, not on esxi-01/,
    );
    expect(refused(h('esx1', 'a:esx1-vmk0'), h('vmnet8', 'net'))).toMatch(
      /connects to a port group, not to a desktop network/,
    );
  });
});

describe('connect: router interfaces', () => {
  it('attaches to a port group, a desktop network or a physical switch', () => {
    expect(
      connected(h('r1', 'if:r1-a'), h('vss2', 'pg:pg-far')).routers?.[0]?.interfaces?.[0]?.attach,
    ).toEqual({
      network: 'pg-far',
    });
    expect(connected(h('r1', 'if:r1-a'), h('vmnet8', 'net')).routers?.[0]?.interfaces?.[0]?.attach).toEqual({
      network: 'vmnet8',
    });
    expect(connected(h('r1', 'if:r1-a'), h('tor1', 'svi')).routers?.[0]?.interfaces?.[0]?.attach).toEqual({
      switch: 'tor1',
    });
  });

  it('points a router interface dropped on one port to the switch VLAN interfaces', () => {
    expect(refused(h('r1', 'if:r1-a'), h('tor1', 'pp:Eth1/2'))).toBe(
      "edge's interface r1-a attaches to a whole physical switch as a VLAN interface: connect it to ToR-A's VLAN interfaces, not to one port.",
    );
  });
});

describe('connect: uplinks', () => {
  it('adds a standard switch uplink on a free NIC of its host', () => {
    const doc = connected(h('esx1', 'hn:vmnic2'), h('vss0', 'up'));
    expect(doc.switches?.[0]).toMatchObject({ uplinks: [{ nic: 'vmnic0' }, { nic: 'vmnic2' }] });
  });

  it('adds a distributed switch uplink for the handle host', () => {
    const doc = connected(h('esx1', 'hn:vmnic3'), h('dvs1', 'up:esx1'));
    expect(doc.switches?.[2]).toMatchObject({
      uplinks: [
        { host: 'esx1', nic: 'vmnic1' },
        { host: 'esx1', nic: 'vmnic3' },
      ],
    });
  });

  it('moves a bridged network to another NIC of its host', () => {
    const doc = connected(h('ws1', 'hn:eth1'), h('vmnet0', 'up'));
    expect(doc.switches?.[4]).toMatchObject({ nic: 'eth1' });
  });

  it('refuses a NIC of another host, or one another switch uses', () => {
    expect(refused(h('esx2', 'hn:vmnic0'), h('vss0', 'up'))).toBe(
      "vSwitch0's uplink on esxi-01 takes one of that host's NICs; vmnic0 on esxi-02 is on another host.",
    );
    expect(refused(h('esx2', 'hn:vmnic0'), h('dvs1', 'up:esx1'))).toMatch(/takes one of that host's NICs/);
    expect(refused(h('esx1', 'hn:vmnic1'), h('vss0', 'up'))).toBe(
      'vmnic1 on esxi-01 is already the uplink of DSwitch: a NIC serves one switch.',
    );
    expect(refused(h('esx1', 'hn:vmnic0'), h('vss0', 'up'))).toBe(
      'vmnic0 on esxi-01 is already an uplink of vSwitch0.',
    );
    expect(refused(h('ws1', 'hn:eth0'), h('vmnet0', 'up'))).toBe(
      'VMnet0 is already bridged to eth0 on laptop.',
    );
  });
});

describe('connect: cables', () => {
  it('cables a host NIC to a port, host side first, with the next free cable id', () => {
    const doc = connected(h('tor1', 'pp:Eth1/2'), h('esx1', 'hn:vmnic2'));
    expect(doc.cables?.[1]).toEqual({ id: 'c-02', a: 'esx1:vmnic2', b: 'tor1:Eth1/2' });
  });

  it('cables two switch ports', () => {
    const forward = connect.run(design, { source: h('tor1', 'pp:Eth1/2'), target: h('tor1', 'pp:Eth1/3') });
    expect(forward.ok && forward.doc.cables?.[1]).toEqual({ id: 'c-02', a: 'tor1:Eth1/2', b: 'tor1:Eth1/3' });
    expect(forward.ok && validateDesign(forward.doc).ok).toBe(true);
  });

  it('refuses a second cable on a port, a NIC-to-NIC cable and a cable to itself', () => {
    expect(refused(h('esx1', 'hn:vmnic2'), h('tor1', 'pp:Eth1/1'))).toBe(
      'Eth1/1 on ToR-A already has a cable (to esx1:vmnic0): a port takes one cable.',
    );
    expect(refused(h('esx1', 'hn:vmnic2'), h('esx2', 'hn:vmnic0'))).toBe(
      'A cable joins a host NIC and a switch port, or two switch ports.',
    );
    expect(planConnection(design, { source: h('tor1', 'pp:Eth1/2'), target: h('tor1', 'pp:Eth1/2') })).toBe(
      'A connection needs two different ends.',
    );
  });
});

describe('connect: pairs that mean nothing', () => {
  it('explains what each end connects to', () => {
    expect(
      planConnection(design, { source: h('web-01', 'a:web-01-n0'), target: h('esx1', 'hn:vmnic2') }),
    ).toBe(
      "web-01's adapter cannot connect to vmnic2 on esxi-01: connect an adapter to a port group or a desktop network.",
    );
    expect(planConnection(design, { source: h('vss0', 'pg:pg-web'), target: h('dvs1', 'pg:pg-dvs') })).toBe(
      'Networks do not connect to each other: connect an adapter or a router interface to it.',
    );
    expect(planConnection(design, { source: h('tor1', 'svi'), target: h('web-01', 'a:web-01-n0') })).toMatch(
      /^ToR-A's VLAN interfaces cannot connect to web-01's adapter: connect a router interface to it\.$/,
    );
  });

  it('refuses the summary handle of a collapsed host and handles that no longer exist', () => {
    expect(refused(h('esx1', 'summary'), h('vss0', 'pg:pg-web'))).toBe(
      'the VMs of esxi-01 are hidden: expand the host to connect them.',
    );
    expect(refused(h('web-01', 'a:gone'), h('vss0', 'pg:pg-web'))).toBe(
      'That connection point is no longer in the design.',
    );
    expect(refused(h('dvs1', 'up:esx2'), h('esx2', 'hn:vmnic0'))).toBe(
      'That connection point is no longer in the design.',
    );
  });
});
