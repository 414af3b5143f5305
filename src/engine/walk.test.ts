// MODEL.md 2.3 steps 1-4 and 7-8: source checks, next hop, layer-2 delivery
// and its reasons, MTU along the path.
import { describe, expect, it } from 'vitest';
import { evaluateFlow } from './index';
import { design, twoHosts, twoSubnets } from './test/builder';
import { walk } from './test/results';

const lan = () =>
  design()
    .host('esx1')
    .standard('vss0', 'esx1')
    .portGroup('pg', 'vss0', 10)
    .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
    .vm('b', 'esx1', [{ network: 'pg', ip: '10.0.0.2/24' }]);

describe('2.3 step 1 source', () => {
  it('2.3 s1: a source that is off is disconnected before anything else', () => {
    const doc = lan()
      .vm('off', 'esx1', [{ network: 'pg', ip: 'dhcp' }], { power: 'off' })
      .build();
    expect(walk(doc, 'off', 'b')).toBe('unreachable/disconnected at off-n0');
  });

  it('2.3 s1: a source adapter with no address comes before a destination with none', () => {
    const doc = lan()
      .vm('x', 'esx1', [{ network: 'pg' }])
      .vm('y', 'esx1', [{ network: 'pg' }])
      .build();
    expect(walk(doc, 'x', 'y')).toBe('unreachable/no-address at x-n0');
    expect(walk(doc, 'a', 'y')).toBe('unreachable/no-address at y-n0');
  });

  it('2.3 s1: a packet larger than the source MTU with DF is mtu at the source', () => {
    expect(walk(lan().build(), 'a', 'b', { size: 1600 })).toBe('mtu at a-n0');
  });

  it('2.3 s1: without DF the source fragments to its MTU and the walk goes on', () => {
    expect(walk(lan().build(), 'a', 'b', { size: 1600, df: false })).toBe('allowed at b-n0');
  });
});

describe('2.3 step 3 next hop', () => {
  it('2.3 s3: a destination inside the subnet is the next hop itself', () => {
    expect(walk(lan().build(), 'a', 'b')).toBe('allowed at b-n0');
  });

  it('2.3 s3: outside the subnet with no gateway is no-gateway at the sender', () => {
    expect(walk(lan().build(), 'a', '10.9.9.9')).toBe('unreachable/no-gateway at a-n0');
  });

  it('2.3 s3: a gateway outside the subnet is no-gateway', () => {
    const doc = lan()
      .vm('g', 'esx1', [{ network: 'pg', ip: '10.0.0.3/24', gateway: '10.1.0.1' }])
      .build();
    expect(walk(doc, 'g', '10.9.9.9')).toBe('unreachable/no-gateway at g-n0');
  });
});

