import { describe, expect, it } from 'vitest';
import { distributedOf, edited, errorsOf, portGroupOf } from '../fixtures/testDesign';

const err = (path: string, fragment: string) => ({ path, message: expect.stringContaining(fragment) });

describe('VLAN 4095 (guest tagging)', () => {
  it('is accepted on a standard switch', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-mgmt').vlan = 4095)))).toEqual([]);
  });
  it('is reported on a distributed switch', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-web').vlan = 4095)))).toEqual([
      err(
        '/portGroups/1/vlan',
        'VLAN 4095 (guest tagging) is for standard switches; on distributed switch "dvs1"',
      ),
    ]);
  });
});

describe('a { trunk } VLAN', () => {
  it('is accepted on a distributed switch', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-web').vlan = { trunk: '1-4094' })))).toEqual([]);
  });
  it('is reported on a standard switch', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-mgmt').vlan = { trunk: '10-20' })))).toEqual([
      err('/portGroups/0/vlan', 'a VLAN trunk range is for distributed switches; on standard switch "vss0"'),
    ]);
  });
});

describe('a { pvlan } VLAN', () => {
  it("is accepted when it names a secondary VLAN of the switch's pvlans, promiscuous included", () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-iso').vlan = { pvlan: 500 })))).toEqual([]);
  });
  it('is reported on a standard switch', () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-mgmt').vlan = { pvlan: 501 })))).toEqual([
      err('/portGroups/0/vlan', 'private VLANs need a distributed switch'),
    ]);
  });
  it("is reported at the number when the switch's pvlans do not define it", () => {
    expect(errorsOf(edited((d) => (portGroupOf(d, 'pg-iso').vlan = { pvlan: 502 })))).toEqual([
      err(
        '/portGroups/3/vlan/pvlan',
        '502 is not a secondary VLAN in the "pvlans" of distributed switch "dvs1"',
      ),
    ]);
  });
  it('is reported when the switch defines no private VLANs at all', () => {
    expect(errorsOf(edited((d) => delete distributedOf(d, 'dvs1').pvlans))).toEqual([
      err('/portGroups/3/vlan/pvlan', '501 is not a secondary VLAN'),
    ]);
  });
});

describe("a distributed switch's pvlans", () => {
  it('accept several secondaries of one primary', () => {
    const doc = edited((d) =>
      distributedOf(d, 'dvs1').pvlans!.push({ primary: 500, secondary: 502, type: 'community' }),
    );
    expect(errorsOf(doc)).toEqual([]);
  });
  it('report a secondary VLAN defined twice', () => {
    const doc = edited((d) =>
      distributedOf(d, 'dvs1').pvlans!.push({ primary: 600, secondary: 501, type: 'community' }),
    );
    expect(errorsOf(doc)).toEqual([
      err('/switches/1/pvlans/2/secondary', 'secondary VLAN 501 is already defined (/switches/1/pvlans/1)'),
    ]);
  });
});
