import { describe, expect, it } from 'vitest';
import type { FlowResult } from '../../engine/types';
import { formatTraceRow, traceRows, traceText, verdictText } from './traceRows';

const vlanDrop: FlowResult = {
  id: 'f-app',
  verdict: 'unreachable',
  reason: 'vlan-not-carried',
  at: 'tor1',
  expected: 'allow',
  pass: false,
  message: 'app-01 → app-02 tcp/443: dropped at tor1 Eth1/2: the trunk does not allow VLAN 100',
  hops: [
    { element: 'app-01-n0', kind: 'adapter', note: 'app-01-n0 (10.0.100.11) sends tcp/443 to app-02-n0' },
    { element: 'app-01-n0', kind: 'firewall', note: 'distributed firewall: allowed by the default rule' },
    {
      element: 'tor1',
      kind: 'physical-switch',
      note: 'dropped at tor1 Eth1/2: the trunk does not allow VLAN 100',
    },
  ],
  links: ['cable:c2'],
  stopLink: 'cable:c2',
};

describe('traceRows', () => {
  it('numbers the hops from 1 and marks the last one of an undelivered flow as the stop', () => {
    const rows = traceRows(vlanDrop);
    expect(rows.map((r) => [r.n, r.element, r.kind, r.stop])).toEqual([
      [1, 'app-01-n0', 'adapter', false],
      [2, 'app-01-n0', 'firewall', false],
      [3, 'tor1', 'physical-switch', true],
    ]);
    expect(rows[2]!.note).toContain('does not allow VLAN 100');
  });

  it('marks no stop on a delivered flow', () => {
    const rows = traceRows({ ...vlanDrop, verdict: 'allowed' });
    expect(rows.some((r) => r.stop)).toBe(false);
  });

  it('has no rows for a flow without hops', () => {
    expect(traceRows({ hops: [], verdict: 'unreachable' })).toEqual([]);
  });
});

describe('formatTraceRow', () => {
  it('reads like traceroute: number, element (kind), note', () => {
    const [first] = traceRows(vlanDrop);
    expect(formatTraceRow(first!)).toBe(
      '1  app-01-n0 (adapter)  app-01-n0 (10.0.100.11) sends tcp/443 to app-02-n0',
    );
  });

  it('right-aligns the number and names the world outside the design', () => {
    const row = { n: 3, element: '', kind: 'outside' as const, note: 'leaves for 8.8.8.8', stop: false };
    expect(formatTraceRow(row, 2)).toBe(' 3  outside (outside)  leaves for 8.8.8.8');
  });
});

describe('verdictText', () => {
  it('gives the reason of an unreachable flow', () => {
    expect(verdictText(vlanDrop)).toBe('unreachable (vlan-not-carried)');
  });

  it('gives the reason and the deciding rule of a blocked flow', () => {
    expect(verdictText({ verdict: 'blocked', reason: 'firewall', rule: 'fw-10' })).toBe(
      'blocked (firewall, rule fw-10)',
    );
    expect(verdictText({ verdict: 'blocked', reason: 'gateway-firewall', rule: 'default' })).toBe(
      'blocked (gateway-firewall, default rule)',
    );
  });

  it('does not repeat "mtu", and says only "allowed" for a delivered flow', () => {
    expect(verdictText({ verdict: 'mtu', reason: 'mtu' })).toBe('mtu');
    expect(verdictText({ verdict: 'allowed', reason: '' })).toBe('allowed');
  });
});

describe('traceText', () => {
  it('is the message, then one line per hop with the stop explained', () => {
    expect(traceText(vlanDrop).split('\n')).toEqual([
      vlanDrop.message,
      '1  app-01-n0 (adapter)  app-01-n0 (10.0.100.11) sends tcp/443 to app-02-n0',
      '2  app-01-n0 (firewall)  distributed firewall: allowed by the default rule',
      '3  tor1 (physical-switch)  dropped at tor1 Eth1/2: the trunk does not allow VLAN 100  <- unreachable (vlan-not-carried)',
    ]);
  });

  it('pads numbers to the widest one', () => {
    const hops = Array.from({ length: 10 }, (_, i) => ({
      element: `r${i}`,
      kind: 'router' as const,
      note: 'hop',
    }));
    const lines = traceText({ ...vlanDrop, verdict: 'allowed', hops }).split('\n');
    expect(lines[1]).toBe(' 1  r0 (router)  hop');
    expect(lines[10]).toBe('10  r9 (router)  hop');
  });
});
