// An inventory into a design document: hosts, switches and port groups
// first, then host NICs and uplinks, VMkernel adapters, VMs and adapters.
// Physical switches are never in an inventory, so none are made and every
// uplink is left uncabled; the report says so.
import { CURRENT_VERSION, FORMAT } from '../../../model/schema';
import type { Design } from '../../../model/types';
import type { Inventory } from '../inventory';
import type { ReportBuilder, ReportCounts } from '../report';
import { IdAllocator } from './ids';
import { NetworkBuilder } from './network';
import { distributedVlan, standardVlan } from './portGroupVlan';
import { addVmkernels } from './vmkernels';
import { buildVms } from './vms';

export interface BuiltDesign {
  design: Design;
  counts: ReportCounts;
}

function addSwitchesAndPortGroups(inv: Inventory, net: NetworkBuilder, report: ReportBuilder): void {
  for (const name of inv.hosts) net.host(name);
  for (const sw of inv.standardSwitches) net.addStandardSwitch(sw.host, sw.name, sw.mtu, sw.security, sw.ref);
  for (const sw of inv.dvSwitches) {
    net.addDvSwitch(sw.name, sw.mtu, sw.ref);
    const created = net.dvSwitch(sw.name);
    if (created) for (const member of sw.hosts) net.addMember(created, net.host(member));
  }
  for (const pg of inv.standardPortGroups) {
    const sw = net.implicitStandardSwitch(pg.host, pg.switch, `port group ${pg.name} is on it`);
    const where = `${pg.host} / ${pg.switch} / ${pg.name}`;
    net.addPortGroup(sw, pg.name, standardVlan(pg.vlan, where, report), pg.security, pg.ref);
  }
  for (const pg of inv.dvPortGroups) {
    const sw = net.implicitDvSwitch(pg.switch, `port group ${pg.name} is on it`);
    net.addPortGroup(
      sw,
      pg.name,
      distributedVlan(pg.vlan, `${pg.switch} / ${pg.name}`, report),
      pg.security,
      pg.ref,
    );
  }
}

function addHostNics(inv: Inventory, net: NetworkBuilder): void {
  for (const nic of inv.hostNics) {
    const host = net.host(nic.host);
    net.hostNic(host, nic.name, nic.up);
    if (!nic.switch) continue;
    const sw =
      net.standardSwitch(nic.host, nic.switch) ??
      net.dvSwitch(nic.switch) ??
      net.implicitStandardSwitch(nic.host, nic.switch, `${nic.name} is its uplink`);
    net.addUplink(nic.host, nic.name, sw, nic.role, nic.ref);
  }
}

export function buildDesign(inv: Inventory, designName: string, report: ReportBuilder): BuiltDesign {
  const ids = new IdAllocator();
  const net = new NetworkBuilder(ids, report);
  addSwitchesAndPortGroups(inv, net, report);
  addHostNics(inv, net);
  addVmkernels(inv, net, ids, report);
  const vms = buildVms(inv, net, ids, report);
  net.finish();
  for (const host of net.hosts) if (host.nics?.length === 0) delete host.nics;
  for (const vm of vms) if (vm.nics?.length === 0) delete vm.nics;

  report.warn(
    'Cabling is unknown: the inventory has no physical switches, so none were made and every uplink is uncabled. ' +
      'Add the physical switches and cables to evaluate traffic between hosts.',
  );
  const adapters = vms.flatMap((vm) => vm.nics ?? []);
  const design: Design = {
    format: FORMAT,
    version: CURRENT_VERSION,
    name: designName,
    hosts: net.hosts,
    switches: [...net.standardSwitches, ...net.dvSwitches],
    portGroups: net.portGroups,
    vms,
  };
  const counts: ReportCounts = {
    hosts: net.hosts.length,
    hostNics: net.hosts.reduce((sum, h) => sum + (h.nics?.length ?? 0), 0),
    vmkernels: net.hosts.reduce((sum, h) => sum + (h.vmkernels?.length ?? 0), 0),
    standardSwitches: net.standardSwitches.length,
    distributedSwitches: net.dvSwitches.length,
    portGroups: net.portGroups.length,
    vms: vms.length,
    adapters: adapters.length,
    unattachedAdapters: adapters.filter((a) => a.network === undefined).length,
  };
  return { design, counts };
}
