import { describe, expect, it } from 'vitest';
import {
  baseDesign,
  distributedOf,
  edited,
  errorsOf,
  hostOf,
  standardOf,
  switchOf,
} from '../fixtures/testDesign';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe('desktop networks live on workstation hosts', () => {
  it('accepts every desktop network type on a workstation host', () => {
    const doc = baseDesign();
    expect(doc.switches!.filter((s) => hostOf(doc, 'laptop').id === ('host' in s ? s.host : '')).length).toBe(
      3,
    );
    expect(errorsOf(doc)).toEqual([]);
  });
  it.each([
    ['vmnet8', 2, 'a NAT network'],
    ['vmnet1', 3, 'a host-only network'],
    ['seg1', 5, 'a LAN segment'],
  ])('reports %s on an ESXi host', (id, index, noun) => {
    const doc = edited((d) => {
      const sw = d.switches![index]!;
      if ('host' in sw) sw.host = 'esx2';
    });
    expect(errorsOf(doc)).toEqual([
      err(`/switches/${index}/host`, `"esx2" is an ESXi host; ${noun} is a VMware Workstation`),
    ]);
    expect(doc.switches![index]!.id).toBe(id);
  });
});

describe('standard and distributed switches live on ESXi hosts', () => {
  it('reports a standard switch on a workstation host', () => {
    const doc = edited((d) => {
      const vss = standardOf(d, 'vss0');
      vss.host = 'laptop2';
      vss.uplinks = [];
    });
    expect(errorsOf(doc)).toEqual([
      err('/switches/0/host', '"laptop2" is a workstation host; a standard switch needs an ESXi host'),
    ]);
  });
  it('reports a workstation host among the members of a distributed switch', () => {
    expect(errorsOf(edited((d) => distributedOf(d, 'dvs1').hosts!.push('laptop')))).toEqual([
      err('/switches/1/hosts/2', '"laptop" is a workstation host; only ESXi hosts can be members'),
    ]);
  });
});

describe("a host's ip", () => {
  it('is accepted on a workstation host, with or without a prefix', () => {
    expect(errorsOf(edited((d) => (hostOf(d, 'laptop').ip = '192.168.1.50')))).toEqual([]);
  });
  it('is reported on an ESXi host, explicit or by default', () => {
    const doc = edited((d) => {
      hostOf(d, 'esx1').ip = '10.0.0.5/24';
      hostOf(d, 'esx2').kind = 'esxi';
      hostOf(d, 'esx2').ip = '10.0.0.6';
    });
    expect(errorsOf(doc)).toEqual([
      err('/hosts/0/ip', 'an ESXi host has no "ip" of its own'),
      err('/hosts/1/ip', 'give "esx2" a VMkernel adapter'),
    ]);
  });
});

describe('NAT and host-only subnets', () => {
  it('are /24 networks written as their network address', () => {
    expect(errorsOf(edited((d) => (switchOf(d, 'vmnet8', 'nat').subnet = '10.8.0.0/24')))).toEqual([]);
  });
  it.each([
    ['vmnet8', 2, '192.168.0.0/16', "a NAT network's subnet must be a /24"],
    ['vmnet1', 3, '192.168.56.0/25', "a host-only network's subnet must be a /24"],
  ])('report %s with another prefix length', (_id, index, subnet, message) => {
    const doc = edited((d) => {
      const sw = d.switches![index]!;
      if (sw.type === 'nat' || sw.type === 'hostonly') sw.subnet = subnet;
    });
    expect(errorsOf(doc)).toEqual([err(`/switches/${index}/subnet`, message)]);
  });
  it('report an address inside the network, suggesting the network address', () => {
    expect(errorsOf(edited((d) => (switchOf(d, 'vmnet8', 'nat').subnet = '192.168.80.5/24')))).toEqual([
      err('/switches/2/subnet', '"192.168.80.5/24" is not a network address: write "192.168.80.0/24"'),
    ]);
  });
});
