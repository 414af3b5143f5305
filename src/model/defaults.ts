// The format's defaults (MODEL.md section 1), read in one place. Documents are
// stored exactly as written; everything that needs a value with its default
// asks here.
import type {
  Action,
  Design,
  DistributedSwitch,
  FirewallRule,
  Flow,
  Host,
  HostNic,
  PhysicalPort,
  PhysicalSwitch,
  PortGroup,
  PortGroupVlan,
  RouterInterface,
  Security,
  StandardSwitch,
  Switch,
  UplinkRole,
  Vm,
  VmKernel,
  VmNic,
} from './types';

export const DEFAULT_MTU = 1500;

export const displayName = (el: { id: string; name?: string | undefined }): string => el.name ?? el.id;

export const hostKind = (host: Host): 'esxi' | 'workstation' => host.kind ?? 'esxi';
export const nicUp = (nic: HostNic): boolean => nic.up ?? true;
export const vmPowered = (vm: Vm): boolean => (vm.power ?? 'on') === 'on';
export const adapterConnected = (nic: VmNic): boolean => nic.connected ?? true;
export const adapterMtu = (nic: VmNic | VmKernel): number => nic.mtu ?? DEFAULT_MTU;
export const switchMtu = (sw: Switch): number =>
  sw.type === 'standard' || sw.type === 'distributed' ? (sw.mtu ?? DEFAULT_MTU) : DEFAULT_MTU;
export const uplinkRole = (uplink: { role?: UplinkRole | undefined }): UplinkRole => uplink.role ?? 'active';
export const portGroupVlan = (pg: PortGroup): PortGroupVlan => pg.vlan ?? 0;
export const portMode = (port: PhysicalPort): 'access' | 'trunk' => port.mode ?? 'access';
export const accessVlan = (port: PhysicalPort): number => port.vlan ?? 1;
export const trunkAllowed = (port: PhysicalPort): string => port.allowed ?? '1-4094';
export const trunkNative = (port: PhysicalPort): number => port.native ?? 1;
export const portUp = (port: PhysicalPort): boolean => port.up ?? true;
export const portMtu = (sw: PhysicalSwitch, port: PhysicalPort): number => port.mtu ?? sw.mtu ?? DEFAULT_MTU;
export const interfaceMtu = (iface: RouterInterface): number => iface.mtu ?? DEFAULT_MTU;
/** A router's VLAN interface on a physical switch sits, like an access port, in VLAN 1 unless told. */
export const attachVlan = (attach: { vlan?: number | undefined }): number => attach.vlan ?? 1;
export const desktopDhcp = (net: { dhcp?: boolean | undefined }): boolean => net.dhcp ?? true;

export function switchSecurity(sw: StandardSwitch | DistributedSwitch): Required<Omit<Security, 'notes'>> {
  const fallback = sw.type === 'standard';
  return {
    promiscuous: sw.security?.promiscuous ?? false,
    macChanges: sw.security?.macChanges ?? fallback,
    forgedTransmits: sw.security?.forgedTransmits ?? fallback,
  };
}

export function portGroupSecurity(
  pg: PortGroup,
  sw: StandardSwitch | DistributedSwitch,
): Required<Omit<Security, 'notes'>> {
  const inherited = switchSecurity(sw);
  return {
    promiscuous: pg.security?.promiscuous ?? inherited.promiscuous,
    macChanges: pg.security?.macChanges ?? inherited.macChanges,
    forgedTransmits: pg.security?.forgedTransmits ?? inherited.forgedTransmits,
  };
}

export const firewallDefault = (doc: Design): Action => doc.firewall?.default ?? 'allow';
export const ruleCategory = (rule: { category?: FirewallRule['category'] }) => rule.category ?? 'application';
export const ruleDirection = (rule: FirewallRule) => rule.direction ?? 'in-out';
export const ruleSources = (rule: { sources?: string[] | undefined }) => rule.sources ?? ['any'];
export const ruleDestinations = (rule: { destinations?: string[] | undefined }) =>
  rule.destinations ?? ['any'];
export const ruleServices = (rule: { services?: string[] | undefined }) => rule.services ?? ['any'];
export const ruleAppliedTo = (rule: FirewallRule) => rule.appliedTo ?? ['any'];
export const ruleEnabled = (rule: { disabled?: boolean | undefined }) => !(rule.disabled ?? false);

export const flowService = (flow: Flow): string => flow.service ?? 'icmp';
export const flowDf = (flow: Flow): boolean => flow.df ?? true;
export const flowExpect = (flow: Flow): 'allow' | 'deny' => flow.expect ?? 'allow';
