// MODEL.md 2.3 steps 5 and 6: routers and flows from outside.
import { describe, expect, it } from 'vitest';
import { evaluateFlow } from './index';
import { twoSubnets } from './test/builder';
import { walk } from './test/results';

/** twoSubnets plus an external interface r1-wan 203.0.113.2/24 with a default route. */
function edge() {
  const doc = twoSubnets().build();
  const r1 = doc.routers![0]!;
  r1.interfaces!.push({ id: 'r1-wan', ip: '203.0.113.2/24', attach: { external: true } });
  r1.routes = [{ to: '0.0.0.0/0', via: '203.0.113.1' }];
  return doc;
}

describe('2.3 s5 routers', () => {
  it('2.3 s5: the router routes between its connected subnets', () => {
    expect(walk(twoSubnets().build(), 'a', 'b')).toBe('allowed at b-n0');
  });

  it('2.3 s5: a packet for the router itself is delivered at the interface that owns it', () => {
    expect(walk(twoSubnets().build(), 'a', '10.0.2.1')).toBe('allowed at r1-b');
  });

  it('2.3 s5: the gateway firewall decides packets for the router itself too', () => {
    const doc = twoSubnets().build();
    doc.routers![0]!.firewall = { default: 'drop' };
    expect(walk(doc, 'a', 'r1-a')).toBe('blocked/gateway-firewall default at r1');
  });

  it('2.3 s5: the gateway firewall drops forwarded packets, first match', () => {
    const doc = twoSubnets().build();
    doc.routers![0]!.firewall = {
      rules: [
        { id: 'g1', sources: ['10.0.1.0/24'], services: ['tcp/22'], action: 'reject' },
        { id: 'g2', action: 'drop' },
      ],
    };
    expect(walk(doc, 'a', 'b', { service: 'tcp/22' })).toBe('blocked/gateway-firewall g1 at r1');
    expect(walk(doc, 'a', 'b', { service: 'tcp/80' })).toBe('blocked/gateway-firewall g2 at r1');
  });

  it('2.3 s5: with no matching route the router says no-route', () => {
    expect(walk(twoSubnets().build(), 'a', '8.8.8.8')).toBe('unreachable/no-route at r1');
  });

  it('2.3 s5: connected subnets win, then the longest matching route', () => {
    const doc = edge();
    const r1 = doc.routers![0]!;
    r1.interfaces!.push({ id: 'r1-c', ip: '10.0.3.1/24', attach: { network: 'pg-b' } });
    r1.routes!.push({ to: '8.8.0.0/16', via: '10.0.3.9' });
    expect(walk(doc, 'a', '8.8.8.8')).toBe('unreachable/no-gateway at r1-c');
    expect(walk(doc, 'a', '9.9.9.9')).toBe('allowed at r1-wan');
  });

  it('2.3 s5: an egress interface below the size drops it with DF', () => {
    const doc = twoSubnets().build();
    doc.routers![0]!.interfaces![1]!.mtu = 1400;
    expect(walk(doc, 'a', 'b', { size: 1500 })).toBe('mtu at r1-b');
  });

  it('2.3 s5: without DF the router fragments to the egress MTU and the walk goes on', () => {
    const doc = twoSubnets().build();
    doc.routers![0]!.interfaces![1]!.mtu = 1400;
    (doc.switches![0] as { mtu?: number }).mtu = 1400;
    expect(walk(doc, 'a', 'b', { size: 1500, df: false })).toBe('mtu at vss0');
    (doc.switches![0] as { mtu?: number }).mtu = 1500;
    expect(walk(doc, 'a', 'b', { size: 1500, df: false })).toBe('allowed at b-n0');
  });

  it('2.3 s5: destination NAT on the ingress interface comes first', () => {
    const doc = twoSubnets().build();
    doc.routers![0]!.nat = [
      {
        type: 'dnat',
        interface: 'r1-a',
        destination: '10.0.9.100',
        service: 'tcp/80',
        translated: '10.0.2.11',
        port: 8080,
      },
    ];
    doc.routers![0]!.firewall = {
      default: 'drop',
      rules: [{ id: 'to-b', destinations: ['10.0.2.11'], services: ['tcp/8080'], action: 'allow' }],
    };
    expect(walk(doc, 'a', '10.0.9.100', { service: 'tcp/80' })).toBe('allowed at b-n0');
    expect(walk(doc, 'a', '10.0.9.100', { service: 'tcp/81' })).toBe(
      'blocked/gateway-firewall default at r1',
    );
  });

  it('2.3 s5: source NAT on the egress interface rewrites the source', () => {
    const doc = edge();
    doc.routers![0]!.nat = [{ type: 'snat', interface: 'r1-wan', source: '10.0.0.0/8' }];
    const f = evaluateFlow(doc, { id: 'f', from: 'a', to: '1.1.1.1' });
    expect(f.verdict).toBe('allowed');
    expect(f.hops.some((h) => h.note === 'r1 translates the source 10.0.1.11 to 203.0.113.2')).toBe(true);
  });

  it('2.3 s5: a destination inside the design that leaves by an external interface is lost', () => {
    const doc = edge();
    doc.vms!.push({ id: 'far', host: 'esx1', nics: [{ id: 'far-n0', ip: '172.16.0.5/24' }] });
    expect(walk(doc, 'a', '172.16.0.5')).toBe('unreachable/no-route at r1');
    expect(walk(doc, 'a', '172.16.0.6')).toBe('allowed at r1-wan');
  });

  it('2.3 s5: entering a 33rd router is a loop', () => {
    const doc = twoSubnets().build();
    doc.routers!.push({
      id: 'r2',
      interfaces: [{ id: 'r2-b', ip: '10.0.2.2/24', attach: { network: 'pg-b' } }],
      routes: [{ to: '0.0.0.0/0', via: '10.0.2.1' }],
    });
    doc.routers![0]!.routes = [{ to: '0.0.0.0/0', via: '10.0.2.2' }];
    expect(walk(doc, 'a', '8.8.8.8')).toMatch(/^unreachable\/loop at r[12]$/);
    expect(
      evaluateFlow(doc, { id: 'f', from: 'a', to: '8.8.8.8' }).hops.filter((h) =>
        h.note.includes('receives'),
      ),
    ).toHaveLength(32);
  });

  it('2.3 s5: a flow from a router interface is routed by its router', () => {
    expect(walk(twoSubnets().build(), 'r1-a', 'b')).toBe('allowed at b-n0');
  });
});

describe('2.3 s6 from outside', () => {
  it('2.3 s6: an outside source enters at the first external interface whose router covers it', () => {
    expect(walk(edge(), '1.1.1.1', 'b')).toBe('allowed at b-n0');
  });

  it('2.3 s6: with no external interface to enter by it is no-route at ""', () => {
    expect(walk(twoSubnets().build(), '1.1.1.1', 'b')).toBe('unreachable/no-route at ');
  });

  it('2.3 s6: a destination covered by a snat source is unreachable/nat, unless DNAT rewrites it', () => {
    const doc = edge();
    doc.routers![0]!.nat = [
      { type: 'snat', interface: 'r1-wan', source: '10.0.0.0/8' },
      {
        type: 'dnat',
        interface: 'r1-wan',
        destination: '203.0.113.2',
        service: 'tcp/443',
        translated: '10.0.2.11',
      },
    ];
    expect(walk(doc, '1.1.1.1', 'b')).toBe('unreachable/nat at r1');
    expect(walk(doc, '1.1.1.1', '203.0.113.2', { service: 'tcp/443' })).toBe('allowed at b-n0');
    expect(walk(doc, '1.1.1.1', '203.0.113.2', { service: 'tcp/22' })).toBe('allowed at r1-wan');
  });
});
