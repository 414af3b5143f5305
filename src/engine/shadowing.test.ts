// MODEL.md 2.5 shadowed-rule: exact over the design's adapters, directions,
// addresses (outside ones told apart only by CIDRs) and services.
import { describe, expect, it } from 'vitest';
import type { FirewallRule, GatewayRule } from '../model/types';
import { design } from './test/builder';
import { evaluate, problemsOf } from './test/results';

const base = () =>
  design()
    .host('esx1')
    .standard('vss0', 'esx1')
    .portGroup('pg', 'vss0', 10)
    .vm('web', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }], { tags: ['web'] })
    .vm('db', 'esx1', [{ network: 'pg', ip: '10.0.0.2/24' }], { tags: ['db'] });

const shadowed = (rules: FirewallRule[]): string[][] => {
  const b = base();
  for (const r of rules) b.rule(r);
  return problemsOf(evaluate(b.build()), 'shadowed-rule').map((p) => p.elements);
};

describe('2.5 shadowed-rule', () => {
  it('2.5 shadowed-rule: a rule whose packets an earlier rule all decides', () => {
    expect(
      shadowed([
        { id: 'broad', destinations: ['tag:db'], services: ['tcp/22'], action: 'drop' },
        {
          id: 'narrow',
          sources: ['tag:web'],
          destinations: ['tag:db'],
          services: ['tcp/22'],
          action: 'allow',
        },
      ]),
    ).toEqual([['narrow', 'broad']]);
  });

  it('2.5 shadowed-rule: several earlier rules together can shadow one', () => {
    expect(
      shadowed([
        { id: 'low', services: ['tcp/1-100'], action: 'allow' },
        { id: 'high', services: ['tcp/101-65535'], action: 'drop' },
        { id: 'mid', services: ['tcp/50-150'], action: 'drop' },
      ]),
    ).toEqual([['mid', 'low', 'high']]);
  });

  it('2.5 shadowed-rule: a rule that still decides some packet is not shadowed', () => {
    expect(
      shadowed([
        { id: 'low', services: ['tcp/1-100'], action: 'allow' },
        { id: 'mid', services: ['tcp/50-150'], action: 'drop' },
      ]),
    ).toEqual([]);
  });

  it('2.5 shadowed-rule: addresses outside the design still count, told apart by CIDRs', () => {
    expect(
      shadowed([
        { id: 'ten', sources: ['10.0.0.0/8'], action: 'drop' },
        { id: 'all', sources: ['0.0.0.0/0'], action: 'allow' },
      ]),
    ).toEqual([]);
    expect(
      shadowed([
        { id: 'lowHalf', sources: ['0.0.0.0/1'], action: 'drop' },
        { id: 'highHalf', sources: ['128.0.0.0/1'], action: 'drop' },
        { id: 'all', sources: ['any'], action: 'allow' },
      ]),
    ).toEqual([['all', 'lowHalf', 'highHalf']]);
  });

  it('2.5 shadowed-rule: judged over the design’s adapters: appliedTo to every adapter covers "any"', () => {
    expect(
      shadowed([
        { id: 'web-only', appliedTo: ['tag:web'], action: 'drop' },
        { id: 'everywhere', action: 'allow' },
      ]),
    ).toEqual([]);
    expect(
      shadowed([
        { id: 'both', appliedTo: ['tag:web', 'db'], action: 'drop' },
        { id: 'everywhere', action: 'allow' },
      ]),
    ).toEqual([['everywhere', 'both']]);
  });

  it('2.5 shadowed-rule: one direction does not cover both', () => {
    expect(
      shadowed([
        { id: 'in', direction: 'in', action: 'drop' },
        { id: 'both', action: 'allow' },
      ]),
    ).toEqual([]);
  });

  it('2.5 shadowed-rule: disabled rules shadow nothing and are not reported', () => {
    expect(
      shadowed([
        { id: 'off', action: 'drop', disabled: true },
        { id: 'on', action: 'allow' },
        { id: 'off2', action: 'allow', disabled: true },
      ]),
    ).toEqual([]);
  });

  it('2.5 shadowed-rule: evaluation order is by category, so a later emergency rule shadows', () => {
    expect(
      shadowed([
        { id: 'app', destinations: ['tag:db'], action: 'allow' },
        { id: 'emergency', category: 'emergency', action: 'drop' },
      ]),
    ).toEqual([['app', 'emergency']]);
  });

  it('2.5 shadowed-rule: a rule that matches nothing is not reported', () => {
    expect(
      shadowed([
        { id: 'all', action: 'drop' },
        { id: 'nothing', sources: [], action: 'allow' },
        { id: 'no-such-tag', sources: ['tag:none'], action: 'allow' },
      ]),
    ).toEqual([]);
  });

  it('2.5 shadowed-rule: each router’s gateway firewall is judged too', () => {
    const rules: GatewayRule[] = [
      { id: 'g1', destinations: ['10.0.0.0/24'], action: 'drop' },
      { id: 'g2', destinations: ['10.0.0.2'], services: ['tcp/443'], action: 'allow' },
    ];
    const doc = base()
      .router('r1', [{ id: 'r1-if', ip: '10.0.0.254/24', attach: { network: 'pg' } }], {
        firewall: { rules },
      })
      .build();
    expect(problemsOf(evaluate(doc), 'shadowed-rule').map((p) => p.elements)).toEqual([['g2', 'g1']]);
  });
});
