// Hosts, switches and port groups of the design being built, found by the
// names the inventory uses. Names compare without case, as vSphere's do.
// Elements that the inventory refers to but never lists are made on demand
// and reported as assumptions.
import { switchSecurity } from '../../../model/defaults';
import type { DistributedSwitch, Host, PortGroup, Security, StandardSwitch } from '../../../model/types';
import type { SecurityFlags, SourceRef } from '../inventory';
import type { ReportBuilder } from '../report';
import { displayNameOf, portNameOf, type IdAllocator } from './ids';

export type VSwitch = StandardSwitch | DistributedSwitch;

export interface Attachment {
  portGroup: PortGroup;
  switch: VSwitch;
}

const key = (...parts: string[]): string => parts.map((p) => p.trim().toLowerCase()).join('\u0000');

const validSwitchMtu = (mtu: number | undefined): mtu is number =>
  mtu !== undefined && mtu >= 1280 && mtu <= 9000;

export class NetworkBuilder {
  readonly hosts: Host[] = [];
  readonly standardSwitches: StandardSwitch[] = [];
  readonly dvSwitches: DistributedSwitch[] = [];
  readonly portGroups: PortGroup[] = [];

  private readonly hostByName = new Map<string, Host>();
  private readonly standardByName = new Map<string, StandardSwitch>();
  private readonly dvByName = new Map<string, DistributedSwitch>();
  private readonly standardPgByName = new Map<string, PortGroup>();
  private readonly standardPgsOnHost = new Map<string, PortGroup[]>();
  private readonly dvPgByName = new Map<string, PortGroup>();
  private readonly dvPgsByName = new Map<string, PortGroup[]>();
  private readonly switchOf = new Map<PortGroup, VSwitch>();
  private readonly nicOwner = new Map<string, VSwitch>();
  private readonly members = new Map<DistributedSwitch, Set<string>>();

  constructor(
    private readonly ids: IdAllocator,
    private readonly report: ReportBuilder,
  ) {}

  host(name: string): Host {
    const found = this.hostByName.get(key(name));
    if (found) return found;
    const id = this.ids.take(name, 'host');
    const displayName = displayNameOf(name, this.report);
    const host: Host = { id, ...(displayName && displayName !== id ? { name: displayName } : {}), nics: [] };
    this.hostByName.set(key(name), host);
    this.hosts.push(host);
    return host;
  }

  findHost(name: string): Host | undefined {
    return this.hostByName.get(key(name));
  }

  /** The host's NIC of that name, added when missing. */
  hostNic(host: Host, name: string, up?: boolean): string {
    const portName = portNameOf(name);
    const nics = (host.nics ??= []);
    const existing = nics.find((n) => n.name.toLowerCase() === portName.toLowerCase());
    if (existing) {
      if (up === false) existing.up = false;
      return existing.name;
    }
    nics.push(up === false ? { name: portName, up: false } : { name: portName });
    return portName;
  }

  standardSwitch(hostName: string, name: string): StandardSwitch | undefined {
    return this.standardByName.get(key(hostName, name));
  }

  dvSwitch(name: string): DistributedSwitch | undefined {
    return this.dvByName.get(key(name));
  }

  addStandardSwitch(
    hostName: string,
    name: string,
    mtu: number | undefined,
    security: SecurityFlags,
    ref: SourceRef,
  ) {
    if (this.standardSwitch(hostName, name)) {
      this.report.skip(ref.sheet, ref.row, `switch ${name} on ${hostName} is listed twice`);
      return;
    }
    const host = this.host(hostName);
    const sw: StandardSwitch = {
      id: this.ids.take(`${host.id}-${name}`, 'vswitch'),
      ...this.named(name),
      type: 'standard',
      host: host.id,
      ...this.switchMtu(mtu, `${hostName} / ${name}`),
      ...(Object.keys(security).length > 0 ? { security: { ...security } } : {}),
    };
    this.standardByName.set(key(hostName, name), sw);
    this.standardSwitches.push(sw);
  }

  addDvSwitch(name: string, mtu: number | undefined, ref: SourceRef) {
    if (this.dvSwitch(name)) {
      this.report.skip(ref.sheet, ref.row, `distributed switch ${name} is listed twice`);
      return;
    }
    const sw: DistributedSwitch = {
      id: this.ids.take(name, 'dvswitch'),
      ...this.named(name),
      type: 'distributed',
      ...this.switchMtu(mtu, name),
    };
    this.dvByName.set(key(name), sw);
    this.dvSwitches.push(sw);
    this.members.set(sw, new Set());
  }

  /** A switch the inventory uses but does not list: made with the format's defaults. */
  implicitStandardSwitch(hostName: string, name: string, why: string): StandardSwitch {
    const found = this.standardSwitch(hostName, name);
    if (found) return found;
    this.report.assume(
      `standard switch not listed in the inventory, made with default MTU and security (${why})`,
      `${hostName} / ${name}`,
    );
    this.addStandardSwitch(hostName, name, undefined, {}, { sheet: '', row: 0 });
    return this.standardSwitch(hostName, name) as StandardSwitch;
  }

