// Fields that no semantic check reads (src/model/semantic/): changing one can
// break only the element's own shape, never a rule of MODEL.md 1.1 that spans
// elements. So an edit of these alone is checked against its element's schema
// and nothing else (checkEdit.ts). inertFields.test.ts proves the list: it
// runs every semantic check on many designs and fails if any of them reads
// one of these fields. A field added here without that proof holding fails it.
import type { z } from 'zod';
import {
  cableSchema,
  firewallRuleSchema,
  flowSchema,
  hostSchema,
  physicalSwitchSchema,
  portGroupSchema,
  routerSchema,
  switchSchema,
  vmSchema,
} from '../schema';

export interface ElementRules {
  /** The element's schema: an edited element must still pass it. */
  schema: z.ZodType;
  /** Keys of the element that no semantic check reads. */
  inert: ReadonlySet<string>;
  /** Lists of sub-objects (a VM's adapters, a router's interfaces) with their own inert keys. */
  nested?: Readonly<Record<string, ReadonlySet<string>>>;
}

const keys = (...names: string[]): ReadonlySet<string> => new Set(names);
const DISPLAY = ['name', 'notes'];

/** The element arrays of a document, by their key. */
export const ELEMENT_RULES: Readonly<Record<string, ElementRules>> = {
  hosts: {
    schema: hostSchema,
    inert: keys(...DISPLAY),
    nested: { vmkernels: keys(...DISPLAY, 'mtu', 'services', 'gateway') },
  },
  switches: { schema: switchSchema, inert: keys(...DISPLAY, 'mtu', 'security') },
  portGroups: { schema: portGroupSchema, inert: keys(...DISPLAY, 'security') },
  vms: {
    schema: vmSchema,
    inert: keys(...DISPLAY, 'power', 'tags'),
    nested: { nics: keys(...DISPLAY, 'mtu', 'adapter', 'connected', 'gateway', 'vlan') },
  },
  physicalSwitches: {
    schema: physicalSwitchSchema,
    inert: keys(...DISPLAY, 'mtu'),
    nested: { ports: keys('notes', 'mtu', 'up') },
  },
  routers: { schema: routerSchema, inert: keys(...DISPLAY), nested: { interfaces: keys(...DISPLAY, 'mtu') } },
  cables: { schema: cableSchema, inert: keys(...DISPLAY) },
  flows: { schema: flowSchema, inert: keys(...DISPLAY, 'service', 'size', 'df', 'expect') },
};

/** Firewall rules (`firewall.rules`). */
export const RULE_RULES: ElementRules = {
  schema: firewallRuleSchema,
  inert: keys(...DISPLAY, 'action', 'disabled', 'category', 'direction', 'services'),
};

/** The document's own display keys. */
export const DESIGN_INERT: ReadonlySet<string> = keys(...DISPLAY);
