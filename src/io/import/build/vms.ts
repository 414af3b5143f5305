// VMs and their adapters (MODEL.md 1, vms[]). An adapter joins the port group
// its network name resolves to from the VM's own host; one that resolves to
// nothing is kept, unattached, and reported.
import { parseIpv4 } from '../../../model/ipv4';
import type { Vm, VmNic } from '../../../model/types';
import type { InvAdapter, InvVm, Inventory } from '../inventory';
import type { ReportBuilder } from '../report';
import { displayNameOf, type IdAllocator } from './ids';
import type { NetworkBuilder } from './network';
import { isGuestTagging } from './portGroupVlan';

type AdapterType = NonNullable<VmNic['adapter']>;

const ADAPTER_TYPES: ReadonlyMap<string, AdapterType> = new Map([
  ['vmxnet3', 'vmxnet3'],
  ['e1000', 'e1000'],
  ['e1000e', 'e1000e'],
  ['sriov', 'sriov'],
  ['sriovethernetcard', 'sriov'],
]);

function adapterType(text: string): AdapterType | undefined {
  const word = text
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/^virtual/, '');
  return ADAPTER_TYPES.get(word);
}

/** Finds a VM by the inventory's id, else by name; adapters of unknown VMs are skipped. */
class VmIndex {
  private readonly byId = new Map<string, Vm>();
  private readonly byName = new Map<string, Vm[]>();

  add(inv: InvVm, vm: Vm): void {
    if (inv.id) this.byId.set(inv.id, vm);
    this.byName.set(inv.name, [...(this.byName.get(inv.name) ?? []), vm]);
  }

  find(adapter: InvAdapter, report: ReportBuilder): Vm | undefined {
    const byId = adapter.vmId ? this.byId.get(adapter.vmId) : undefined;
    if (byId) return byId;
    const named = this.byName.get(adapter.vmName) ?? [];
    if (named.length > 1)
      report.assume(
        'VM name used by several VMs and no VM id to tell them apart: the first one taken',
        adapter.vmName,
      );
    return named[0];
  }
}

export function buildVms(inv: Inventory, net: NetworkBuilder, ids: IdAllocator, report: ReportBuilder): Vm[] {
  const vms: Vm[] = [];
  const hostNameOf = new Map<Vm, string>();
  const index = new VmIndex();
  for (const item of inv.vms) {
    if (!item.host) {
      report.skip(item.ref.sheet, item.ref.row, `${item.name} has no host`);
      continue;
    }
    const host = net.host(item.host);
    const id = ids.take(item.name, 'vm');
    const name = displayNameOf(item.name, report);
    if (item.power === 'suspended') report.assume('suspended VM imported as powered off', item.name);
    const vm: Vm = {
      id,
      ...(name && name !== id ? { name } : {}),
      host: host.id,
      ...(item.power === 'off' || item.power === 'suspended' ? { power: 'off' as const } : {}),
      nics: [],
    };
    vms.push(vm);
    hostNameOf.set(vm, item.host);
    index.add(item, vm);
  }
  for (const adapter of inv.adapters) {
    const vm = index.find(adapter, report);
    if (!vm) {
      report.skip(
        adapter.ref.sheet,
        adapter.ref.row,
        `VM ${adapter.vmName} is not in the inventory's VM list`,
      );
      continue;
    }
    (vm.nics ??= []).push(buildAdapter(adapter, vm, hostNameOf.get(vm), inv, net, ids, report));
  }
  return vms;
}

function buildAdapter(
  adapter: InvAdapter,
  vm: Vm,
  hostName: string | undefined,
  inv: Inventory,
  net: NetworkBuilder,
  ids: IdAllocator,
  report: ReportBuilder,
): VmNic {
  const where = `${vm.name ?? vm.id} / ${adapter.label}`;
  const attachment = net.resolve(hostName, adapter.network, adapter.switch);
  if (!attachment)
    report.assume(
      'adapter whose network is not a port group of its host or of a distributed switch: left unattached',
      `${where} → ${adapter.network || '(no network)'}`,
    );
  else if (isGuestTagging(attachment.portGroup.vlan))
    report.assume(
      "adapter on a guest-tagging port group: the guest's VLAN is not in the inventory, set it by hand",
      where,
    );
  const [first, ...rest] = adapter.addresses.ipv4;
  for (const other of [...rest.map((a) => a.address), ...adapter.addresses.other])
    report.assume(
      "address not imported (an IPv6 address, or an adapter's second IPv4 address)",
      `${where}: ${other}`,
    );
  if (first && first.prefix === undefined)
    report.assume(
      inv.guestPrefixKnown
        ? 'VM address with no prefix length: /24 assumed'
        : 'VM address with no subnet mask in the inventory: /24 assumed',
      `${where}: ${first.address}`,
    );
  if (!inv.guestMtuKnown) report.assume('guest MTU not in the inventory: 1500 assumed', where);
  const type = adapter.adapterType ? adapterType(adapter.adapterType) : undefined;
  if (adapter.adapterType && !type)
    report.assume(
      'adapter type the format does not name (vmxnet3, e1000, e1000e, sriov): left unset',
      `${where}: ${adapter.adapterType}`,
    );
  return {
    id: ids.take(`${vm.id}-${adapter.label.replace(/^network adapter\s*/i, 'n')}`, `${vm.id}-nic`),
    ...(displayNameOf(adapter.label, report) ? { name: displayNameOf(adapter.label, report) } : {}),
    ...(attachment ? { network: attachment.portGroup.id } : {}),
    ...(first ? { ip: `${first.address}/${first.prefix ?? 24}` } : {}),
    ...(adapter.gateway && parseIpv4(adapter.gateway) !== null ? { gateway: adapter.gateway } : {}),
    ...(type ? { adapter: type } : {}),
    ...(adapter.connected === false ? { connected: false } : {}),
  };
}
