import { describe, expect, it } from 'vitest';
import { distributedOf, edited, errorsOf, standardOf, switchOf } from '../fixtures/testDesign';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe('an uplink names a NIC of its host', () => {
  it('accepts NICs the host has', () => {
    expect(
      errorsOf(edited((d) => standardOf(d, 'vss0').uplinks!.push({ nic: 'vmnic2', role: 'standby' }))),
    ).toEqual([]);
  });
  it("reports a standard switch's uplink to a NIC its host lacks", () => {
    expect(errorsOf(edited((d) => (standardOf(d, 'vss0').uplinks = [{ nic: 'vmnic9' }])))).toEqual([
      err('/switches/0/uplinks/0/nic', '"esx1" has no NIC "vmnic9"'),
    ]);
  });
  it("reports a distributed switch's uplink to a NIC its host lacks", () => {
    expect(errorsOf(edited((d) => (distributedOf(d, 'dvs1').uplinks![1]!.nic = 'vmnic1')))).toEqual([
      err('/switches/1/uplinks/1/nic', '"esx2" has no NIC "vmnic1"'),
    ]);
  });
  it("reports a bridged network's NIC that its host lacks", () => {
    expect(errorsOf(edited((d) => (switchOf(d, 'vmnet0', 'bridged').nic = 'eth9')))).toEqual([
      err('/switches/4/nic', '"laptop" has no NIC "eth9"'),
    ]);
  });
});

describe('a distributed uplink names a member host', () => {
  it('reports a host that is not a member', () => {
    expect(errorsOf(edited((d) => (distributedOf(d, 'dvs1').hosts = ['esx1'])))).toEqual([
      err('/switches/1/uplinks/1/host', '"esx2" is not a member of distributed switch "dvs1"'),
    ]);
  });
  it('reports a host that does not exist', () => {
    expect(errorsOf(edited((d) => (distributedOf(d, 'dvs1').uplinks![1]!.host = 'esx7')))).toEqual([
      err('/switches/1/uplinks/1/host', '"esx7" is not a host in this design'),
    ]);
  });
});

describe('one host NIC is the uplink of one switch only', () => {
  it('accepts the same NIC name on two hosts', () => {
    expect(errorsOf(edited((d) => (distributedOf(d, 'dvs1').uplinks![0]!.nic = 'vmnic2')))).toEqual([]);
  });
  it('reports a NIC taken by an earlier switch, at the later uplink', () => {
    expect(errorsOf(edited((d) => standardOf(d, 'vss0').uplinks!.push({ nic: 'vmnic1' })))).toEqual([
      err(
        '/switches/1/uplinks/0/nic',
        '"esx1"\'s NIC "vmnic1" is already the uplink of "vss0" (/switches/0/uplinks/1/nic)',
      ),
    ]);
  });
  it("counts a bridged network's NIC as its uplink", () => {
    const doc = edited((d) =>
      d.switches!.push({ id: 'vmnet9', type: 'bridged', host: 'laptop', nic: 'eth0' }),
    );
    expect(errorsOf(doc)).toEqual([
      err('/switches/7/nic', 'is already the uplink of "vmnet0" (/switches/4/nic)'),
    ]);
  });
  it('reports a NIC listed twice on one switch', () => {
    expect(
      errorsOf(edited((d) => standardOf(d, 'vss0').uplinks!.push({ nic: 'vmnic0', role: 'standby' }))),
    ).toEqual([
      err('/switches/0/uplinks/1/nic', 'is already an uplink of this switch (/switches/0/uplinks/0/nic)'),
    ]);
  });
});
