// MODEL.md 2.6: desktop virtual networks by their equivalences.
import { describe, expect, it } from 'vitest';
import type { Switch } from '../model/types';
import { evaluateFlow } from './index';
import { design } from './test/builder';
import { evaluate, walk } from './test/results';

const laptop = (net: Switch, ip?: string) =>
  design()
    .host('laptop', ['eth0'], { kind: 'workstation', ...(ip ? { ip } : {}) })
    .switch(net);

describe('2.6 desktop networks', () => {
  it('2.6 segment: its adapters reach only each other', () => {
    const doc = laptop({ id: 'seg', type: 'segment', host: 'laptop' })
      .vm('a', 'laptop', [{ network: 'seg', ip: '10.1.0.1/24' }])
      .vm('b', 'laptop', [{ network: 'seg', ip: '10.1.0.2/24', gateway: '10.1.0.254' }])
      .build();
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
    expect(walk(doc, 'b', '8.8.8.8')).toBe('unreachable/no-gateway at b-n0');
  });

  it('2.6 hostonly: the host’s adapter at .1, DHCP from .128 with no gateway', () => {
    const doc = laptop({ id: 'vmnet1', type: 'hostonly', host: 'laptop', subnet: '192.168.56.0/24' })
      .vm('a', 'laptop', [{ network: 'vmnet1', ip: 'dhcp' }])
      .build();
    expect(walk(doc, 'a', 'laptop')).toBe('allowed at vmnet1.host');
    expect(walk(doc, 'a', '192.168.56.254')).toBe('allowed at vmnet1.dhcp-if');
    expect(evaluateFlow(doc, { id: 'f', from: 'a', to: 'laptop' }).hops[0]!.note).toContain('192.168.56.128');
    expect(walk(doc, 'a', '1.1.1.1')).toBe('unreachable/no-gateway at a-n0');
  });

  it('2.6 hostonly: the host’s adapter is not protected by the distributed firewall', () => {
    const doc = laptop({
      id: 'vmnet1',
      type: 'hostonly',
      host: 'laptop',
      subnet: '192.168.56.0/24',
      dhcp: false,
    })
      .vm('a', 'laptop', [{ network: 'vmnet1', ip: '192.168.56.10/24' }])
      .firewallDefault('drop')
      .rule({ id: 'out', direction: 'out', appliedTo: ['a'], action: 'allow' })
      .build();
    expect(walk(doc, 'a', 'laptop')).toBe('allowed at vmnet1.host');
    expect(walk(doc, 'laptop', 'a')).toBe('blocked/firewall default at a-n0');
  });

  it('2.6 nat: leases get gateway .2 and reach outside through the NAT router', () => {
    const doc = laptop(
      { id: 'vmnet8', type: 'nat', host: 'laptop', subnet: '192.168.80.0/24' },
      '192.168.1.50/24',
    )
      .vm('a', 'laptop', [{ network: 'vmnet8', ip: 'dhcp' }])
      .build();
    const f = evaluateFlow(doc, { id: 'f', from: 'a', to: '1.1.1.1' });
    expect(`${f.verdict} at ${f.at}`).toBe('allowed at vmnet8.nat-out');
    expect(f.hops.some((h) => h.note.includes('translates the source 192.168.80.128 to 192.168.1.50'))).toBe(
      true,
    );
  });

  it('2.6 nat: outside reaches the VMs only through port forwards aimed at the host’s ip', () => {
    const doc = laptop(
      {
        id: 'vmnet8',
        type: 'nat',
        host: 'laptop',
        subnet: '192.168.80.0/24',
        portForwards: [{ protocol: 'tcp', hostPort: 2222, to: '192.168.80.10', port: 22 }],
      },
      '192.168.1.50',
    )
      .vm('a', 'laptop', [{ network: 'vmnet8', ip: '192.168.80.10/24', gateway: '192.168.80.2' }])
      .build();
    expect(walk(doc, '8.8.8.8', '192.168.1.50', { service: 'tcp/2222' })).toBe('allowed at a-n0');
    expect(walk(doc, '8.8.8.8', 'laptop', { service: 'tcp/2222' })).toBe('allowed at a-n0');
    expect(walk(doc, '8.8.8.8', 'a', { service: 'tcp/22' })).toBe('unreachable/nat at vmnet8.nat');
    expect(walk(doc, '8.8.8.8', '192.168.1.50', { service: 'tcp/80' })).toBe('allowed at vmnet8.nat-out');
  });

  it('2.6 nat: without a host ip the outside interface has no address, and forwards cannot be reached', () => {
    const doc = laptop({
      id: 'vmnet8',
      type: 'nat',
      host: 'laptop',
      subnet: '192.168.80.0/24',
      portForwards: [{ protocol: 'tcp', hostPort: 2222, to: '192.168.80.10', port: 22 }],
    })
      .vm('a', 'laptop', [{ network: 'vmnet8', ip: '192.168.80.10/24', gateway: '192.168.80.2' }])
      .build();
    expect(walk(doc, 'a', '1.1.1.1')).toBe('allowed at vmnet8.nat-out');
    expect(walk(doc, '8.8.8.8', 'a', { service: 'tcp/22' })).toBe('unreachable/nat at vmnet8.nat');
  });

  it('2.6 bridged: the VMs share the host NIC’s network, with the host’s ip as <networkId>.host', () => {
    const doc = laptop({ id: 'vmnet0', type: 'bridged', host: 'laptop', nic: 'eth0' }, '192.168.10.5/24')
      .switch({ id: 'vmnet9', type: 'bridged', host: 'laptop', nic: 'eth0' })
      .vm('a', 'laptop', [{ network: 'vmnet0', ip: '192.168.10.20/24' }])
      .host('esx1', ['vmnic0'])
      .standard('vss0', 'esx1', ['vmnic0'])
      .portGroup('pg', 'vss0', 0)
      .vm('srv', 'esx1', [{ network: 'pg', ip: '192.168.10.30/24' }])
      .physical('sw1', [
        { name: 'g1', vlan: 10 },
        { name: 'g2', vlan: 10 },
      ])
      .cable('laptop:eth0', 'sw1:g1')
      .cable('esx1:vmnic0', 'sw1:g2')
      .build();
    expect(walk(doc, 'a', 'srv')).toBe('allowed at srv-n0');
    expect(walk(doc, 'srv', 'laptop')).toBe('allowed at vmnet0.host');
    expect(walk(doc, 'srv', '192.168.10.5')).toBe('allowed at vmnet0.host');
  });

  it('2.6: generated routers come after routers[], in the order of their networks', () => {
    const doc = laptop({ id: 'n1', type: 'nat', host: 'laptop', subnet: '192.168.81.0/24' }, '192.168.1.50')
      .switch({ id: 'n2', type: 'nat', host: 'laptop', subnet: '192.168.82.0/24' })
      .router('edge', [{ id: 'edge-wan', ip: '203.0.113.2/24', attach: { external: true } }], {
        routes: [{ to: '0.0.0.0/0', interface: 'edge-wan' }],
      })
      .build();
    // The outside enters by the first external interface whose router covers it: the user's router first.
    expect(walk(doc, '1.1.1.1', '203.0.113.2')).toBe('allowed at edge-wan');
    expect(walk(doc, '1.1.1.1', '192.168.1.50')).toBe('unreachable/no-route at edge');
  });

  it('2.6: no problems for a plain NAT network', () => {
    const doc = laptop(
      { id: 'vmnet8', type: 'nat', host: 'laptop', subnet: '192.168.80.0/24' },
      '192.168.1.50',
    )
      .vm('a', 'laptop', [{ network: 'vmnet8', ip: 'dhcp' }])
      .build();
    expect(evaluate(doc).problems).toEqual([]);
  });
});
