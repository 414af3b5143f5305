// Normalizing an edited rule list reuses the previous version's normalized
// rules by rule object (firewallRules.ts): never another rule's, always the
// same result as normalizing from scratch, and, for the usual edits (a rule
// inserted, removed or replaced), every untouched rule's object as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FirewallRule } from '../model/types';
import { normalizeFirewall, type NormalizedRules } from './firewallRules';
import { runs } from '../../test/property/settings';

const CATEGORIES = ['emergency', 'infrastructure', 'environment', 'application'] as const;
let made = 0;
const newRule = (category: (typeof CATEGORIES)[number] = 'application'): FirewallRule => ({
  id: `r${made++}`,
  action: 'allow',
  category,
  sources: ['any'],
  destinations: [`10.0.0.${made % 250}`],
  services: ['tcp/443'],
});

const normalize = (rules: readonly FirewallRule[], previous: NormalizedRules | null = null) =>
  normalizeFirewall('allow', rules, true, previous);

function expectSameAsFresh(rules: readonly FirewallRule[], previous: NormalizedRules) {
  const edited = normalize(rules, previous);
  expect(edited.firewall).toEqual(normalize(rules).firewall);
  // Each rule's normalized rule is its own, never one made from another rule.
  edited.normalized.nets.forEach((net, i) => expect(net.id).toBe(rules[i]!.id));
  return edited;
}

describe('normalizeFirewall with the previous version', () => {
  const start = () => Array.from({ length: 8 }, (_, i) => newRule(CATEGORIES[i % 4]));

  it.each([
    ['a rule inserted at the top', (r: FirewallRule[]) => [newRule(), ...r]],
    ['a rule inserted in the middle', (r: FirewallRule[]) => [...r.slice(0, 3), newRule(), ...r.slice(3)]],
    ['a rule appended', (r: FirewallRule[]) => [...r, newRule()]],
    ['a rule removed', (r: FirewallRule[]) => [...r.slice(0, 2), ...r.slice(3)]],
    ['the last rule removed', (r: FirewallRule[]) => r.slice(0, -1)],
    [
      'a rule replaced',
      (r: FirewallRule[]) => r.map((x, i) => (i === 4 ? { ...x, action: 'drop' as const } : x)),
    ],
  ])('keeps every other rule object after %s', (_, edit) => {
    const rules = start();
    const before = normalize(rules).normalized;
    const after = edit(rules);
    const edited = expectSameAsFresh(after, before);
    after.forEach((rule, i) => {
      const k = rules.indexOf(rule);
      if (k >= 0) expect(edited.normalized.nets[i], rule.id).toBe(before.nets[k]);
    });
  });

  it('gives the fresh result after any sequence of inserts, removals, replacements and moves', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        kind: fc.constant('remove' as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        kind: fc.constant('replace' as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let rules = start();
        let previous = normalize(rules).normalized;
        for (const e of edits) {
          const next = [...rules];
          const at = next.length === 0 ? 0 : e.at % (next.length + 1);
          if (e.kind === 'insert') next.splice(at, 0, ...Array.from({ length: e.count }, () => newRule()));
          else if (e.kind === 'remove') next.splice(at, e.count);
          else if (e.kind === 'replace')
            for (let k = at; k < Math.min(next.length, at + e.count); k++) next[k] = { ...next[k]! };
          else if (next.length > 0) {
            const [moved] = next.splice(at % next.length, 1);
            next.splice(e.to % (next.length + 1), 0, moved!);
          }
          previous = expectSameAsFresh(next, previous).normalized;
          rules = next;
        }
      }),
      runs(200),
    );
  });
});
