// MODEL.md 2.4: the distributed firewall.
import { describe, expect, it } from 'vitest';
import type { FirewallRule } from '../model/types';
import { design, twoSubnets } from './test/builder';
import { walk } from './test/results';

const tagged = (rules: FirewallRule[], defaultAction: FirewallRule['action'] = 'allow') => {
  const b = design()
    .host('esx1')
    .standard('vss0', 'esx1')
    .portGroup('pg', 'vss0', 10)
    .vm('web', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }], { tags: ['web'] })
    .vm('db', 'esx1', [{ network: 'pg', ip: '10.0.0.2/24' }], { tags: ['db'] })
    .firewallDefault(defaultAction);
  for (const r of rules) b.rule(r);
  return b.build();
};

describe('2.4 distributed firewall', () => {
  it('2.4: with no match the default decides', () => {
    expect(walk(tagged([], 'drop'), 'web', 'db')).toBe('blocked/firewall default at web-n0');
    expect(walk(tagged([], 'allow'), 'web', 'db')).toBe('allowed at db-n0');
  });

  it('2.4: the first matching rule decides, in document order within a category', () => {
    const doc = tagged([
      { id: 'r1', destinations: ['tag:db'], action: 'drop' },
      { id: 'r2', destinations: ['tag:db'], action: 'allow' },
    ]);
    expect(walk(doc, 'web', 'db')).toBe('blocked/firewall r1 at web-n0');
  });

  it('2.4: categories come first: emergency before application, whatever the order written', () => {
    const doc = tagged([
      { id: 'app', destinations: ['tag:db'], action: 'allow' },
      { id: 'env', destinations: ['tag:db'], action: 'drop', category: 'environment' },
      { id: 'emg', destinations: ['tag:db'], action: 'reject', category: 'emergency' },
    ]);
    expect(walk(doc, 'web', 'db')).toBe('blocked/firewall emg at web-n0');
  });

  it('2.4: first match holds across rules on listed addresses and rules on any or a CIDR', () => {
    const tagFirst = tagged(
      [
        { id: 'by-tag', sources: ['tag:web'], action: 'allow' },
        { id: 'by-cidr', sources: ['10.0.0.0/24'], action: 'drop' },
      ],
      'drop',
    );
    expect(walk(tagFirst, 'web', 'db')).toBe('allowed at db-n0');
    expect(walk(tagFirst, 'db', 'web')).toBe('blocked/firewall by-cidr at db-n0');
    const cidrFirst = tagged(
      [
        { id: 'by-cidr', sources: ['10.0.0.0/24'], action: 'reject', appliedTo: ['db'] },
        { id: 'by-tag', sources: ['tag:web', 'db'], action: 'allow' },
      ],
      'drop',
    );
    expect(walk(cidrFirst, 'web', 'db')).toBe('blocked/firewall by-cidr at db-n0');
    expect(walk(cidrFirst, 'db', 'web')).toBe('blocked/firewall by-cidr at db-n0');
  });

  it('2.4: reject blocks like drop', () => {
    expect(walk(tagged([{ id: 'r', action: 'reject' }]), 'web', 'db')).toBe('blocked/firewall r at web-n0');
  });

  it('2.4: appliedTo limits where a rule is enforced', () => {
    const doc = tagged([{ id: 'r', action: 'drop', appliedTo: ['tag:db'] }]);
    expect(walk(doc, 'web', 'db')).toBe('blocked/firewall r at db-n0');
  });

  it('2.4: direction in applies only to packets coming in', () => {
    const doc = tagged([{ id: 'r', action: 'drop', direction: 'in', sources: ['tag:db'] }]);
    expect(walk(doc, 'db', 'web')).toBe('blocked/firewall r at web-n0');
    const out = tagged([{ id: 'r', action: 'drop', direction: 'out', destinations: ['tag:db'] }]);
    expect(walk(out, 'web', 'db')).toBe('blocked/firewall r at web-n0');
    expect(walk(out, 'db', 'web')).toBe('allowed at web-n0');
  });

  it('2.4: disabled rules are skipped', () => {
    expect(walk(tagged([{ id: 'r', action: 'drop', disabled: true }]), 'web', 'db')).toBe('allowed at db-n0');
  });

  it('2.4: a rule with an empty list matches nothing', () => {
    expect(walk(tagged([{ id: 'r', action: 'drop', sources: [] }]), 'web', 'db')).toBe('allowed at db-n0');
    expect(walk(tagged([{ id: 'r', action: 'drop', appliedTo: [] }]), 'web', 'db')).toBe('allowed at db-n0');
  });

  it('2.4: services match by protocol and port range', () => {
    const doc = tagged([{ id: 'r', action: 'drop', services: ['tcp/20-23'] }]);
    expect(walk(doc, 'web', 'db', { service: 'tcp/22' })).toBe('blocked/firewall r at web-n0');
    expect(walk(doc, 'web', 'db', { service: 'udp/22' })).toBe('allowed at db-n0');
    expect(walk(doc, 'web', 'db', { service: 'tcp/24' })).toBe('allowed at db-n0');
  });

  it('2.4: selectors name VMs, adapters, port groups, switches, hosts and CIDRs', () => {
    for (const selector of ['db', 'db-n0', 'pg', 'vss0', 'esx1', '10.0.0.2', '10.0.0.0/30']) {
      const doc = tagged([{ id: 'r', action: 'drop', destinations: [selector], appliedTo: ['web'] }]);
      expect(walk(doc, 'web', 'db'), selector).toBe('blocked/firewall r at web-n0');
    }
  });

  it('2.4: rules match the packet after NAT, at both ends', () => {
    const doc = twoSubnets().build();
    doc.routers![0]!.nat = [
      { type: 'snat', interface: 'r1-b', source: '10.0.1.0/24', translated: '10.0.2.1' },
    ];
    doc.firewall = { rules: [{ id: 'from-a', sources: ['a'], appliedTo: ['b'], action: 'drop' }] };
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
    doc.firewall = { rules: [{ id: 'from-r1', sources: ['10.0.2.1'], appliedTo: ['b'], action: 'drop' }] };
    expect(walk(doc, 'a', 'b')).toBe('blocked/firewall from-r1 at b-n0');
  });

  it('2.4: VMkernel adapters and router interfaces are not protected', () => {
    const doc = twoSubnets().firewallDefault('drop').build();
    expect(walk(doc, 'r1-a', 'r1-b')).toBe('allowed at r1-b');
  });
});
