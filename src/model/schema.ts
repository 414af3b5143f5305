// The shape of a v1 design document (MODEL.md section 1). Objects are strict:
// an unknown key is an error (validate.ts lets `x-` keys through). Defaults are
// not filled in here: the document is kept exactly as written, so that saving
// it gives back the same file; model/defaults.ts reads values with their defaults.
import { z } from 'zod';
import {
  adapterIpField,
  addressMaybeCidrField,
  cidrField,
  flowServiceField,
  idField,
  intRange,
  ipv4Field,
  mtuAdapter,
  mtuPhysical,
  mtuSwitch,
  nameField,
  notesField,
  packetSize,
  portNameField,
  portNumber,
  refField,
  selectorField,
  serviceField,
  tagField,
  vlanId,
  vlanListField,
} from './fields';
import { looksLikeIpv6 } from './ipv4';

export const FORMAT = 'vnet-design';
export const CURRENT_VERSION = 1;

/** A strict object that may also carry `notes`, as every object of the format may. */
function element<T extends z.ZodRawShape>(shape: T) {
  return z.strictObject({ ...shape, notes: notesField });
}

const named = { id: idField, name: nameField.optional() };

export const securitySchema = element({
  promiscuous: z.boolean().optional(),
  macChanges: z.boolean().optional(),
  forgedTransmits: z.boolean().optional(),
});

export const vmkServiceSchema = z.enum(['management', 'vmotion', 'vsan', 'iscsi', 'nfs', 'ft']);

export const hostNicSchema = element({ name: portNameField, up: z.boolean().optional() });

export const vmkernelSchema = element({
  ...named,
  network: refField.optional(),
  ip: adapterIpField.optional(),
  gateway: ipv4Field.optional(),
  mtu: mtuAdapter.optional(),
  services: z.array(vmkServiceSchema).optional(),
});

export const hostSchema = element({
  ...named,
  kind: z.enum(['esxi', 'workstation']).optional(),
  ip: addressMaybeCidrField.optional(),
  nics: z.array(hostNicSchema).optional(),
  vmkernels: z.array(vmkernelSchema).optional(),
});

export const uplinkRoleSchema = z.enum(['active', 'standby', 'unused']);

export const standardSwitchSchema = element({
  ...named,
  type: z.literal('standard'),
  host: refField,
  mtu: mtuSwitch.optional(),
  uplinks: z.array(element({ nic: portNameField, role: uplinkRoleSchema.optional() })).optional(),
  security: securitySchema.optional(),
});

export const pvlanSchema = element({
  primary: vlanId,
  secondary: vlanId,
  type: z.enum(['promiscuous', 'isolated', 'community']),
});

export const distributedSwitchSchema = element({
  ...named,
  type: z.literal('distributed'),
  mtu: mtuSwitch.optional(),
  hosts: z.array(refField).optional(),
  uplinks: z
    .array(element({ host: refField, nic: portNameField, role: uplinkRoleSchema.optional() }))
    .optional(),
  security: securitySchema.optional(),
  pvlans: z.array(pvlanSchema).optional(),
});

export const portForwardSchema = element({
  protocol: z.enum(['tcp', 'udp']),
  hostPort: portNumber,
  to: ipv4Field,
  port: portNumber,
});

export const natNetworkSchema = element({
  ...named,
  type: z.literal('nat'),
  host: refField,
  subnet: cidrField,
  dhcp: z.boolean().optional(),
  portForwards: z.array(portForwardSchema).optional(),
});

export const hostOnlyNetworkSchema = element({
  ...named,
  type: z.literal('hostonly'),
  host: refField,
  subnet: cidrField,
  dhcp: z.boolean().optional(),
});

export const bridgedNetworkSchema = element({
  ...named,
  type: z.literal('bridged'),
  host: refField,
  nic: portNameField,
});

export const segmentNetworkSchema = element({ ...named, type: z.literal('segment'), host: refField });

export const switchSchema = z.discriminatedUnion('type', [
  standardSwitchSchema,
  distributedSwitchSchema,
  natNetworkSchema,
  hostOnlyNetworkSchema,
  bridgedNetworkSchema,
  segmentNetworkSchema,
]);

export const portGroupVlanSchema = z.union([
  intRange(0, 4095, 'VLAN'),
  element({ trunk: vlanListField }),
  element({ pvlan: vlanId }),
]);

export const portGroupSchema = element({
  ...named,
  switch: refField,
  vlan: portGroupVlanSchema.optional(),
  security: securitySchema.optional(),
});

export const vmNicSchema = element({
  ...named,
  network: refField.optional(),
  ip: adapterIpField.optional(),
  gateway: ipv4Field.optional(),
  mtu: mtuAdapter.optional(),
  adapter: z.enum(['vmxnet3', 'e1000', 'e1000e', 'sriov']).optional(),
  connected: z.boolean().optional(),
  vlan: vlanId.optional(),
});

