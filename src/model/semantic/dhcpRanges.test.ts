import { describe, expect, it } from 'vitest';
import { edited, errorsOf, routerOf } from '../fixtures/testDesign';
import type { Design, RouterInterface } from '../types';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });
const withWebInterface = (change: (iface: RouterInterface) => void): Design =>
  edited((d) => change(routerOf(d, 'r1').interfaces![0]!));
const AT = '/routers/0/interfaces/0/dhcp';

describe("a router interface's DHCP range", () => {
  it('lies inside the subnet; one address is a range too', () => {
    expect(errorsOf(withWebInterface((i) => (i.dhcp = { from: '10.0.100.1', to: '10.0.100.1' })))).toEqual(
      [],
    );
    expect(errorsOf(withWebInterface((i) => (i.dhcp = { from: '10.0.100.1', to: '10.0.100.254' })))).toEqual(
      [],
    );
  });
  it('is reported at the end that lies outside the subnet', () => {
    expect(errorsOf(withWebInterface((i) => (i.dhcp = { from: '10.0.101.10', to: '10.0.100.20' })))).toEqual([
      err(`${AT}/from`, "10.0.101.10 is outside the interface's subnet 10.0.100.0/24"),
    ]);
    expect(errorsOf(withWebInterface((i) => (i.dhcp = { from: '10.0.100.10', to: '10.0.200.20' })))).toEqual([
      err(`${AT}/to`, "10.0.200.20 is outside the interface's subnet 10.0.100.0/24"),
    ]);
  });
  it('is reported when it runs backwards', () => {
    expect(errorsOf(withWebInterface((i) => (i.dhcp = { from: '10.0.100.50', to: '10.0.100.40' })))).toEqual([
      err(`${AT}/to`, 'the range ends at 10.0.100.40, before it starts at 10.0.100.50'),
    ]);
  });
  it("is reported when it holds the subnet's network or broadcast address", () => {
    expect(errorsOf(withWebInterface((i) => (i.dhcp = { from: '10.0.100.0', to: '10.0.100.255' })))).toEqual([
      err(`${AT}/from`, '10.0.100.0 is the network address of 10.0.100.0/24'),
      err(`${AT}/to`, '10.0.100.255 is the broadcast address of 10.0.100.0/24'),
    ]);
  });
  it('is reported on an interface with no address', () => {
    expect(errorsOf(withWebInterface((i) => delete i.ip))).toEqual([
      err(AT, 'interface "r1-web" serves DHCP but has no "ip"'),
    ]);
  });
});
