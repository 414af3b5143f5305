import { describe, expect, it } from 'vitest';
import type { Design } from '../types';
import type { CommandResult } from './command';
import { richDesign } from './fixtures/richDesign';
import { addRule, moveRule, removeRule, setFirewallDefault, setRuleEnabled } from './firewallRules';

function ok(result: CommandResult): Design {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.doc;
}

const order = (doc: Design) => doc.firewall?.rules?.map((r) => r.id);

describe('firewall rules', () => {
  it('adds an allow rule at the end, with a category when not the default', () => {
    const doc = ok(addRule.run(richDesign(), {}));
    expect(doc.firewall?.rules?.at(-1)).toEqual({ id: 'rule-01', action: 'allow' });
    const infra = ok(addRule.run(doc, { category: 'infrastructure' }));
    expect(infra.firewall?.rules?.at(-1)).toEqual({
      id: 'rule-02',
      action: 'allow',
      category: 'infrastructure',
    });
  });

  it('adds to a router’s gateway firewall, creating it when missing', () => {
    const doc = ok(addRule.run(richDesign(), { router: 'r1' }));
    expect(doc.routers?.[0]?.firewall?.rules?.map((r) => r.id)).toEqual(['gw-1', 'rule-01']);
    const bare: Design = { format: 'vnet-design', version: 1, routers: [{ id: 'r9' }] };
    expect(ok(addRule.run(bare, { router: 'r9' })).routers?.[0]?.firewall).toEqual({
      rules: [{ id: 'rule-01', action: 'allow' }],
    });
    expect(addRule.run(bare, { router: 'nope' }).ok).toBe(false);
  });

  it('removes a rule', () => {
    expect(order(ok(removeRule.run(richDesign(), { id: 'fw-db' })))).toEqual([
      'fw-web',
      'fw-host',
      'fw-env',
      'fw-app2',
    ]);
    expect(ok(removeRule.run(richDesign(), { id: 'gw-1' })).routers?.[0]?.firewall?.rules).toEqual([]);
    expect(removeRule.run(richDesign(), { id: 'web-01' }).ok).toBe(false);
  });

  it('moves a rule past its neighbour of the same category, skipping other categories', () => {
    // Application rules in document order: fw-web, fw-db, fw-app2 (fw-host and fw-env sit between).
    const down = ok(moveRule.run(richDesign(), { id: 'fw-db', direction: 'down' }));
    expect(order(down)).toEqual(['fw-web', 'fw-app2', 'fw-host', 'fw-env', 'fw-db']);
    const up = ok(moveRule.run(richDesign(), { id: 'fw-db', direction: 'up' }));
    expect(order(up)).toEqual(['fw-db', 'fw-web', 'fw-host', 'fw-env', 'fw-app2']);
  });

  it('refuses to move past the ends of its category', () => {
    const first = moveRule.run(richDesign(), { id: 'fw-web', direction: 'up' });
    expect(first).toEqual({ ok: false, reason: 'fw-web is already the first application rule' });
    expect(moveRule.run(richDesign(), { id: 'fw-host', direction: 'down' }).ok).toBe(false);
  });

  it('moves gateway firewall rules within their router', () => {
    const doc = ok(addRule.run(richDesign(), { router: 'r1' }));
    const moved = ok(moveRule.run(doc, { id: 'rule-01', direction: 'up' }));
    expect(moved.routers?.[0]?.firewall?.rules?.map((r) => r.id)).toEqual(['rule-01', 'gw-1']);
  });

  it('disables and enables a rule; enabling drops the key', () => {
    const off = ok(setRuleEnabled.run(richDesign(), { id: 'fw-web', enabled: false }));
    expect(off.firewall?.rules?.[0]?.disabled).toBe(true);
    const on = ok(setRuleEnabled.run(richDesign(), { id: 'fw-env', enabled: true }));
    expect(on.firewall?.rules?.[3]).not.toHaveProperty('disabled');
    const same = richDesign();
    expect(ok(setRuleEnabled.run(same, { id: 'fw-web', enabled: true }))).toBe(same);
  });

  it('sets the default action of either firewall', () => {
    expect(ok(setFirewallDefault.run(richDesign(), { action: 'reject' })).firewall?.default).toBe('reject');
    expect(
      ok(setFirewallDefault.run(richDesign(), { router: 'r1', action: 'drop' })).routers?.[0]?.firewall
        ?.default,
    ).toBe('drop');
    const bare: Design = { format: 'vnet-design', version: 1 };
    expect(ok(setFirewallDefault.run(bare, { action: 'drop' })).firewall).toEqual({ default: 'drop' });
  });
});
