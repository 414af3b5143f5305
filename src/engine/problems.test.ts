// MODEL.md 2.5: every problem code, with its elements and links.
import { describe, expect, it } from 'vitest';
import { design, twoHosts, twoSubnets } from './test/builder';
import { evaluate, problemsOf } from './test/results';
import type { Problem, ProblemCode } from './types';

const only = (doc: ReturnType<ReturnType<typeof design>['build']>, code: ProblemCode): Problem[] =>
  problemsOf(evaluate(doc), code);
const shape = (p: Problem | undefined) => p && { elements: p.elements, links: p.links, severity: p.severity };

describe('2.5 problems', () => {
  it('2.5 mtu-mismatch: an adapter above its switch', () => {
    const doc = twoSubnets().build();
    doc.vms![0]!.nics![0]!.mtu = 9000;
    expect(shape(only(doc, 'mtu-mismatch')[0])).toEqual({
      elements: ['a-n0', 'vss0'],
      links: ['nic:a-n0'],
      severity: 'warning',
    });
  });

  it('2.5 mtu-mismatch: a switch instance above its primary uplink’s port', () => {
    const doc = twoHosts().build();
    (doc.switches![0] as { mtu?: number }).mtu = 9000;
    doc.physicalSwitches![0]!.mtu = 9216;
    doc.physicalSwitches![0]!.ports![1]!.mtu = 1500;
    const [p, ...rest] = only(doc, 'mtu-mismatch');
    expect(shape(p)).toEqual({
      elements: ['dvs1', 'tor1'],
      links: ['uplink:dvs1:esx2:vmnic0', 'cable:c2'],
      severity: 'warning',
    });
    expect(rest).toEqual([]);
  });

  it('2.5 mtu-mismatch: two cabled ports that differ, larger first', () => {
    const doc = design()
      .physical('s1', [{ name: 'x', mtu: 1500 }])
      .physical('s2', [{ name: 'y', mtu: 9000 }])
      .cable('s1:x', 's2:y')
      .build();
    expect(shape(only(doc, 'mtu-mismatch')[0])).toEqual({
      elements: ['s2', 's1'],
      links: ['cable:c1'],
      severity: 'warning',
    });
  });

  it('2.5 mtu-mismatch: members of one domain with different MTUs, one problem per domain', () => {
    const doc = twoSubnets().build();
    (doc.switches![0] as { mtu?: number }).mtu = 9000;
    doc.vms![0]!.nics![0]!.mtu = 9000;
    expect(only(doc, 'mtu-mismatch').map((p) => p.elements)).toEqual([['a-n0', 'r1-a']]);
  });

  it('2.5 vlan-not-carried: a VLAN used on another host that this host’s uplink port drops', () => {
    const doc = twoHosts(100).build();
    doc.physicalSwitches![0]!.ports![1]!.allowed = '1-99';
    expect(shape(only(doc, 'vlan-not-carried')[0])).toEqual({
      elements: ['pg', 'esx2', 'tor1'],
      links: ['uplink:dvs1:esx2:vmnic0', 'cable:c2'],
      severity: 'error',
    });
  });

  it('2.5 vlan-not-carried: not reported when no other host uses the VLAN', () => {
    const doc = twoHosts(100).build();
    doc.physicalSwitches![0]!.ports![1]!.allowed = '1-99';
    doc.vms!.pop();
    expect(only(doc, 'vlan-not-carried')).toEqual([]);
  });

  it('2.5 uplink-vlan-inconsistent: a standby whose port would cut a VLAN the primary carries', () => {
    const doc = twoHosts(100).build();
    doc.hosts![0]!.nics!.push({ name: 'vmnic1' });
    (doc.switches![0] as { uplinks: object[] }).uplinks.push({
      host: 'esx1',
      nic: 'vmnic1',
      role: 'standby',
    });
    doc.physicalSwitches![0]!.ports!.push({ name: 'p3', mode: 'trunk', allowed: '200' });
    doc.cables!.push({ id: 'c3', a: 'esx1:vmnic1', b: 'tor1:p3' });
    expect(shape(only(doc, 'uplink-vlan-inconsistent')[0])).toEqual({
      elements: ['dvs1', 'esx1', 'tor1'],
      links: ['uplink:dvs1:esx1:vmnic1', 'cable:c3'],
      severity: 'warning',
    });
  });

  it('2.5 uplink-not-cabled: an uplink whose NIC has no cable', () => {
    const doc = twoHosts().build();
    doc.cables!.pop();
    expect(shape(only(doc, 'uplink-not-cabled')[0])).toEqual({
      elements: ['dvs1', 'esx2'],
      links: ['uplink:dvs1:esx2:vmnic0'],
      severity: 'warning',
    });
  });

  it('2.5 no-uplink: an instance with members and no primary, while its VLAN is used on another host', () => {
    const doc = twoHosts().build();
    doc.cables!.pop();
    expect(shape(only(doc, 'no-uplink')[0])).toEqual({
      elements: ['dvs1', 'esx2'],
      links: ['nic:b-n0'],
      severity: 'warning',
    });
  });

  it('2.5 native-vlan-mismatch: a trunk-to-trunk cable whose native VLANs differ', () => {
    const doc = design()
      .physical('s1', [{ name: 'x', mode: 'trunk', native: 1 }])
      .physical('s2', [{ name: 'y', mode: 'trunk', native: 99 }])
      .cable('s1:x', 's2:y')
      .build();
    expect(shape(only(doc, 'native-vlan-mismatch')[0])).toEqual({
      elements: ['s1', 's2'],
      links: ['cable:c1'],
      severity: 'warning',
    });
  });

  it('2.5 host-not-on-switch: an adapter on a switch its host lacks', () => {
    const doc = twoSubnets()
      .host('esx2')
      .vm('c', 'esx2', [{ network: 'pg-a', ip: '10.0.1.12/24' }])
      .build();
    expect(shape(only(doc, 'host-not-on-switch')[0])).toEqual({
      elements: ['c-n0', 'vss0', 'esx2'],
      links: ['nic:c-n0'],
      severity: 'error',
    });
  });

  it('2.5 vlan-outside-trunk: a guest-tagging adapter outside its trunk', () => {
    const doc = design()
      .host('esx1')
      .distributed('dvs1', ['esx1'])
      .portGroup('pg', 'dvs1', { trunk: '100-110' })
      .vm('g', 'esx1', [{ network: 'pg', vlan: 120 }])
      .build();
    expect(shape(only(doc, 'vlan-outside-trunk')[0])).toEqual({
      elements: ['g-n0', 'pg'],
      links: ['nic:g-n0'],
      severity: 'error',
    });
  });

  it('2.5 duplicate-ip: every member with that address', () => {
    const doc = twoSubnets()
      .vm('c', 'esx1', [{ network: 'pg-a', ip: '10.0.1.11/24' }])
      .build();
    expect(shape(only(doc, 'duplicate-ip')[0])).toEqual({
      elements: ['a-n0', 'c-n0'],
      links: ['nic:a-n0', 'nic:c-n0'],
      severity: 'error',
    });
  });

  it('2.5 gateway-not-in-subnet and gateway-unreachable', () => {
    const doc = twoSubnets()
      .vm('c', 'esx1', [{ network: 'pg-a', ip: '10.0.1.12/24', gateway: '10.9.0.1' }])
      .vm('d', 'esx1', [{ network: 'pg-a', ip: '10.0.1.13/24', gateway: '10.0.1.99' }])
      .vm('e', 'esx1', [{ network: 'pg-a', ip: '10.0.1.14/24', gateway: '10.0.2.1' }])
      .build();
    expect(shape(only(doc, 'gateway-not-in-subnet')[0])).toEqual({
      elements: ['c-n0'],
      links: ['nic:c-n0'],
      severity: 'warning',
    });
    expect(only(doc, 'gateway-unreachable').map((p) => p.elements)).toEqual([['d-n0']]);
    (doc.vms![4]!.nics![0] as { ip?: string }).ip = '10.0.2.14/24';
    expect(only(doc, 'gateway-unreachable').map((p) => p.elements)).toEqual([['d-n0'], ['e-n0']]);
  });

  it('2.5 promiscuous-mode: its own setting or inherited from the switch', () => {
    const doc = twoSubnets().build();
    (doc.switches![0] as { security?: object }).security = { promiscuous: true };
    doc.portGroups![1]!.security = { promiscuous: false };
    expect(only(doc, 'promiscuous-mode').map((p) => p.elements)).toEqual([['pg-a', 'vss0']]);
  });

  it('2.5 vm-powered-off: a VM that is off while a flow names it, an adapter or an address', () => {
    const doc = twoSubnets().flow('f', '10.0.1.11', 'b').build();
    doc.vms![0]!.power = 'off';
    expect(shape(only(doc, 'vm-powered-off')[0])).toEqual({ elements: ['a'], links: [], severity: 'info' });
    doc.flows = [];
    expect(only(doc, 'vm-powered-off')).toEqual([]);
  });

  it('2.5: error problems make the result not ok, warnings do not', () => {
    const warn = twoSubnets().build();
    (warn.switches![0] as { security?: object }).security = { promiscuous: true };
    expect(evaluate(warn).ok).toBe(true);
    const error = twoSubnets()
      .vm('c', 'esx1', [{ network: 'pg-a', ip: '10.0.1.11/24' }])
      .build();
    expect(evaluate(error).ok).toBe(false);
  });
});
