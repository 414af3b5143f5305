import { describe, expect, it } from 'vitest';
import type { LinkStatus } from '../engine/types';
import { SEVERITY, worstStatus } from './worstStatus';

describe('worstStatus', () => {
  it('ranks every status once, failures of expected flows first and idle last', () => {
    expect([...SEVERITY].sort()).toEqual(['blocked', 'down', 'idle', 'mtu', 'ok', 'unreachable']);
    expect(SEVERITY.slice(0, 3)).toEqual(['blocked', 'unreachable', 'mtu']);
    expect(SEVERITY.at(-1)).toBe('idle');
  });

  it('picks the most severe status among the links, reading a missing status as idle', () => {
    const statuses: Record<string, LinkStatus> = {
      a: 'ok',
      b: 'down',
      c: 'mtu',
      d: 'unreachable',
      e: 'blocked',
    };
    expect(worstStatus(['a'], statuses)).toBe('ok');
    expect(worstStatus(['a', 'b'], statuses)).toBe('down');
    expect(worstStatus(['b', 'c', 'a'], statuses)).toBe('mtu');
    expect(worstStatus(['c', 'd'], statuses)).toBe('unreachable');
    expect(worstStatus(['a', 'd', 'e'], statuses)).toBe('blocked');
    expect(worstStatus(['a', 'unknown'], statuses)).toBe('ok');
    expect(worstStatus([], statuses)).toBe('idle');
    expect(worstStatus(undefined, statuses)).toBe('idle');
  });
});
