// The bulk of a large rule base: micro-segmentation rules between VMs,
// adapters, subnets and port groups of one tenant, and operations access from
// management, all on ports that the generated flows never use, so that they
// weigh on the evaluator without changing any flow's expected outcome.
import type { FirewallRule } from '../src/model/types';
import { addressIn, mgmtSubnet, subnetText } from './addressing';
import { pad, type TenantPlan, type TierPlan } from './plan';
import type { Rng } from './prng';
import type { VmInfo } from './workloads';

/** Ports that micro-segmentation rules use and flows never do (nor 20000–32767). */
const FILLER_SERVICES = [
  'tcp/9000-9100',
  'udp/161',
  'tcp/3389',
  'tcp/1521',
  'tcp/27017',
  'udp/514',
  'tcp/8443',
  'tcp/9200',
  'tcp/5985-5986',
  'tcp/2049',
  'tcp/11211',
  'tcp/389',
  'tcp/636',
  'tcp/445',
  'tcp/9090',
  'tcp/7001-7002',
  'tcp/61616',
  'udp/4789',
];
const OUTSIDE_PARTNERS = ['192.0.2.0/24', '198.18.0.0/15', '100.96.0.0/12', '45.60.0.0/16'];

export class FillerRules {
  private readonly customPorts = new Map<TenantPlan, string[]>();

  constructor(
    private readonly rng: Rng,
    private readonly vmsByTier: Map<TierPlan, VmInfo[]>,
  ) {}

  /** Each tenant's application also listens on a few ports of its own, in 20000–32767. */
  private appPorts(t: TenantPlan): string[] {
    let ports = this.customPorts.get(t);
    if (!ports) {
      ports = [1, 2, 3].map(() => `${this.rng.chance(85) ? 'tcp' : 'udp'}/${this.rng.int(20000, 32767)}`);
      this.customPorts.set(t, ports);
    }
    return ports;
  }

  /** Well-known ports, or one of the tenant's own. */
  private services(t: TenantPlan | null): string[] {
    const one = () =>
      t && this.rng.chance(40) ? this.rng.pick(this.appPorts(t)) : this.rng.pick(FILLER_SERVICES);
    const first = one();
    if (!this.rng.chance(25)) return [first];
    const second = one();
    return second === first ? [first] : [first, second];
  }

  private finish(rule: FirewallRule): FirewallRule {
    if (this.rng.chance(4)) rule.disabled = true;
    return rule;
  }

  /** Operations access (WinRM, SNMP…) from one jump-host subnet of a cluster's management to one tier. */
  operations(t: TenantPlan, n: number): FirewallRule {
    const tier = this.rng.pick(t.tiers);
    const jumpHosts = addressIn(mgmtSubnet(this.rng.int(0, t.cluster.index)), 16 * this.rng.int(8, 15), 28);
    return this.finish({
      id: `inf-ops-${pad(n + 1, 5)}`,
      category: 'infrastructure',
      sources: [jumpHosts],
      destinations: [`tag:${tier.id}`],
      services: this.services(null),
      action: 'allow',
      appliedTo: [`tag:${tier.id}`],
      direction: 'in',
    });
  }

  microSegment(t: TenantPlan, n: number): FirewallRule {
    const id = `${t.id}-ms-${pad(n + 1, 4)}`;
    const a = this.rng.pick(t.tiers);
    const b = this.rng.pick(t.tiers);
    const vmA = this.rng.pick(this.vmsByTier.get(a)!);
    const vmB = this.rng.pick(this.vmsByTier.get(b)!);
    const services = this.services(t);
    const action = this.rng.weighted({ allow: 70, drop: 20, reject: 10 });
    switch (
      this.rng.weighted({ vmPair: 30, adapter: 15, cidr: 20, portGroup: 15, address: 10, partner: 10 })
    ) {
      case 'vmPair':
        return this.finish({
          id,
          sources: [vmA.id],
          destinations: [vmB.id],
          services,
          action,
          appliedTo: [vmB.id],
          direction: 'in',
        });
      case 'adapter':
        return this.finish({
          id,
          sources: [vmA.adapter],
          destinations: [`tag:${b.id}`],
          services,
          action,
          appliedTo: [`tag:${t.id}`],
        });
      case 'cidr':
        return this.finish({
          id,
          sources: [subnetText(a.subnet, 24)],
          destinations: [subnetText(b.subnet, 24)],
          services,
          action,
          direction: this.rng.pick(['in', 'in-out'] as const),
        });
      case 'portGroup':
        return this.finish({
          id,
          sources: [a.id],
          destinations: [b.id],
          services,
          action,
          appliedTo: [b.id],
          direction: 'in',
        });
      case 'address':
        return this.finish({
          id,
          sources: [`tag:${t.id}`],
          destinations: [vmB.ip ?? subnetText(b.subnet, 24)],
          services,
          action,
          appliedTo: [vmA.id],
          direction: 'out',
        });
      case 'partner':
        return this.finish({
          id,
          sources: [this.rng.pick(OUTSIDE_PARTNERS)],
          destinations: [`tag:${b.id}`],
          services,
          action: 'allow',
          appliedTo: [`tag:${b.id}`],
          direction: 'in',
        });
    }
  }
}
