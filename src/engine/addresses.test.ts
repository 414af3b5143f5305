// MODEL.md 2.2: addresses and DHCP.
import { describe, expect, it } from 'vitest';
import { design } from './test/builder';
import { evaluate, flowOf, problemsOf, walk } from './test/results';

/** One port group with a DHCP server r1-if at .1 serving from..to. */
const dhcpNet = (from: string, to: string) =>
  design()
    .host('esx1')
    .standard('vss0', 'esx1')
    .portGroup('pg', 'vss0', 10)
    .router('r1', [{ id: 'r1-if', ip: '10.0.0.1/24', attach: { network: 'pg' }, dhcp: { from, to } }]);

/** The address a flow from `vm` reports in its first hop. */
const addressOf = (doc: ReturnType<typeof dhcpNet>, vm: string) => {
  const f = flowOf(evaluate(doc.flow('probe', vm, 'r1-if').build()), 'probe');
  return /\((\d+\.\d+\.\d+\.\d+)\)/.exec(f.hops[0]!.note)?.[1];
};

describe('2.2 addresses', () => {
  it('2.2: a static address defines the adapter’s subnet', () => {
    const doc = dhcpNet('10.0.0.100', '10.0.0.110')
      .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.5/30' }])
      .build();
    expect(walk(doc, 'a', '10.0.0.9')).toBe('unreachable/no-gateway at a-n0');
    expect(walk(doc, 'a', '10.0.0.6')).toBe('unreachable/host-unknown at a-n0');
  });

  it('2.2: a DHCP client takes the lowest free address of the range', () => {
    expect(
      addressOf(dhcpNet('10.0.0.100', '10.0.0.110').vm('a', 'esx1', [{ network: 'pg', ip: 'dhcp' }]), 'a'),
    ).toBe('10.0.0.100');
  });

  it('2.2: clients are served in document order, VMs before VMkernel adapters', () => {
    const b = dhcpNet('10.0.0.100', '10.0.0.110');
    b.vm('a', 'esx1', [
      { network: 'pg', ip: 'dhcp' },
      { network: 'pg', ip: 'dhcp' },
    ]);
    b.vm('b', 'esx1', [{ network: 'pg', ip: 'dhcp' }]);
    const doc = b.build();
    doc.hosts![0]!.vmkernels = [{ id: 'vmk0', network: 'pg', ip: 'dhcp' }];
    const result = evaluate({
      ...doc,
      flows: [
        { id: 'a1', from: 'a-n1', to: 'r1-if' },
        { id: 'b0', from: 'b-n0', to: 'r1-if' },
        { id: 'k', from: 'vmk0', to: 'r1-if' },
      ],
    });
    expect(flowOf(result, 'a1').hops[0]!.note).toContain('10.0.0.101');
    expect(flowOf(result, 'b0').hops[0]!.note).toContain('10.0.0.102');
    expect(flowOf(result, 'k').hops[0]!.note).toContain('10.0.0.103');
  });

  it('2.2: addresses used statically in the domain are skipped', () => {
    const b = dhcpNet('10.0.0.100', '10.0.0.110')
      .vm('s', 'esx1', [{ network: 'pg', ip: '10.0.0.100/24' }])
      .vm('a', 'esx1', [{ network: 'pg', ip: 'dhcp' }]);
    expect(addressOf(b, 'a')).toBe('10.0.0.101');
  });

  it('2.2: a lease gets the server interface as its gateway', () => {
    const doc = dhcpNet('10.0.0.100', '10.0.0.110')
      .vm('a', 'esx1', [{ network: 'pg', ip: 'dhcp' }])
      .build();
    expect(walk(doc, 'a', '8.8.8.8')).toBe('unreachable/no-route at r1');
  });

  it('2.2: the first range in document order serves the domain', () => {
    const doc = dhcpNet('10.0.0.100', '10.0.0.110')
      .router('r2', [
        {
          id: 'r2-if',
          ip: '10.0.0.2/24',
          attach: { network: 'pg' },
          dhcp: { from: '10.0.0.50', to: '10.0.0.60' },
        },
      ])
      .vm('a', 'esx1', [{ network: 'pg', ip: 'dhcp' }]);
    expect(addressOf(doc, 'a')).toBe('10.0.0.100');
  });

  it('2.2: with no server in the domain the client has no address (dhcp-no-server)', () => {
    const doc = design()
      .host('esx1')
      .standard('vss0', 'esx1')
      .portGroup('pg', 'vss0')
      .vm('a', 'esx1', [{ network: 'pg', ip: 'dhcp' }])
      .vm('b', 'esx1', [{ network: 'pg', ip: '10.0.0.2/24' }])
      .build();
    expect(walk(doc, 'a', 'b')).toBe('unreachable/no-address at a-n0');
    expect(problemsOf(evaluate(doc), 'dhcp-no-server')[0]?.elements).toEqual(['a-n0']);
  });

  it('2.2: with the range used up the client has no address (dhcp-pool-exhausted)', () => {
    const doc = dhcpNet('10.0.0.100', '10.0.0.101')
      .vm('s', 'esx1', [{ network: 'pg', ip: '10.0.0.100/24' }])
      .vm('a', 'esx1', [{ network: 'pg', ip: 'dhcp' }])
      .vm('b', 'esx1', [{ network: 'pg', ip: 'dhcp' }])
      .build();
    const [p] = problemsOf(evaluate(doc), 'dhcp-pool-exhausted');
    expect(p?.elements).toEqual(['r1-if', 'b-n0']);
    expect(p?.links).toEqual(['nic:b-n0']);
    expect(walk(doc, 'b', 'a')).toBe('unreachable/no-address at b-n0');
  });

  it('2.2: a server in another domain does not serve the client', () => {
    const doc = dhcpNet('10.0.0.100', '10.0.0.110')
      .portGroup('other', 'vss0', 20)
      .vm('a', 'esx1', [{ network: 'other', ip: 'dhcp' }])
      .build();
    expect(problemsOf(evaluate(doc), 'dhcp-no-server')).toHaveLength(1);
  });

  it('2.2: two members of one domain with one address are duplicate-ip', () => {
    const doc = dhcpNet('10.0.0.100', '10.0.0.110')
      .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
      .build();
    expect(problemsOf(evaluate(doc), 'duplicate-ip')[0]?.elements).toEqual(['a-n0', 'r1-if']);
  });
});