describe('2.3 step 4 layer-2 delivery', () => {
  it('2.3 s4: a gateway that no element owns is no-gateway', () => {
    const doc = lan()
      .vm('g', 'esx1', [{ network: 'pg', ip: '10.0.0.3/24', gateway: '10.0.0.254' }])
      .build();
    expect(walk(doc, 'g', '10.9.9.9')).toBe('unreachable/no-gateway at g-n0');
  });

  it('2.3 s4: a gateway owned by a VM, not a router, is no-gateway', () => {
    const doc = lan()
      .vm('g', 'esx1', [{ network: 'pg', ip: '10.0.0.3/24', gateway: '10.0.0.2' }])
      .build();
    expect(walk(doc, 'g', '10.9.9.9')).toBe('unreachable/no-gateway at g-n0');
  });

  it('2.3 s4: a destination in the subnet that no element owns is host-unknown', () => {
    expect(walk(lan().build(), 'a', '10.0.0.99')).toBe('unreachable/host-unknown at a-n0');
  });

  it('2.3 s4: disconnected comes first: the owner is off', () => {
    const doc = lan().build();
    doc.vms![1]!.nics![0]!.connected = false;
    expect(walk(doc, 'a', 'b')).toBe('unreachable/disconnected at b-n0');
  });

  it('2.3 s4: vlan-not-carried names the first physical switch whose port drops it', () => {
    const doc = twoHosts(100).build();
    doc.physicalSwitches![0]!.ports![1]!.allowed = '200';
    expect(walk(doc, 'a', 'b')).toBe('unreachable/vlan-not-carried at tor1');
    expect(evaluateFlow(doc, { id: 'f', from: 'a', to: 'b' }).message).toBe(
      'a → b icmp: dropped at tor1 p2: the trunk does not allow VLAN 100',
    );
  });

  it('2.3 s4: vlan-not-carried comes before link-down when either would explain it', () => {
    // esx1's active NIC is down, so its standby, whose port lacks VLAN 100, is the primary.
    const doc = twoHosts(100).build();
    doc.hosts![0]!.nics = [{ name: 'vmnic0', up: false }, { name: 'vmnic1' }];
    (doc.switches![0] as { uplinks: object[] }).uplinks.push({
      host: 'esx1',
      nic: 'vmnic1',
      role: 'standby',
    });
    doc.physicalSwitches![0]!.ports!.push({ name: 'p3', mode: 'trunk', allowed: '200' });
    doc.cables!.push({ id: 'c3', a: 'esx1:vmnic1', b: 'tor1:p3' });
    expect(walk(doc, 'a', 'b')).toBe('unreachable/vlan-not-carried at tor1');
    doc.physicalSwitches![0]!.ports![2]!.allowed = '100';
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
  });

  it('2.3 s4: link-down is reported when only bringing a port up would help', () => {
    const doc = twoHosts(100).build();
    doc.physicalSwitches![0]!.ports![0]!.up = false;
    expect(walk(doc, 'a', 'b')).toBe('unreachable/link-down at tor1');
  });

  it('2.3 s4: link-down names the host whose NIC is down, first met from the sender', () => {
    const doc = twoHosts(100).build();
    doc.hosts![1]!.nics = [{ name: 'vmnic0', up: false }];
    expect(walk(doc, 'a', 'b')).toBe('unreachable/link-down at esx2');
    expect(walk(doc, 'b', 'a')).toBe('unreachable/link-down at esx2');
  });

  it('2.3 s4: no-uplink names the sender’s switch when the owner is on another host', () => {
    const doc = twoHosts(100).build();
    doc.cables = [];
    expect(walk(doc, 'a', 'b')).toBe('unreachable/no-uplink at dvs1');
  });

  it('2.3 s4: isolated is anything else, such as one subnet on two VLANs', () => {
    const doc = lan()
      .portGroup('pg20', 'vss0', 20)
      .vm('c', 'esx1', [{ network: 'pg20', ip: '10.0.0.3/24' }])
      .build();
    expect(walk(doc, 'a', 'c')).toBe('unreachable/isolated at a-n0');
  });
});

describe('2.3 step 4 MTU along the path', () => {
  it('2.3 s4 MTU: a switch instance below the packet size is mtu at that switch', () => {
    const doc = lan().build();
    (doc.switches![0] as { mtu?: number }).mtu = 1400;
    expect(walk(doc, 'a', 'b', { size: 1500 })).toBe('mtu at vss0');
  });

  it('2.3 s4 MTU: a physical port below the packet size is mtu at its physical switch', () => {
    const doc = twoHosts(100).build();
    doc.physicalSwitches![0]!.ports![1]!.mtu = 1000;
    expect(walk(doc, 'a', 'b', { size: 1200 })).toBe('mtu at tor1');
  });

  it('2.3 s4 MTU: the receiving adapter’s MTU counts', () => {
    const doc = lan().build();
    (doc.switches![0] as { mtu?: number }).mtu = 9000;
    doc.vms![0]!.nics![0]!.mtu = 9000;
    expect(walk(doc, 'a', 'b', { size: 9000 })).toBe('mtu at b-n0');
  });

  it('2.3 s4 MTU: layer 2 never fragments, even without DF', () => {
    const doc = lan().build();
    (doc.switches![0] as { mtu?: number }).mtu = 1400;
    expect(walk(doc, 'a', 'b', { size: 1500, df: false })).toBe('mtu at vss0');
  });

  it('2.3 s4 MTU: the default size is the smaller MTU of the two ends', () => {
    const doc = lan().build();
    (doc.switches![0] as { mtu?: number }).mtu = 9000;
    doc.vms![0]!.nics![0]!.mtu = 9000;
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
  });
});

describe('2.3 step 8 delivered', () => {
  it('2.3 s8: a delivered flow lists its hops from the sender to the owner', () => {
    const f = evaluateFlow(twoSubnets().build(), { id: 'f', from: 'a', to: 'b' });
    expect(f.hops.map((h) => `${h.kind}:${h.element}`)).toEqual([
      'adapter:a-n0',
      'firewall:a-n0',
      'switch:vss0',
      'router:r1',
      'router:r1',
      'switch:vss0',
      'firewall:b-n0',
      'adapter:b-n0',
    ]);
    expect(f.links).toEqual(['nic:a-n0', 'nic:r1-a', 'nic:r1-b', 'nic:b-n0']);
  });
});
