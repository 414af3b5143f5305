// Types of the v1 document, derived from the schema so that the two cannot drift.
import type { z } from 'zod';
import type * as s from './schema';

export type Design = z.infer<typeof s.designSchema>;
export type Host = z.infer<typeof s.hostSchema>;
export type HostNic = z.infer<typeof s.hostNicSchema>;
export type VmKernel = z.infer<typeof s.vmkernelSchema>;
export type VmkService = z.infer<typeof s.vmkServiceSchema>;
export type Security = z.infer<typeof s.securitySchema>;
export type UplinkRole = z.infer<typeof s.uplinkRoleSchema>;

export type Switch = z.infer<typeof s.switchSchema>;
export type SwitchType = Switch['type'];
export type StandardSwitch = z.infer<typeof s.standardSwitchSchema>;
export type DistributedSwitch = z.infer<typeof s.distributedSwitchSchema>;
export type Pvlan = z.infer<typeof s.pvlanSchema>;
export type NatNetwork = z.infer<typeof s.natNetworkSchema>;
export type HostOnlyNetwork = z.infer<typeof s.hostOnlyNetworkSchema>;
export type BridgedNetwork = z.infer<typeof s.bridgedNetworkSchema>;
export type SegmentNetwork = z.infer<typeof s.segmentNetworkSchema>;
export type DesktopNetwork = NatNetwork | HostOnlyNetwork | BridgedNetwork | SegmentNetwork;
export type PortForward = z.infer<typeof s.portForwardSchema>;

export type PortGroup = z.infer<typeof s.portGroupSchema>;
export type PortGroupVlan = z.infer<typeof s.portGroupVlanSchema>;
export type Vm = z.infer<typeof s.vmSchema>;
export type VmNic = z.infer<typeof s.vmNicSchema>;
export type PhysicalSwitch = z.infer<typeof s.physicalSwitchSchema>;
export type PhysicalPort = z.infer<typeof s.physicalPortSchema>;
export type Router = z.infer<typeof s.routerSchema>;
export type RouterInterface = z.infer<typeof s.routerInterfaceSchema>;
export type Attach = z.infer<typeof s.attachSchema>;
export type Route = z.infer<typeof s.routeSchema>;
export type NatRule = z.infer<typeof s.natRuleSchema>;
export type Cable = z.infer<typeof s.cableSchema>;
export type Firewall = z.infer<typeof s.firewallSchema>;
export type FirewallRule = z.infer<typeof s.firewallRuleSchema>;
export type GatewayFirewall = z.infer<typeof s.gatewayFirewallSchema>;
export type GatewayRule = z.infer<typeof s.gatewayRuleSchema>;
export type Action = z.infer<typeof s.actionSchema>;
export type Category = z.infer<typeof s.categorySchema>;
export type Flow = z.infer<typeof s.flowSchema>;
export type LayoutEntry = z.infer<typeof s.layoutEntrySchema>;
export type Layout = Record<string, LayoutEntry>;

export const DESKTOP_TYPES = ['nat', 'hostonly', 'bridged', 'segment'] as const;

export function isDesktopNetwork(sw: Switch): sw is DesktopNetwork {
  return (DESKTOP_TYPES as readonly string[]).includes(sw.type);
}

/** One validation error: a JSON pointer into the document and a sentence for a person. */
export interface ValidationError {
  path: string;
  message: string;
}
