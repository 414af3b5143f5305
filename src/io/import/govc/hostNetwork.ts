// One host's network configuration (vSphere HostNetworkInfo: what
// `govc object.collect -json <host> config.network` returns, and what
// `govc host.vswitch.info -json` and `host.portgroup.info -json` return parts of).
import type { Inventory, SecurityFlags, SourceRef } from '../inventory';
import { prefixFromMaskText } from '../rvtools/cells';
import { at, field, flag, list, text, whole, type Json } from './json';

/** Port groups of distributed switches are named by key here; names are filled in later. */
export interface DvPortGroupKeys {
  /** dvPortgroup key → the distributed switch's name. */
  switchOfKey: Map<string, string>;
  /** distributed switch uuid → name. */
  switchOfUuid: Map<string, string>;
}

const stripKey = (value: string): string => value.replace(/^key-vim\.host\.[A-Za-z]+-/, '');

export function readSecurity(policy: Json | undefined): SecurityFlags {
  const security = field(policy, 'security');
  const flags: SecurityFlags = {};
  const promiscuous = flag(field(security, 'allowPromiscuous'));
  const macChanges = flag(field(security, 'macChanges'));
  const forgedTransmits = flag(field(security, 'forgedTransmits'));
  if (promiscuous !== undefined) flags.promiscuous = promiscuous;
  if (macChanges !== undefined) flags.macChanges = macChanges;
  if (forgedTransmits !== undefined) flags.forgedTransmits = forgedTransmits;
  return flags;
}

export function readVswitches(host: string, vswitches: Json[], inv: Inventory, ref: SourceRef): void {
  for (const sw of vswitches) {
    const name = text(field(sw, 'name'));
    if (!name) continue;
    const spec = field(sw, 'spec');
    const mtu = whole(field(sw, 'mtu')) ?? whole(field(spec, 'mtu'));
    inv.standardSwitches.push({
      host,
      name,
      ...(mtu === undefined ? {} : { mtu }),
      security: readSecurity(field(spec, 'policy')),
      ref,
    });
    const active = list(at(spec, 'policy.nicTeaming.nicOrder.activeNic')).map(text);
    const standby = list(at(spec, 'policy.nicTeaming.nicOrder.standbyNic')).map(text);
    const bridged = list(at(spec, 'bridge.nicDevice')).map(text);
    const pnics = list(field(sw, 'pnic')).map((p) => stripKey(text(p)));
    const ordered = active.length + standby.length > 0;
    for (const nic of new Set([...active, ...standby, ...bridged, ...pnics])) {
      if (!nic) continue;
      const role = !ordered || active.includes(nic) ? 'active' : standby.includes(nic) ? 'standby' : 'unused';
      inv.hostNics.push({ host, name: nic, switch: name, role, ref });
    }
  }
}

export function readPortgroups(host: string, portgroups: Json[], inv: Inventory, ref: SourceRef): void {
  for (const pg of portgroups) {
    const spec = field(pg, 'spec');
    const name = text(field(spec, 'name'));
    const sw = text(field(spec, 'vswitchName')) || stripKey(text(field(pg, 'vswitch')));
    if (!name || !sw) continue;
    const vlan = whole(field(spec, 'vlanId'));
    inv.standardPortGroups.push({
      host,
      switch: sw,
      name,
      ...(vlan === undefined ? {} : { vlan }),
      security: readSecurity(field(spec, 'policy')),
      ref,
    });
  }
}

function readPnics(host: string, pnics: Json[], inv: Inventory, ref: SourceRef): void {
  for (const pnic of pnics) {
    const name = text(field(pnic, 'device'));
    // vSphere leaves linkSpeed empty while the link is down.
    if (name) inv.hostNics.push({ host, name, ...(field(pnic, 'linkSpeed') ? {} : { up: false }), ref });
  }
}

function readProxySwitches(
  host: string,
  proxies: Json[],
  inv: Inventory,
  keys: DvPortGroupKeys,
  ref: SourceRef,
) {
  for (const proxy of proxies) {
    const name = text(field(proxy, 'dvsName'));
    if (!name) continue;
    const uuid = text(field(proxy, 'dvsUuid'));
    if (uuid) keys.switchOfUuid.set(uuid, name);
    const known = inv.dvSwitches.find((d) => d.name === name);
    const mtu = whole(field(proxy, 'mtu'));
    if (known) known.hosts.push(host);
    else inv.dvSwitches.push({ name, ...(mtu === undefined ? {} : { mtu }), hosts: [host], ref });
    const specNics = list(at(proxy, 'spec.backing.pnicSpec')).map((p) => text(field(p, 'pnicDevice')));
    const pnics = list(field(proxy, 'pnic')).map((p) => stripKey(text(p)));
    for (const nic of new Set([...specNics, ...pnics]))
      if (nic) inv.hostNics.push({ host, name: nic, switch: name, ref });
  }
}

function readVnics(host: string, vnics: Json[], inv: Inventory, keys: DvPortGroupKeys, ref: SourceRef) {
  for (const vnic of vnics) {
    const device = text(field(vnic, 'device'));
    if (!device) continue;
    const spec = field(vnic, 'spec');
    const ip = field(spec, 'ip');
    const address = text(field(ip, 'ipAddress'));
    const prefix = prefixFromMaskText(text(field(ip, 'subnetMask')));
    const dvPort = field(spec, 'distributedVirtualPort');
    const pgKey = text(field(dvPort, 'portgroupKey'));
    const dvs = keys.switchOfUuid.get(text(field(dvPort, 'switchUuid')));
    if (pgKey && dvs) keys.switchOfKey.set(pgKey, dvs);
    const mtu = whole(field(spec, 'mtu'));
    inv.vmkernels.push({
      host,
      device,
      network: pgKey || text(field(vnic, 'portgroup')),
      ...(dvs ? { switch: dvs } : {}),
      ...(flag(field(ip, 'dhcp'))
        ? { ip: 'dhcp' as const }
        : address
          ? { ip: prefix === undefined ? { address } : { address, prefix } }
          : {}),
      ...(mtu === undefined ? {} : { mtu }),
      ref,
    });
  }
}

/** Everything in one host's HostNetworkInfo. Proxy switches first: VMkernel ports refer to them. */
export function readHostNetworkInfo(
  host: string,
  info: Json | undefined,
  inv: Inventory,
  keys: DvPortGroupKeys,
  ref: SourceRef,
) {
  readPnics(host, list(field(info, 'pnic')), inv, ref);
  readVswitches(host, list(field(info, 'vswitch')), inv, ref);
  readPortgroups(host, list(field(info, 'portgroup')), inv, ref);
  readProxySwitches(host, list(field(info, 'proxySwitch')), inv, keys, ref);
  readVnics(host, list(field(info, 'vnic')), inv, keys, ref);
}
