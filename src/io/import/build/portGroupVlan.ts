// The VLAN of an imported port group, in the format's forms (MODEL.md 1,
// portGroups): a number, 4095 on a standard switch, { trunk } or { pvlan }
// on a distributed one.
import type { PortGroupVlan } from '../../../model/types';
import { formatVlanList } from '../../../model/vlanList';
import type { InvDvVlan } from '../inventory';
import type { ReportBuilder } from '../report';

export function standardVlan(vlan: number | undefined, where: string, report: ReportBuilder): PortGroupVlan {
  if (vlan === undefined) {
    report.assume('port group with no VLAN given: untagged (VLAN 0) assumed', where);
    return 0;
  }
  return vlan;
}

export function distributedVlan(vlan: InvDvVlan, where: string, report: ReportBuilder): PortGroupVlan {
  switch (vlan.kind) {
    case 'vlan':
      return vlan.id;
    case 'trunk':
      return { trunk: formatVlanList(vlan.ranges) };
    case 'pvlan':
      // The primary VLAN and the port type live in the switch's PVLAN map, which the inventory lacks.
      report.assume(
        'private VLAN port group: the inventory has no PVLAN map (primary, type), imported as a plain VLAN',
        `${where}: PVLAN ${vlan.id}`,
      );
      return vlan.id;
    case 'unknown':
      report.assume(
        'distributed port group VLAN not known: untagged (VLAN 0) assumed',
        `${where}: ${vlan.text === '' ? '(empty)' : JSON.stringify(vlan.text)}`,
      );
      return 0;
  }
}

export function isGuestTagging(vlan: PortGroupVlan | undefined): boolean {
  return vlan === 4095 || (typeof vlan === 'object' && 'trunk' in vlan);
}
