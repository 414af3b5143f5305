import { describe, expect, it } from 'vitest';
import { edited, errorsOf, routerOf } from '../fixtures/testDesign';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe('firewall selectors that are element ids', () => {
  it('name a VM, a VM adapter, a port group, a desktop network, a switch or a host', () => {
    const doc = edited((d) => {
      const rule = d.firewall!.rules![0]!;
      rule.sources = [
        'web-01',
        'web-01-n0',
        'pg-web',
        'vmnet8',
        'vss0',
        'dvs1',
        'esx1',
        'tag:any-tag',
        'any',
      ];
      rule.destinations = ['10.0.0.5', '10.0.0.0/8'];
    });
    expect(errorsOf(doc)).toEqual([]);
  });
  it.each([
    ['esx1-vmk0', 'is a VMkernel adapter, which the distributed firewall does not protect'],
    ['r1-web', 'is a router interface, which the distributed firewall does not protect'],
    ['r1', 'is a router; a selector names a VM, VM adapter, port group, desktop network, switch or host'],
    ['tor1', 'is a physical switch; a selector names'],
    ['c1', 'is a cable; a selector names'],
    ['f1', 'is a flow; a selector names'],
    ['gw-1', 'is a gateway firewall rule; a selector names'],
    [
      'web',
      'is not a VM, VM adapter, port group, desktop network, switch or host in this design; write a tag as "tag:NAME"',
    ],
  ])('report %s', (selector, message) => {
    expect(errorsOf(edited((d) => (d.firewall!.rules![0]!.destinations![1] = selector)))).toEqual([
      err('/firewall/rules/0/destinations/1', `"${selector}" ${message}`),
    ]);
  });
  it('are checked in sources, destinations and appliedTo, and in gateway rules', () => {
    const doc = edited((d) => {
      const rule = d.firewall!.rules![0]!;
      rule.sources = ['any', 'nope-1'];
      rule.appliedTo = ['nope-2'];
      routerOf(d, 'r1').firewall!.rules![0]!.destinations = ['nope-3'];
    });
    expect(errorsOf(doc)).toEqual([
      err('/routers/0/firewall/rules/0/destinations/0', '"nope-3" is not'),
      err('/firewall/rules/0/sources/1', '"nope-1" is not'),
      err('/firewall/rules/0/appliedTo/0', '"nope-2" is not'),
    ]);
  });
});
