// The traffic an admin would write down for such a site, with the outcome
// they expect from the policy: tiers talking along their edges, clients
// reaching other tenants' web tiers, internet egress and published services
// (allowed); tiers skipping a tier, cross-environment traffic, tenants into
// management, quarantined VMs and unsolicited inbound traffic (denied); host
// management and jumbo vMotion between hosts (allowed).
import type { Flow } from '../src/model/types';
import type { Avoid } from './faults';
import { tierEdges } from './firewall';
import { pad, type Plan, type TenantPlan, type TierPlan } from './plan';
import type { Rng } from './prng';
import type { Published } from './routers';
import { vmkId } from './topology';
import type { VmInfo } from './workloads';

const KIND_WEIGHTS = {
  chain: 35,
  webClient: 8,
  egress: 10,
  inboundPublished: 5,
  skipTier: 12,
  crossEnv: 8,
  hostMgmt: 8,
  vmotion: 5,
  tenantToMgmt: 4,
  quarantine: 3,
  inboundPrivate: 2,
};
type FlowKind = keyof typeof KIND_WEIGHTS;
type Draft = Omit<Flow, 'id'>;

const INTERNET = [
  { to: '93.184.216.34', service: 'tcp/443' },
  { to: '8.8.8.8', service: 'udp/53' },
  { to: '129.6.15.28', service: 'udp/123' },
];

export function buildFlows(
  rng: Rng,
  plan: Plan,
  vms: readonly VmInfo[],
  published: readonly Published[],
  avoid: Avoid,
  count: number,
): Flow[] {
  const gen = new FlowDrafts(rng, plan, vms, published, avoid);
  const flows: Flow[] = [];
  for (let attempts = 0; flows.length < count; attempts++) {
    if (attempts > count * 50) throw new RangeError('could not draw enough flows from this design');
    const draft = gen.draft(rng.weighted(KIND_WEIGHTS));
    if (draft) flows.push({ id: `f-${pad(flows.length + 1, 4)}`, ...draft });
  }
  return flows;
}

class FlowDrafts {
  private readonly usable = new Map<TierPlan, VmInfo[]>();
  private readonly quarantined: VmInfo[];
  private readonly hosts: string[];

  constructor(
    private readonly rng: Rng,
    private readonly plan: Plan,
    vms: readonly VmInfo[],
    private readonly published: readonly Published[],
    private readonly avoid: Avoid,
  ) {
    for (const vm of vms) {
      if (!vm.usable || avoid.vms.has(vm.id)) continue;
      const list = this.usable.get(vm.tier);
      if (list) list.push(vm);
      else this.usable.set(vm.tier, [vm]);
    }
    this.quarantined = vms.filter((v) => v.quarantined && !avoid.vms.has(v.id));
    this.hosts = plan.clusters.flatMap((c) => c.hostIds);
  }

  draft(kind: FlowKind): Draft | null {
    return this[kind]();
  }

  private vmIn(tier: TierPlan): VmInfo | null {
    const list = this.usable.get(tier);
    return list && list.length > 0 ? this.rng.pick(list) : null;
  }

  /** A VM end as admins write it: mostly the VM, sometimes one adapter or one address. */
  private end(vm: VmInfo): string {
    const roll = this.rng.int(0, 99);
    if (roll < 15) return vm.adapter;
    if (roll < 25) return vm.ip;
    return vm.id;
  }

  private tier(t: TenantPlan, kind: TierPlan['kind']): TierPlan | undefined {
    return t.tiers.find((tier) => tier.kind === kind);
  }

  private chain(): Draft | null {
    const tenant = this.rng.pick(this.plan.tenants);
    const edge = this.rng.pick(tierEdges(tenant));
    const from = this.vmIn(edge.from);
    const to = this.vmIn(edge.to);
    if (!from || !to) return null;
    return {
      name: `${tenant.id} ${edge.from.kind} to ${edge.to.kind}`,
      from: this.end(from),
      to: this.end(to),
      service: edge.to.service,
    };
  }

