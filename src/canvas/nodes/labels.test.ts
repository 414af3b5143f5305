import { describe, expect, it } from 'vitest';
import { desktopDetail, portModeLabel, vlanLabel } from './labels';

describe('node labels', () => {
  it('names every VLAN form of a port group', () => {
    const pg = (vlan?: number | { trunk: string } | { pvlan: number }) => ({
      id: 'pg',
      switch: 's',
      ...(vlan === undefined ? {} : { vlan }),
    });
    expect(
      [pg(), pg(0), pg(100), pg(4095), pg({ trunk: '10-20' }), pg({ pvlan: 501 })].map(vlanLabel),
    ).toEqual(['untagged', 'untagged', 'VLAN 100', 'VLAN 4095 (guest)', 'trunk 10-20', 'PVLAN 501']);
  });

  it('shows a port as access VLAN or trunk allowed list with its native VLAN', () => {
    expect(portModeLabel({ name: 'Eth1/1' })).toBe('access 1');
    expect(portModeLabel({ name: 'Eth1/1', mode: 'access', vlan: 10 })).toBe('access 10');
    expect(portModeLabel({ name: 'Eth1/2', mode: 'trunk' })).toBe('trunk 1-4094 n1');
    expect(portModeLabel({ name: 'Eth1/2', mode: 'trunk', allowed: '100,200', native: 5 })).toBe(
      'trunk 100,200 n5',
    );
  });

  it('describes desktop networks', () => {
    expect(desktopDetail({ id: 'n', type: 'nat', host: 'h', subnet: '192.168.80.0/24' })).toBe(
      '192.168.80.0/24',
    );
    expect(desktopDetail({ id: 'b', type: 'bridged', host: 'h', nic: 'eth0' })).toBe('bridged to eth0');
  });
});
