// VMs from `govc vm.info -json` (vSphere VirtualMachine objects): name, host,
// power state, and each Ethernet card with its backing, plus the guest's view
// of addresses (prefix lengths included) when VMware Tools reports it.
import type { AddressList } from '../rvtools/cells';
import { splitAddresses } from '../rvtools/cells';
import type { InvAdapter, Inventory, SourceRef } from '../inventory';
import { at, field, flag, list, moref, text, whole, type Json } from './json';

export interface PendingDvAdapter {
  adapter: InvAdapter;
  portgroupKey: string;
  switchUuid: string;
}

export interface VmContext {
  /** Host managed object id → host name, from the host objects read. */
  hostNameOf: (hostRef: string, vmName: string) => string | undefined;
  /** dvPortgroup key → its name, learned from guests that report their network's name. */
  dvPortGroupNames: Map<string, string>;
  pendingDv: PendingDvAdapter[];
}

const POWER: Record<string, 'on' | 'off' | 'suspended'> = {
  poweredon: 'on',
  poweredoff: 'off',
  suspended: 'suspended',
};

/** A device is an Ethernet card when it has a MAC address and a backing. */
const isEthernetCard = (device: Json): boolean =>
  field(device, 'macAddress') !== undefined && field(device, 'backing') !== undefined;

function guestAddresses(guestNic: Json | undefined): AddressList {
  const configured = list(at(guestNic, 'ipConfig.ipAddress'));
  if (configured.length > 0) {
    const joined = configured
      .map((entry) => {
        const address = text(field(entry, 'ipAddress'));
        const prefix = whole(field(entry, 'prefixLength'));
        return prefix === undefined || address.includes(':') ? address : `${address}/${prefix}`;
      })
      .join(',');
    return splitAddresses(joined);
  }
  return splitAddresses(list(field(guestNic, 'ipAddress')).map(text).join(','));
}

/** The default gateway of the guest, with the index of the guest NIC it leaves by. */
function defaultGateway(guest: Json | undefined): { gateway: string; device: number } | undefined {
  for (const stack of list(field(guest, 'ipStack')))
    for (const route of list(at(stack, 'ipRouteConfig.ipRoute'))) {
      if (text(field(route, 'network')) !== '0.0.0.0' || whole(field(route, 'prefixLength')) !== 0) continue;
      const gateway = text(at(route, 'gateway.ipAddress'));
      const device = Number(text(at(route, 'gateway.device')) || '0');
      if (gateway) return { gateway, device: Number.isInteger(device) ? device : 0 };
    }
  return undefined;
}

export function readVirtualMachine(vm: Json, inv: Inventory, context: VmContext, ref: SourceRef): void {
  const name = text(field(vm, 'name')) || text(at(vm, 'summary.config.name')) || text(at(vm, 'config.name'));
  if (!name) return;
  const id = moref(field(vm, 'self'))?.value;
  const hostRef = moref(at(vm, 'runtime.host')) ?? moref(at(vm, 'summary.runtime.host'));
  const host = hostRef ? context.hostNameOf(hostRef.value, name) : undefined;
  const powerText = text(at(vm, 'runtime.powerState')) || text(at(vm, 'summary.runtime.powerState'));
  const power = POWER[powerText.toLowerCase()];
  inv.vms.push({ ...(id ? { id } : {}), name, ...(host ? { host } : {}), ...(power ? { power } : {}), ref });

  const guest = field(vm, 'guest');
  const guestNics = list(field(guest, 'net'));
  const route = defaultGateway(guest);
  const cards = list(at(vm, 'config.hardware.device')).filter(isEthernetCard);
  cards.forEach((card, index) => {
    const key = whole(field(card, 'key'));
    const guestIndex = guestNics.findIndex((g) => whole(field(g, 'deviceConfigId')) === key);
    const guestNic = guestIndex >= 0 ? guestNics[guestIndex] : undefined;
    const backing = field(card, 'backing');
    const port = field(backing, 'port');
    const portgroupKey = text(field(port, 'portgroupKey'));
    const network = text(field(guestNic, 'network')) || text(field(backing, 'deviceName')) || portgroupKey;
    if (portgroupKey && text(field(guestNic, 'network'))) context.dvPortGroupNames.set(portgroupKey, network);
    const typeName = text(field(card, '_typeName'));
    const connected = flag(at(card, 'connectable.connected'));
    const adapter: InvAdapter = {
      ...(id ? { vmId: id } : {}),
      vmName: name,
      label: text(at(card, 'deviceInfo.label')) || `Network adapter ${index + 1}`,
      network,
      addresses: guestAddresses(guestNic),
      ...(route && route.device === guestIndex ? { gateway: route.gateway } : {}),
      ...(connected === undefined ? {} : { connected }),
      ...(typeName ? { adapterType: typeName } : {}),
      ref,
    };
    inv.adapters.push(adapter);
    if (portgroupKey)
      context.pendingDv.push({ adapter, portgroupKey, switchUuid: text(field(port, 'switchUuid')) });
  });
}