export const vmSchema = element({
  ...named,
  host: refField,
  power: z.enum(['on', 'off']).optional(),
  tags: z.array(tagField).optional(),
  nics: z.array(vmNicSchema).optional(),
});

export const physicalPortSchema = element({
  name: portNameField,
  mode: z.enum(['access', 'trunk']).optional(),
  vlan: vlanId.optional(),
  allowed: vlanListField.optional(),
  native: vlanId.optional(),
  mtu: mtuPhysical.optional(),
  up: z.boolean().optional(),
});

export const physicalSwitchSchema = element({
  ...named,
  mtu: mtuPhysical.optional(),
  ports: z.array(physicalPortSchema).optional(),
});

export const attachSchema = z.union([
  element({ network: refField, host: refField.optional() }),
  element({ switch: refField, vlan: vlanId.optional() }),
  element({ external: z.literal(true) }),
]);

export const routerInterfaceSchema = element({
  ...named,
  ip: cidrField.optional(),
  mtu: mtuPhysical.optional(),
  attach: attachSchema.optional(),
  dhcp: element({ from: ipv4Field, to: ipv4Field }).optional(),
});

export const routeSchema = z.union([
  element({ to: cidrField, via: ipv4Field }),
  element({ to: cidrField, interface: refField }),
]);

export const natRuleSchema = z.discriminatedUnion('type', [
  element({
    type: z.literal('snat'),
    interface: refField,
    source: cidrField.optional(),
    translated: ipv4Field.optional(),
  }),
  element({
    type: z.literal('dnat'),
    interface: refField,
    destination: ipv4Field,
    service: serviceField.optional(),
    translated: ipv4Field,
    port: portNumber.optional(),
  }),
]);

export const actionSchema = z.enum(['allow', 'drop', 'reject']);
export const categorySchema = z.enum(['emergency', 'infrastructure', 'environment', 'application']);

const ruleCore = {
  ...named,
  sources: z.array(selectorField).optional(),
  destinations: z.array(selectorField).optional(),
  services: z.array(serviceField).optional(),
  action: actionSchema,
  disabled: z.boolean().optional(),
};

export const firewallRuleSchema = element({
  ...ruleCore,
  category: categorySchema.optional(),
  appliedTo: z.array(selectorField).optional(),
  direction: z.enum(['in', 'out', 'in-out']).optional(),
});

export const gatewayRuleSchema = element({ ...ruleCore, category: categorySchema.optional() });

export const firewallSchema = element({
  default: actionSchema.optional(),
  rules: z.array(firewallRuleSchema).optional(),
});

export const gatewayFirewallSchema = element({
  default: actionSchema.optional(),
  rules: z.array(gatewayRuleSchema).optional(),
});

export const routerSchema = element({
  ...named,
  interfaces: z.array(routerInterfaceSchema).optional(),
  routes: z.array(routeSchema).optional(),
  nat: z.array(natRuleSchema).optional(),
  firewall: gatewayFirewallSchema.optional(),
});

export const portRefField = z.string().superRefine((value, ctx) => {
  if (!/^[A-Za-z0-9._-]{1,64}:[^\s:]{1,64}$/.test(value))
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a port reference: use "<ownerId>:<portName>", like "esx1:vmnic0"`,
    });
});

export const cableSchema = element({ ...named, a: portRefField, b: portRefField });

export const endpointField = z.string().superRefine((value, ctx) => {
  const dotted = /^\d+(\.\d+){3}$/.test(value);
  const ok = dotted ? ipv4Field.safeParse(value).success : /^[A-Za-z0-9._-]{1,64}$/.test(value);
  if (!ok)
    ctx.addIssue({
      code: 'custom',
      message: `${JSON.stringify(value)} is not a flow end: use an element id or an IPv4 address${looksLikeIpv6(value) ? ' (IPv6 is not supported)' : ''}`,
    });
});

export const flowSchema = element({
  ...named,
  from: endpointField,
  to: endpointField,
  service: flowServiceField.optional(),
  size: packetSize.optional(),
  df: z.boolean().optional(),
  expect: z.enum(['allow', 'deny']).optional(),
});

export const layoutEntrySchema = z.looseObject({
  x: z.number(),
  y: z.number(),
  w: z.number().optional(),
  h: z.number().optional(),
  collapsed: z.boolean().optional(),
});

export const designSchema = element({
  format: z.literal(FORMAT),
  version: z.literal(CURRENT_VERSION),
  name: z.string().optional(),
  hosts: z.array(hostSchema).optional(),
  switches: z.array(switchSchema).optional(),
  portGroups: z.array(portGroupSchema).optional(),
  vms: z.array(vmSchema).optional(),
  physicalSwitches: z.array(physicalSwitchSchema).optional(),
  routers: z.array(routerSchema).optional(),
  cables: z.array(cableSchema).optional(),
  firewall: firewallSchema.optional(),
  flows: z.array(flowSchema).optional(),
  layout: z.record(z.string(), layoutEntrySchema).optional(),
});
