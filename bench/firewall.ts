// The distributed firewall, as an NSX admin lays it out (default drop):
//   emergency       quarantine and a threat feed;
//   infrastructure  management SSH, monitoring, backup, plus per-tenant
//                   operations rules;
//   environment     prod, dev and test kept apart;
//   application     per tenant: the web tier's inbound, one rule per tier
//                   edge (web→app, app→db…), outbound DNS/NTP/HTTPS, many
//                   micro-segmentation rules between VMs, adapters, subnets
//                   and port groups, then a drop of everything else inbound.
// The micro-segmentation rules (fillerRules.ts) only use services that no
// generated flow uses, so the flows' expectations follow from the structural
// rules alone.
import type { Firewall, FirewallRule } from '../src/model/types';
import { BACKUP_PREFIX, backupSubnet, MANAGEMENT_SUPERNET, subnetText, TENANT_SUPERNET } from './addressing';
import { FillerRules } from './fillerRules';
import { proportional, type Plan, type TenantPlan, type TierPlan } from './plan';
import type { Rng } from './prng';
import { backupPg } from './topology';
import type { VmInfo } from './workloads';

export const EGRESS_SERVICES = ['udp/53', 'udp/123', 'tcp/443'];

export interface TierEdge {
  from: TierPlan;
  to: TierPlan;
}

/** Which tier talks to which: web → app, app → db, app → cache, app → mq. */
export function tierEdges(tenant: TenantPlan): TierEdge[] {
  const byKind = new Map(tenant.tiers.map((t) => [t.kind, t]));
  const web = byKind.get('web')!;
  const app = byKind.get('app')!;
  const edges: TierEdge[] = [{ from: web, to: app }];
  for (const kind of ['db', 'cache', 'mq'] as const) {
    const to = byKind.get(kind);
    if (to) edges.push({ from: app, to });
  }
  return edges;
}

export const edgeRuleId = (e: TierEdge): string => `${e.from.id}-${e.to.kind}`;

function fixedRules(plan: Plan): {
  emergency: FirewallRule[];
  infrastructure: FirewallRule[];
  environment: FirewallRule[];
} {
  const backupPgs = plan.clusters.map(backupPg);
  return {
    emergency: [
      {
        id: 'em-quarantine-in',
        category: 'emergency',
        destinations: ['tag:quarantine'],
        action: 'drop',
        appliedTo: ['tag:quarantine'],
      },
      {
        id: 'em-quarantine-out',
        category: 'emergency',
        sources: ['tag:quarantine'],
        action: 'drop',
        appliedTo: ['tag:quarantine'],
      },
      {
        id: 'em-threat-feed',
        name: 'threat intelligence feed',
        category: 'emergency',
        sources: ['198.51.100.0/24'],
        action: 'drop',
      },
    ],
    infrastructure: [
      {
        id: 'inf-mgmt-ssh',
        category: 'infrastructure',
        sources: [MANAGEMENT_SUPERNET],
        destinations: [TENANT_SUPERNET],
        services: ['tcp/22'],
        action: 'allow',
        direction: 'in',
      },
      {
        id: 'inf-monitoring',
        category: 'infrastructure',
        sources: ['tag:monitoring'],
        services: ['udp/161', 'tcp/9100'],
        action: 'allow',
      },
      {
        id: 'inf-backup',
        category: 'infrastructure',
        sources: plan.clusters.map((c) => subnetText(backupSubnet(c.index), BACKUP_PREFIX)),
        destinations: ['tag:backup-daily'],
        services: ['tcp/10000-10010'],
        action: 'allow',
        appliedTo: backupPgs,
      },
    ],
    environment: [
      {
        id: 'env-prod-inbound',
        category: 'environment',
        sources: ['tag:env-dev', 'tag:env-test'],
        destinations: ['tag:env-prod'],
        action: 'drop',
      },
      {
        id: 'env-prod-outbound',
        category: 'environment',
        sources: ['tag:env-prod'],
        destinations: ['tag:env-dev', 'tag:env-test'],
        action: 'drop',
      },
    ],
  };
}

function tenantHead(t: TenantPlan): FirewallRule[] {
  const web = t.tiers.find((tier) => tier.kind === 'web')!;
  return [
    {
      id: `${t.id}-web-in`,
      sources: ['any'],
      destinations: [`tag:${web.id}`],
      services: ['tcp/443', 'tcp/80'],
      action: 'allow',
      appliedTo: [`tag:${web.id}`],
      direction: 'in',
    },
    ...tierEdges(t).map((e): FirewallRule => ({
      id: edgeRuleId(e),
      name: `${t.id} ${e.from.kind} to ${e.to.kind}`,
      sources: [`tag:${e.from.id}`],
      destinations: [`tag:${e.to.id}`],
      services: [e.to.service],
      action: 'allow',
      appliedTo: [`tag:${t.id}`],
    })),
    {
      id: `${t.id}-egress`,
      sources: [`tag:${t.id}`],
      services: EGRESS_SERVICES,
      action: 'allow',
      appliedTo: [`tag:${t.id}`],
      direction: 'out',
    },
  ];
}

const tenantTail = (t: TenantPlan): FirewallRule => ({
  id: `${t.id}-deny`,
  name: `${t.id} drop everything else`,
  destinations: [`tag:${t.id}`],
  action: t.env === 'prod' ? 'drop' : 'reject',
  appliedTo: [`tag:${t.id}`],
  direction: 'in',
});

/** Exactly `count` rules (the shadowed-rule fault adds one more later). */
export function buildFirewall(rng: Rng, plan: Plan, vms: readonly VmInfo[], count: number): Firewall {
  const fixed = fixedRules(plan);
  const heads = plan.tenants.map(tenantHead);
  const structural =
    fixed.emergency.length +
    fixed.infrastructure.length +
    fixed.environment.length +
    heads.reduce((n, h) => n + h.length, 0) +
    plan.tenants.length;
  const fillers = count - structural;
  if (fillers < 0) throw new RangeError(`this topology needs at least ${structural + 1} firewall rules`);
  const infraFillers = Math.floor(fillers / 10);
  const perTenant =
    fillers - infraFillers === 0
      ? plan.tenants.map(() => 0)
      : proportional(
          fillers - infraFillers,
          plan.tenants.map((t) => t.tiers.reduce((n, tier) => n + tier.vmCount, 0)),
          0,
        );
  const vmsByTier = new Map<TierPlan, VmInfo[]>();
  for (const vm of vms) {
    const list = vmsByTier.get(vm.tier);
    if (list) list.push(vm);
    else vmsByTier.set(vm.tier, [vm]);
  }
  const filler = new FillerRules(rng, vmsByTier);
  const rules: FirewallRule[] = [...fixed.emergency, ...fixed.infrastructure];
  for (let i = 0; i < infraFillers; i++) rules.push(filler.operations(rng.pick(plan.tenants), i));
  rules.push(...fixed.environment);
  plan.tenants.forEach((t, i) => {
    rules.push(...heads[i]!);
    for (let n = 0; n < perTenant[i]!; n++) rules.push(filler.microSegment(t, n));
    rules.push(tenantTail(t));
  });
  return { default: 'drop', rules };
}
