import { describe, expect, it } from 'vitest';
import { edited, errorsOf, hostOf, routerOf, vmOf } from '../fixtures/testDesign';
import type { Design } from '../types';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });
const withFlow = (from: string, to: string, edit: (d: Design) => void = () => {}): Design =>
  edited((d) => {
    edit(d);
    d.flows!.push({ id: 'f-test', from, to });
  });
const AT = '/flows/4';

describe('flow ends', () => {
  it.each([
    ['a VM', 'web-01'],
    ['a VM adapter', 'db-01-n0'],
    ['a VMkernel adapter', 'esx2-vmk0'],
    ['a router interface', 'r1-tor'],
    ['an ESXi host with a VMkernel adapter', 'esx2'],
    ['a workstation host with an ip', 'laptop'],
    ['an address inside the design', '10.0.100.21'],
    ['an address outside the design', '8.8.8.8'],
  ])('may be %s', (_what, end) => {
    expect(errorsOf(withFlow('web-01', end))).toEqual([]);
  });
  it.each([
    'vmnet8.nat-out',
    'vmnet8.nat-in',
    'vmnet8.host',
    'vmnet8.dhcp-if',
    'vmnet1.host',
    'vmnet0.host',
    'vmnet2.dhcp-if',
  ])('may be %s, which a desktop network generates (2.6)', (end) => {
    expect(errorsOf(withFlow('dev-01', end))).toEqual([]);
  });
  it.each([
    ['pg-web', '"pg-web" is a port group; a flow starts or ends at a VM, a VM or VMkernel adapter'],
    ['vss0', '"vss0" is a standard switch; a flow starts or ends at'],
    ['tor1', '"tor1" is a physical switch; a flow starts or ends at'],
    ['r1', '"r1" is a router; a flow starts or ends at'],
    ['web-02', '"web-02" is not a VM, adapter, router interface or host in this design'],
    ['vmnet1.dhcp-if', '"vmnet1.dhcp-if" is not a VM'], // vmnet1 has dhcp: false, so no DHCP server
    ['seg1.host', '"seg1.host" is not a VM'], // a LAN segment gives its host no adapter
    ['vmnet8.nat', '"vmnet8.nat" is not a VM'], // a router, not an interface
  ])('are reported when they name %s', (end, message) => {
    expect(errorsOf(withFlow('web-01', end))).toEqual([err(`${AT}/to`, message)]);
  });
});

describe('a host named by a flow has an address to use', () => {
  it('is reported for an ESXi host with no VMkernel adapter', () => {
    const doc = withFlow('esx2', 'web-01', (d) => {
      hostOf(d, 'esx2').vmkernels = [];
      d.flows![1]!.to = 'esx1-vmk0';
    });
    expect(errorsOf(doc)).toEqual([
      err(`${AT}/from`, '"esx2" is an ESXi host with no VMkernel adapter, so flow "f-test"'),
    ]);
  });

  // laptop2 has no ip; it has a LAN segment (no host adapter) and a host-only network vmnet2.
  it('accepts a workstation host with an adapter on a network the other end is on', () => {
    const onVmnet2 = (d: Design) =>
      vmOf(d, 'seg-vm').nics!.push({ id: 'seg-vm-n1', network: 'vmnet2', ip: '10.9.9.9/24' });
    expect(errorsOf(withFlow('laptop2', 'seg-vm', onVmnet2))).toEqual([]);
    expect(errorsOf(withFlow('seg-vm-n1', 'laptop2', onVmnet2))).toEqual([]);
    expect(errorsOf(withFlow('laptop2', '10.9.9.9', onVmnet2))).toEqual([]); // a static address owned there
    expect(errorsOf(withFlow('laptop2', '192.168.57.20'))).toEqual([]); // a (leasable) address in its subnet
    expect(errorsOf(withFlow('laptop2', 'vmnet2.dhcp-if'))).toEqual([]);
    expect(errorsOf(withFlow('laptop2', 'laptop2'))).toEqual([]);
    const routerOnVmnet2 = (d: Design) => (routerOf(d, 'r1').interfaces![2]!.attach = { network: 'vmnet2' });
    expect(errorsOf(withFlow('r1-lab', 'laptop2', routerOnVmnet2))).toEqual([]);
  });
  it('reports a workstation host with no ip and no adapter where the other end is', () => {
    const message =
      '"laptop2" is a workstation host with no "ip" and no adapter on a host-only or NAT network';
    expect(errorsOf(withFlow('laptop2', 'seg-vm'))).toEqual([err(`${AT}/from`, message)]);
    expect(errorsOf(withFlow('seg-vm-n0', 'laptop2'))).toEqual([err(`${AT}/to`, message)]);
    expect(errorsOf(withFlow('laptop2', '8.8.8.8'))).toEqual([err(`${AT}/from`, message)]);
    expect(errorsOf(withFlow('laptop2', 'esx1-vmk0'))).toEqual([err(`${AT}/from`, message)]);
    expect(errorsOf(withFlow('laptop', 'laptop2'))).toEqual([err(`${AT}/to`, message)]);
  });
  it('reports a workstation host with neither ip nor host-only or NAT network, wherever the other end is', () => {
    const noHostOnly = (d: Design) => (d.switches = d.switches!.filter((s) => s.id !== 'vmnet2'));
    expect(errorsOf(withFlow('laptop2', '192.168.57.20', noHostOnly))).toEqual([
      err(`${AT}/from`, '"laptop2" is a workstation host with no "ip"'),
    ]);
  });
});