  implicitDvSwitch(name: string, why: string): DistributedSwitch {
    const found = this.dvSwitch(name);
    if (found) return found;
    this.report.assume(
      `distributed switch not listed in the inventory, made with default MTU (${why})`,
      name,
    );
    this.addDvSwitch(name, undefined, { sheet: '', row: 0 });
    return this.dvSwitch(name) as DistributedSwitch;
  }

  addMember(sw: DistributedSwitch, host: Host): void {
    this.members.get(sw)?.add(host.id);
  }

  addPortGroup(
    sw: VSwitch,
    name: string,
    vlan: PortGroup['vlan'],
    security: SecurityFlags,
    ref: SourceRef,
  ): PortGroup | undefined {
    const byName = key(sw.id, name);
    const index = sw.type === 'standard' ? this.standardPgByName : this.dvPgByName;
    if (index.has(byName)) {
      this.report.skip(ref.sheet, ref.row, `port group ${name} on ${sw.name ?? sw.id} is listed twice`);
      return undefined;
    }
    const idBase = sw.type === 'standard' ? `${sw.host}-${name}` : name;
    const pg: PortGroup = {
      id: this.ids.take(idBase, 'pg'),
      ...this.named(name),
      switch: sw.id,
      ...(vlan === undefined ? {} : { vlan }),
      ...this.securityOverride(security, sw),
    };
    index.set(byName, pg);
    const list = sw.type === 'standard' ? this.standardPgsOnHost : this.dvPgsByName;
    const listKey = sw.type === 'standard' ? key(sw.host, name) : key(name);
    list.set(listKey, [...(list.get(listKey) ?? []), pg]);
    this.switchOf.set(pg, sw);
    this.portGroups.push(pg);
    return pg;
  }

  /**
   * The port group an adapter on `network` uses, from the host `hostName`: a
   * distributed port group of that name, else a standard one on the host's
   * own switches. `switchHint` (the switch the inventory names) breaks ties.
   */
  resolve(hostName: string | undefined, network: string, switchHint?: string): Attachment | undefined {
    if (network.trim() === '') return undefined;
    const host = hostName === undefined ? undefined : this.findHost(hostName);
    const standard = host ? (this.standardPgsOnHost.get(key(host.id, network)) ?? []) : [];
    const distributed = this.dvPgsByName.get(key(network)) ?? [];
    const candidates = [...distributed, ...standard];
    const hinted = switchHint
      ? candidates.find((pg) => {
          const sw = this.switchOf.get(pg);
          return sw !== undefined && (sw.name ?? sw.id).toLowerCase() === switchHint.trim().toLowerCase();
        })
      : undefined;
    const portGroup = hinted ?? candidates[0];
    if (!portGroup) return undefined;
    const sw = this.switchOf.get(portGroup) as VSwitch;
    if (sw.type === 'distributed' && host) this.addMember(sw, host);
    return { portGroup, switch: sw };
  }

  /** Makes `nicName` of the host an uplink of the switch; a NIC serves one switch only. */
  addUplink(
    hostName: string,
    nicName: string,
    sw: VSwitch,
    role: 'active' | 'standby' | 'unused' | undefined,
    ref: SourceRef,
  ) {
    const host = this.host(hostName);
    const nic = this.hostNic(host, nicName);
    const owner = this.nicOwner.get(key(host.id, nic));
    if (owner) {
      if (owner !== sw)
        this.report.skip(
          ref.sheet,
          ref.row,
          `${hostName} ${nic} is already the uplink of ${owner.name ?? owner.id}; a NIC serves one switch`,
        );
      return;
    }
    this.nicOwner.set(key(host.id, nic), sw);
    const roleField = role && role !== 'active' ? { role } : {};
    if (sw.type === 'standard') (sw.uplinks ??= []).push({ nic, ...roleField });
    else {
      (sw.uplinks ??= []).push({ host: host.id, nic, ...roleField });
      this.addMember(sw, host);
    }
  }

  /** Writes each distributed switch's member list, in host order. */
  finish(): void {
    for (const sw of this.dvSwitches) {
      const members = this.members.get(sw) ?? new Set();
      const hosts = this.hosts.filter((h) => members.has(h.id)).map((h) => h.id);
      if (hosts.length > 0) sw.hosts = hosts;
    }
  }

  private named(name: string): { name?: string } {
    const displayName = displayNameOf(name, this.report);
    return displayName ? { name: displayName } : {};
  }

  private switchMtu(mtu: number | undefined, where: string): { mtu?: number } {
    if (mtu === undefined) return {};
    if (validSwitchMtu(mtu)) return { mtu };
    this.report.assume('switch MTU outside 1280–9000, the default 1500 used', `${where}: ${mtu}`);
    return {};
  }

  /** Only the keys in which the port group differs from its switch: the rest is inherited. */
  private securityOverride(flags: SecurityFlags, sw: VSwitch): { security?: Security } {
    const inherited = switchSecurity(sw);
    const override: Security = {};
    for (const k of ['promiscuous', 'macChanges', 'forgedTransmits'] as const) {
      const value = flags[k];
      if (value !== undefined && value !== inherited[k]) override[k] = value;
    }
    return Object.keys(override).length > 0 ? { security: override } : {};
  }
}
