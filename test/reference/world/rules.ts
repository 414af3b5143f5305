// Firewall rules with their defaults filled in (MODEL.md section 1, firewall).
import {
  firewallDefault,
  ruleAppliedTo,
  ruleCategory,
  ruleDestinations,
  ruleDirection,
  ruleEnabled,
  ruleServices,
  ruleSources,
} from '../../../src/model/defaults';
import type { Design, GatewayFirewall } from '../../../src/model/types';
import type { RefFirewall } from './types';

export function distributedFirewall(doc: Design): RefFirewall {
  return {
    default: firewallDefault(doc),
    rules: (doc.firewall?.rules ?? []).map((r) => ({
      id: r.id,
      category: ruleCategory(r),
      sources: ruleSources(r),
      destinations: ruleDestinations(r),
      services: ruleServices(r),
      action: r.action,
      appliedTo: ruleAppliedTo(r),
      direction: ruleDirection(r),
      enabled: ruleEnabled(r),
    })),
  };
}

export function gatewayFirewall(fw: GatewayFirewall | undefined): RefFirewall {
  return {
    default: fw?.default ?? 'allow',
    rules: (fw?.rules ?? []).map((r) => ({
      id: r.id,
      category: ruleCategory(r),
      sources: ruleSources(r),
      destinations: ruleDestinations(r),
      services: ruleServices(r),
      action: r.action,
      appliedTo: ['any'],
      direction: 'in-out' as const,
      enabled: ruleEnabled(r),
    })),
  };
}
