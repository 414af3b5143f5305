// Local edits through createEvaluator().apply: the parts an edit cannot reach
// are kept (the same objects), the parts it reaches are judged again, and the
// result is the one a fresh evaluate() gives.
import { describe, expect, it } from 'vitest';
import type { Design, Vm, VmNic } from '../model/types';
import { ContextBuilder } from './contextBuilder';
import { createEvaluator, evaluate } from './index';
import { NeedTracker } from './problems/needs';
import { twoHosts, twoSubnets } from './test/builder';

/** The document with one VM's first adapter changed, every other subtree shared (as the editor's commands do). */
function withNic(doc: Design, vmId: string, change: Partial<VmNic>): Design {
  const vms = doc.vms!.map((vm): Vm => {
    if (vm.id !== vmId) return vm;
    const [nic, ...rest] = vm.nics!;
    return { ...vm, nics: [{ ...nic!, ...change }, ...rest] };
  });
  return { ...doc, vms };
}

const codes = (doc: Design, ev: { apply(d: Design): ReturnType<typeof evaluate> }) => {
  const result = ev.apply(doc);
  expect(result).toEqual(evaluate(doc));
  return result.problems.map((p) => `${p.code} ${p.elements.join(' ')}`);
};

describe('local edits, incrementally', () => {
  it('a VM leaving the only other host that used a VLAN clears vlan-not-carried, and coming back restores it', () => {
    const doc0 = twoHosts(100).portGroup('pg50', 'dvs1', 50).build();
    doc0.physicalSwitches![0]!.ports![1]!.allowed = '1-99';
    const ev = createEvaluator(doc0);
    expect(ev.evaluate().problems.map((p) => p.code)).toContain('vlan-not-carried');
    const doc1 = withNic(doc0, 'a', { network: 'pg50' });
    expect(codes(doc1, ev).filter((c) => c.startsWith('vlan-not-carried'))).toEqual([]);
    const doc2 = withNic(doc1, 'a', { network: 'pg' });
    expect(codes(doc2, ev)).toContain('vlan-not-carried pg esx2 tor1');
  });

  it('a member moving to another VLAN leaves its old neighbour idle at layer 2, and moving back makes it ok', () => {
    const doc0 = twoHosts(100).portGroup('pg50', 'dvs1', 50).build();
    const ev = createEvaluator(doc0);
    expect(ev.evaluate().links['nic:b-n0']).toBe('ok');
    const doc1 = withNic(doc0, 'a', { network: 'pg50' });
    codes(doc1, ev);
    expect(ev.evaluate().links['nic:b-n0']).toBe('idle');
    const doc2 = withNic(doc1, 'a', { network: 'pg' });
    codes(doc2, ev);
    expect(ev.evaluate().links['nic:b-n0']).toBe('ok');
  });

  it('a domain whose members come to share an address gets duplicate-ip, and loses it again', () => {
    const doc0 = twoHosts(100).build();
    const ev = createEvaluator(doc0);
    const doc1 = withNic(doc0, 'a', { ip: '10.0.0.2/24' });
    expect(codes(doc1, ev)).toContain('duplicate-ip a-n0 b-n0');
    const doc2 = withNic(doc1, 'a', { ip: '10.0.0.3/24' });
    expect(codes(doc2, ev).filter((c) => c.startsWith('duplicate-ip'))).toEqual([]);
  });

  it('a VM a flow names gets vm-powered-off when turned off in place, and loses it when turned on', () => {
    const doc0 = twoSubnets().flow('f1', 'a', 'b').build();
    const ev = createEvaluator(doc0);
    const power = (doc: Design, on: boolean): Design => ({
      ...doc,
      vms: doc.vms!.map((vm) => (vm.id === 'a' ? { ...vm, power: on ? 'on' : 'off' } : vm)),
    });
    const doc1 = power(doc0, false);
    expect(codes(doc1, ev)).toContain('vm-powered-off a');
    const doc2 = withNic(doc1, 'a', { ip: '10.0.1.12/24' });
    expect(codes(doc2, ev)).toContain('vm-powered-off a');
    expect(codes(power(doc2, true), ev).filter((c) => c.startsWith('vm-powered-off'))).toEqual([]);
  });

  it('an address change of a member alone on its host and VLAN concerns only its own switch instance', () => {
    const doc0 = twoHosts(100).build();
    const builder = new ContextBuilder();
    const ctx0 = builder.build(doc0).ctx;
    const needs = new NeedTracker(ctx0);
    const own = ctx0.attachments.get('a-n0')!.locations[0]!.instance!.key;
    const { ctx, delta } = builder.build(withNic(doc0, 'a', { ip: '10.0.0.9/24' }));
    expect(delta.everything).toBe(false);
    expect([...needs.update(ctx, delta.members)!]).toEqual([own]);
  });

  it('keeps the flow results an edit cannot reach: the same array when it reaches none', () => {
    const doc0 = twoSubnets()
      .vm('c', 'esx1', [{ network: 'pg-a', ip: '10.0.1.12/24', gateway: '10.0.1.1' }])
      .vm('d', 'esx1', [{ network: 'pg-b', ip: '10.0.2.14/24', gateway: '10.0.2.1' }])
      .flow('f1', 'a', 'b')
      .flow('f2', 'c', 'b')
      .build();
    const ev = createEvaluator(doc0);
    const first = ev.evaluate().flows;
    const doc1 = withNic(doc0, 'd', { ip: '10.0.2.15/24' });
    const second = ev.apply(doc1).flows;
    expect(second).toBe(first);
    expect(second).toEqual(evaluate(doc1).flows);
    const doc2 = withNic(doc1, 'a', { ip: '10.0.1.13/24' });
    const third = ev.apply(doc2).flows;
    expect(third).toEqual(evaluate(doc2).flows);
    expect(third[0]).not.toBe(second[0]);
    expect(third[1]).toBe(second[1]);
  });
});
