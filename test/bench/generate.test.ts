// The benchmark's generated designs: valid, deterministic, of the tier's size,
// and carrying each deliberate fault where the evaluator finds it.
import { describe, expect, it } from 'vitest';
import { generate, generateDesign } from '../../bench/generate';
import { TIERS } from '../../bench/tiers';
import { evaluate } from '../../src/engine/index';
import { formatError, validateDesign } from '../../src/model/validate';

const errorsOf = (doc: unknown) => {
  const result = validateDesign(doc);
  return result.ok ? [] : result.errors.map(formatError).slice(0, 10);
};

describe.each(['S', 'M'] as const)('tier %s', (tier) => {
  const doc = generateDesign(tier, 1);

  it('passes validateDesign', () => {
    expect(errorsOf(doc)).toEqual([]);
    // As a file, too: written and read back.
    expect(errorsOf(JSON.parse(JSON.stringify(doc)))).toEqual([]);
  });

  it("has the tier's counts", () => {
    const size = TIERS[tier];
    expect(doc.hosts).toHaveLength(size.hosts);
    expect(doc.vms).toHaveLength(size.vms);
    expect(doc.firewall?.rules).toHaveLength(size.rules);
    expect(doc.flows).toHaveLength(size.flows);
  });
});

describe('determinism', () => {
  it('gives the same document for the same seed, another for another seed', () => {
    const a = JSON.stringify(generateDesign('S', 7));
    expect(JSON.stringify(generateDesign('S', 7))).toBe(a);
    expect(JSON.stringify(generateDesign('S', 8))).not.toBe(a);
  });

  it('builds the smallest tier from any seed, with every fault placed', () => {
    // Seed 6 once took both a VLAN-fault tier and a duplicate-IP tier from every tenant, leaving none to power off.
    for (let seed = 1; seed <= 40; seed++) {
      const doc = generateDesign('S', seed);
      expect(doc.vms).toHaveLength(TIERS.S.vms);
      expect(doc.vms?.some((vm) => vm.power === 'off')).toBe(true);
    }
  });
});

describe('realism', () => {
  const doc = generateDesign('M', 3);

  it('puts hosts in clusters of 8–16, one vDS each, with an active and a standby uplink per host', () => {
    const dvses = (doc.switches ?? []).filter((s) => s.type === 'distributed');
    expect(dvses.length).toBeGreaterThan(1);
    for (const dvs of dvses) {
      if (dvs.type !== 'distributed') continue;
      expect(dvs.hosts!.length).toBeGreaterThanOrEqual(8);
      expect(dvs.hosts!.length).toBeLessThanOrEqual(16);
      for (const host of dvs.hosts!)
        expect(dvs.uplinks!.filter((u) => u.host === host).map((u) => u.role)).toEqual(['active', 'standby']);
    }
  });

  it('uses all four rule categories, tag, CIDR and id selectors, and some disabled rules', () => {
    const rules = doc.firewall?.rules ?? [];
    expect(new Set(rules.map((r) => r.category ?? 'application'))).toEqual(
      new Set(['emergency', 'infrastructure', 'environment', 'application']),
    );
    const selectors = rules.flatMap((r) => [...(r.sources ?? []), ...(r.destinations ?? [])]);
    expect(selectors.some((s) => s.startsWith('tag:'))).toBe(true);
    expect(selectors.some((s) => /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(s))).toBe(true);
    const vmIds = new Set((doc.vms ?? []).map((vm) => vm.id));
    expect(selectors.some((s) => vmIds.has(s))).toBe(true);
    expect(rules.some((r) => r.disabled)).toBe(true);
  });

  it('has routers with static routes, an external interface and NAT', () => {
    const routers = doc.routers ?? [];
    expect(routers.some((r) => r.interfaces?.some((i) => i.attach && 'external' in i.attach))).toBe(true);
    expect(routers.some((r) => (r.routes ?? []).length > 1)).toBe(true);
    expect(routers.some((r) => r.nat?.some((n) => n.type === 'snat'))).toBe(true);
    expect(routers.some((r) => r.nat?.some((n) => n.type === 'dnat'))).toBe(true);
  });
});

describe.each([1, 2])('deliberate faults of S, seed %i', (seed) => {
  const { design, faults } = generate('S', seed);
  const result = evaluate(design);

  it('lists one fault of each kind', () => {
    expect(faults.map((f) => f.code).sort()).toEqual(
      ['duplicate-ip', 'mtu-mismatch', 'shadowed-rule', 'vlan-not-carried', 'vm-powered-off'].sort(),
    );
  });

  it.each(faults.map((f) => [f.code, f] as const))('is reported: %s', (code, fault) => {
    const named = result.problems.filter((p) => p.code === code).map((p) => p.elements);
    expect(named.some((elements) => fault.elements.every((e) => elements.includes(e)))).toBe(true);
  });

  it('makes the fault flows fail, each for its reason', () => {
    const byId = new Map(result.flows.map((f) => [f.id, f]));
    expect(byId.get('f-fault-vlan')).toMatchObject({
      pass: false,
      verdict: 'unreachable',
      reason: 'vlan-not-carried',
    });
    expect(byId.get('f-fault-mtu')).toMatchObject({ pass: false, verdict: 'mtu' });
    expect(byId.get('f-fault-off')).toMatchObject({
      pass: false,
      verdict: 'unreachable',
      reason: 'disconnected',
    });
  });

  it('gives every other flow the outcome its expectation states', () => {
    const failing = result.flows.filter((f) => !f.pass && !f.id.startsWith('f-fault-')).map((f) => f.message);
    expect(failing).toEqual([]);
  });

  it('expects some flows to be denied and others allowed', () => {
    const expectations = new Set(result.flows.map((f) => f.expected));
    expect(expectations).toEqual(new Set(['allow', 'deny']));
  });
});

describe('sizes', () => {
  it('builds a custom size exactly', () => {
    const size = { hosts: 30, vms: 700, rules: 900, flows: 40 };
    const doc = generateDesign(size, 5);
    expect(errorsOf(doc)).toEqual([]);
    expect([doc.hosts?.length, doc.vms?.length, doc.firewall?.rules?.length, doc.flows?.length]).toEqual([
      30, 700, 900, 40,
    ]);
  });

  it('refuses a size it cannot build faithfully', () => {
    expect(() => generateDesign({ hosts: 4, vms: 100, rules: 10, flows: 20 }, 1)).toThrow(RangeError);
    expect(() => generateDesign({ hosts: 4, vms: 100, rules: 200, flows: 2 }, 1)).toThrow(RangeError);
  });
});
