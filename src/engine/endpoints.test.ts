// MODEL.md section 1, flows: what `from` and `to` name and which adapter is used.
import { describe, expect, it } from 'vitest';
import { evaluateFlow } from './index';
import { design, twoSubnets } from './test/builder';
import { evaluate, flowOf, walk } from './test/results';

const multi = () =>
  design()
    .host('esx1', [], {
      vmkernels: [
        { id: 'vmk0', network: 'pg-a', ip: '10.0.1.50/24' },
        { id: 'vmk1', network: 'pg-b', ip: '10.0.2.50/24', services: ['management'] },
      ],
    })
    .standard('vss0', 'esx1')
    .portGroup('pg-a', 'vss0', 10)
    .portGroup('pg-b', 'vss0', 20)
    .portGroup('pg-c', 'vss0', 30)
    .vm('x', 'esx1', [
      { network: 'pg-c', ip: '10.0.3.10/24' },
      { network: 'pg-a', ip: '10.0.1.10/24', gateway: '10.0.1.1' },
      { network: 'pg-b', ip: '10.0.2.10/24' },
    ])
    .vm('y', 'esx1', [{ network: 'pg-c' }, { network: 'pg-b', ip: '10.0.2.20/24' }]);

describe('section 1 flow ends', () => {
  it('flows: an address names the element that owns it', () => {
    expect(walk(multi().build(), '10.0.2.10', '10.0.2.20')).toBe('allowed at y-n1');
  });

  it('flows: an ESXi host means its management VMkernel adapter', () => {
    expect(walk(multi().build(), 'esx1', '10.0.2.20')).toBe('allowed at y-n1');
    const f = evaluateFlow(multi().build(), { id: 'f', from: 'esx1', to: '10.0.2.20' });
    expect(f.hops[0]!.element).toBe('vmk1');
  });

  it('flows: VM to VM takes the first pair of adapters in equal subnets', () => {
    const f = evaluateFlow(multi().build(), { id: 'f', from: 'x', to: 'y' });
    expect([f.hops[0]!.element, f.at]).toEqual(['x-n2', 'y-n1']);
  });

  it('flows: towards one address, a VM uses its adapter whose subnet holds it', () => {
    expect(evaluateFlow(multi().build(), { id: 'f', from: 'x', to: 'vmk0' }).hops[0]!.element).toBe('x-n1');
    expect(walk(multi().build(), 'vmk1', 'x')).toBe('allowed at x-n2');
  });

  it('flows: failing that, a source VM uses its first adapter with a gateway, a destination its first with an address', () => {
    expect(evaluateFlow(multi().build(), { id: 'f', from: 'x', to: '8.8.8.8' }).hops[0]!.element).toBe(
      'x-n1',
    );
    expect(walk(multi().build(), '8.8.8.8', 'y')).toBe('unreachable/no-route at ');
    const toY = evaluateFlow(multi().build(), { id: 'f', from: 'vmk0', to: 'y' });
    expect(toY.message).toContain('10.0.2.20');
  });

  it('flows: the default size is the smaller MTU of the two ends, 1500 for an end outside', () => {
    const doc = twoSubnets().build();
    (doc.switches![0] as { mtu?: number }).mtu = 9000;
    doc.vms![0]!.nics![0]!.mtu = 9000;
    doc.routers![0]!.interfaces!.forEach((i) => (i.mtu = 9000));
    expect(walk(doc, 'a', 'b')).toBe('allowed at b-n0');
    expect(walk(doc, 'a', 'b', { size: 9000 })).toBe('mtu at b-n0');
  });

  it('flows: a flow passes when (verdict allowed) equals (expect allow)', () => {
    const doc = twoSubnets()
      .flow('ok', 'a', 'b')
      .flow('deny-but-allowed', 'a', 'b', { expect: 'deny' })
      .flow('deny-and-unreachable', 'a', '8.8.8.8', { expect: 'deny' })
      .build();
    const result = evaluate(doc);
    expect(['ok', 'deny-but-allowed', 'deny-and-unreachable'].map((id) => flowOf(result, id).pass)).toEqual([
      true,
      false,
      true,
    ]);
    expect(result.ok).toBe(false);
  });
});
