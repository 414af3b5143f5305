import { describe, expect, it } from 'vitest';
import {
  distributedOf,
  edited,
  errorsOf,
  hostOf,
  portGroupOf,
  routerOf,
  standardOf,
  switchOf,
  vmOf,
} from '../fixtures/testDesign';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe("a VM's host", () => {
  it('names a host', () => {
    expect(errorsOf(edited((d) => (vmOf(d, 'web-01').host = 'esx2')))).toEqual([]);
  });
  it('is reported when it names nothing', () => {
    expect(errorsOf(edited((d) => (vmOf(d, 'web-01').host = 'esx9')))).toEqual([
      err('/vms/0/host', '"esx9" is not a host in this design'),
    ]);
  });
  it('is reported when it names another kind of element', () => {
    expect(errorsOf(edited((d) => (vmOf(d, 'web-01').host = 'vss0')))).toEqual([
      err('/vms/0/host', '"vss0" is a standard switch, not a host'),
    ]);
  });
});

describe("a switch's host and a distributed switch's member hosts", () => {
  it('name hosts', () => {
    expect(errorsOf(edited((d) => (standardOf(d, 'vss0').host = 'esx1')))).toEqual([]);
  });
  it("reports a standard switch's host that is not a host", () => {
    expect(errorsOf(edited((d) => (standardOf(d, 'vss0').host = 'r1')))).toEqual([
      err('/switches/0/host', '"r1" is a router, not a host'),
    ]);
  });
  it("reports a desktop network's host that does not exist", () => {
    expect(errorsOf(edited((d) => (switchOf(d, 'vmnet8', 'nat').host = 'nobody')))).toEqual([
      err('/switches/2/host', '"nobody" is not a host in this design'),
    ]);
  });
  it('reports a member that is not a host', () => {
    expect(errorsOf(edited((d) => distributedOf(d, 'dvs1').hosts!.push('tor1')))).toEqual([
      err('/switches/1/hosts/2', '"tor1" is a physical switch, not a host'),
    ]);
  });
});

describe("a port group's switch", () => {
  it('is a standard or distributed switch', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-web').switch = 'vss0')))).toEqual([]);
  });
  it('is reported when it names nothing', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-web').switch = 'dvs9')))).toEqual([
      err('/portGroups/1/switch', '"dvs9" is not a switch in this design'),
    ]);
  });
  it('is reported on a desktop network', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-mgmt').switch = 'vmnet8')))).toEqual([
      err(
        '/portGroups/0/switch',
        '"vmnet8" is a NAT network; port groups belong to standard and distributed switches',
      ),
    ]);
  });
  it('is reported on something that is no switch', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-mgmt').switch = 'esx1')))).toEqual([
      err('/portGroups/0/switch', '"esx1" is an ESXi host, not a switch'),
    ]);
  });
});

describe("a VM adapter's network", () => {
  it('is a port group or a desktop network', () => {
    const doc = edited((d) => {
      vmOf(d, 'web-01').nics![0]!.network = 'pg-trunk';
      vmOf(d, 'dev-01').nics![0]!.network = 'vmnet0';
    });
    expect(errorsOf(doc)).toEqual([]);
  });
  it.each([
    ['vss0', '"vss0" is a standard switch; connect the adapter to one of its port groups'],
    ['dvs1', '"dvs1" is a distributed switch; connect the adapter to one of its port groups'],
    ['tor1', '"tor1" is a physical switch, not a port group or desktop network'],
    ['pg-nope', '"pg-nope" is not a port group or desktop network in this design'],
  ])('is reported when it is %s', (network, message) => {
    expect(errorsOf(edited((d) => (vmOf(d, 'db-01').nics![0]!.network = network)))).toEqual([
      err('/vms/1/nics/0/network', message),
    ]);
  });
});

describe("a VMkernel adapter's network", () => {
  it('is a port group', () => {
    expect(errorsOf(edited((d) => (hostOf(d, 'esx1').vmkernels![0]!.network = 'pg-web')))).toEqual([]);
  });
  it('is reported on a desktop network, which an ESXi host cannot have', () => {
    expect(errorsOf(edited((d) => (hostOf(d, 'esx1').vmkernels![0]!.network = 'vmnet1')))).toEqual([
      err(
        '/hosts/0/vmkernels/0/network',
        '"vmnet1" is a host-only network; a VMkernel adapter connects to a port group',
      ),
    ]);
  });
  it('is reported on a switch', () => {
    expect(errorsOf(edited((d) => (hostOf(d, 'esx2').vmkernels![0]!.network = 'vss0')))).toEqual([
      err('/hosts/1/vmkernels/0/network', 'connect the VMkernel adapter to one of its port groups'),
    ]);
  });
});

describe("a router interface's attachment", () => {
  it('names a port group or desktop network, a host, or a physical switch', () => {
    const doc = edited((d) => {
      const ifaces = routerOf(d, 'r1').interfaces!;
      ifaces[0]!.attach = { network: 'pg-iso', host: 'esx2' };
      ifaces[2]!.attach = { network: 'seg1' };
      ifaces[1]!.attach = { switch: 'tor2' };
    });
    expect(errorsOf(doc)).toEqual([]);
  });
  it('reports a network that is a switch', () => {
    expect(errorsOf(edited((d) => (routerOf(d, 'r1').interfaces![0]!.attach = { network: 'dvs1' })))).toEqual(
      [err('/routers/0/interfaces/0/attach/network', 'connect the interface to one of its port groups')],
    );
  });
  it('reports a host that is not a host', () => {
    const doc = edited(
      (d) => (routerOf(d, 'r1').interfaces![0]!.attach = { network: 'pg-web', host: 'web-01' }),
    );
    expect(errorsOf(doc)).toEqual([
      err('/routers/0/interfaces/0/attach/host', '"web-01" is a VM, not a host'),
    ]);
  });
  it('reports a virtual switch given as a physical one', () => {
    expect(
      errorsOf(edited((d) => (routerOf(d, 'r1').interfaces![1]!.attach = { switch: 'vss0', vlan: 5 }))),
    ).toEqual([
      err('/routers/0/interfaces/1/attach/switch', '"vss0" is a standard switch, not a physical switch'),
    ]);
  });
  it('reports a physical switch that does not exist', () => {
    expect(errorsOf(edited((d) => (routerOf(d, 'r1').interfaces![1]!.attach = { switch: 'tor3' })))).toEqual([
      err('/routers/0/interfaces/1/attach/switch', '"tor3" is not a physical switch in this design'),
    ]);
  });
});
