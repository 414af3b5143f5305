import { describe, expect, it } from 'vitest';
import { edited, errorsOf, routerOf } from '../fixtures/testDesign';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe("a NAT rule's interface", () => {
  it('is an interface of the same router', () => {
    const doc = edited((d) =>
      routerOf(d, 'r1').nat!.push({
        type: 'dnat',
        interface: 'r1-wan',
        destination: '203.0.113.2',
        service: 'tcp/443',
        translated: '10.0.100.11',
      }),
    );
    expect(errorsOf(doc)).toEqual([]);
  });
  it('is reported when it belongs to another router', () => {
    expect(errorsOf(edited((d) => (routerOf(d, 'r1').nat![0]!.interface = 'r2-wan')))).toEqual([
      err(
        '/routers/0/nat/0/interface',
        '"r2-wan" is an interface of router "r2"; a NAT rule of "r1" names one of "r1"\'s own',
      ),
    ]);
  });
  it('is reported when it names nothing, or something else', () => {
    expect(errorsOf(edited((d) => (routerOf(d, 'r1').nat![0]!.interface = 'r1-dmz')))).toEqual([
      err('/routers/0/nat/0/interface', '"r1-dmz" is not an interface of router "r1"'),
    ]);
    expect(errorsOf(edited((d) => (routerOf(d, 'r1').nat![0]!.interface = 'web-01')))).toEqual([
      err('/routers/0/nat/0/interface', '"web-01" is a VM, not an interface of router "r1"'),
    ]);
  });
});

describe("a route's interface", () => {
  it('is an interface of the same router', () => {
    expect(
      errorsOf(edited((d) => (routerOf(d, 'r2').routes = [{ to: '0.0.0.0/0', interface: 'r2-wan' }]))),
    ).toEqual([]);
  });
  it('is reported when it belongs to another router', () => {
    expect(
      errorsOf(edited((d) => (routerOf(d, 'r2').routes = [{ to: '0.0.0.0/0', interface: 'r1-wan' }]))),
    ).toEqual([
      err('/routers/1/routes/0/interface', '"r1-wan" is an interface of router "r1"; a route of "r2"'),
    ]);
  });
});