  private webClient(): Draft | null {
    const a = this.rng.pick(this.plan.tenants);
    const b = this.rng.pick(this.plan.tenants);
    if (a === b || a.env !== b.env) return null;
    const from = this.vmIn(this.rng.pick(a.tiers));
    const to = this.vmIn(this.tier(b, 'web')!);
    if (!from || !to) return null;
    return {
      name: `${a.id} client to ${b.id} web`,
      from: this.end(from),
      to: this.end(to),
      service: 'tcp/443',
    };
  }

  private egress(): Draft | null {
    const tenant = this.rng.pick(this.plan.tenants);
    const from = this.vmIn(this.rng.pick(tenant.tiers));
    if (!from) return null;
    const target = this.rng.pick(INTERNET);
    return {
      name: `${from.id} to the internet`,
      from: this.end(from),
      to: target.to,
      service: target.service,
    };
  }

  private inboundPublished(): Draft | null {
    if (this.published.length === 0) return null;
    const p = this.rng.pick(this.published);
    if (this.avoid.vms.has(p.vm.id)) return null;
    return {
      name: `internet to ${p.vm.tier.id}`,
      from: `192.0.2.${this.rng.int(1, 254)}`,
      to: p.address,
      service: 'tcp/443',
    };
  }

  private skipTier(): Draft | null {
    const tenant = this.rng.pick(this.plan.tenants);
    const to = this.rng.pick(tenant.tiers.filter((t) => t.kind !== 'web' && t.kind !== 'app'));
    const from = this.vmIn(this.tier(tenant, 'web')!);
    const target = this.vmIn(to);
    if (!from || !target) return null;
    return {
      name: `${tenant.id} web straight to ${to.kind}`,
      from: this.end(from),
      to: this.end(target),
      service: to.service,
      expect: 'deny',
    };
  }

  private crossEnv(): Draft | null {
    const a = this.rng.pick(this.plan.tenants);
    const b = this.rng.pick(this.plan.tenants);
    if (a.env === b.env) return null;
    const from = this.vmIn(this.tier(a, 'app')!);
    const to = this.vmIn(this.tier(b, 'app')!);
    if (!from || !to) return null;
    return {
      name: `${a.env} ${a.id} to ${b.env} ${b.id}`,
      from: this.end(from),
      to: this.end(to),
      service: 'tcp/8080',
      expect: 'deny',
    };
  }

  private hostMgmt(): Draft | null {
    const from = this.rng.pick(this.hosts);
    const to = this.rng.pick(this.hosts);
    if (from === to) return null;
    return { name: `${from} to ${to} management`, from, to };
  }

  private vmotion(): Draft | null {
    const cluster = this.rng.pick(this.plan.clusters);
    const from = this.rng.pick(cluster.hostIds);
    const to = this.rng.pick(cluster.hostIds);
    if (from === to || this.avoid.jumboHosts.has(from) || this.avoid.jumboHosts.has(to)) return null;
    return {
      name: `vMotion ${from} to ${to}`,
      from: vmkId(from, 1),
      to: vmkId(to, 1),
      service: 'tcp/8000',
      size: 9000,
    };
  }

  private tenantToMgmt(): Draft | null {
    const tenant = this.rng.pick(this.plan.tenants);
    const from = this.vmIn(this.rng.pick(tenant.tiers));
    if (!from) return null;
    const host = this.rng.pick(this.hosts);
    return {
      name: `${from.id} to ${host} management`,
      from: this.end(from),
      to: host,
      service: 'tcp/443',
      expect: 'deny',
    };
  }

  private quarantine(): Draft | null {
    if (this.quarantined.length === 0) return null;
    const target = this.rng.pick(this.quarantined);
    const edge = tierEdges(target.tier.tenant).find((e) => e.to === target.tier);
    const from = edge && this.vmIn(edge.from);
    if (!edge || !from) return null;
    return {
      name: `${from.id} to quarantined ${target.id}`,
      from: this.end(from),
      to: target.id,
      service: edge.to.service,
      expect: 'deny',
    };
  }

  private inboundPrivate(): Draft | null {
    const tenant = this.rng.pick(this.plan.tenants);
    const to = this.vmIn(this.tier(tenant, 'web')!);
    if (!to) return null;
    return {
      name: `internet straight to ${to.id}`,
      from: `192.0.2.${this.rng.int(1, 254)}`,
      to: to.ip,
      service: 'tcp/443',
      expect: 'deny',
    };
  }
}
