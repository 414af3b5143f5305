// A handful of deliberate faults, the kind an audit of a real site finds:
//   vlan-not-carried  a ToR trunk whose allowed list lost one tenant VLAN;
//   mtu-mismatch      a ToR host port left at 1500 under a 9000-byte vDS;
//   duplicate-ip      two VMs of one tier with the same address;
//   vm-powered-off    a VM that a flow needs is off;
//   shadowed-rule     a copy of a rule placed right after the original.
// The targets are chosen before the flows, so that ordinary flows keep away
// from them and stay meaningful; each fault then gets its own flow.
import type { ProblemCode } from '../src/engine/types';
import type { Design, Flow, PhysicalPort } from '../src/model/types';
import { edgeRuleId, tierEdges } from './firewall';
import type { ClusterPlan, Plan, TierPlan } from './plan';
import type { Rng } from './prng';
import type { Published } from './routers';
import { clusterVlans, hostPort, torId, vlanListText, vmkId } from './topology';
import type { VmInfo } from './workloads';

export const FAULT_FLOWS = 3;
export const FAULT_RULES = 1;

export interface Fault {
  code: ProblemCode;
  /** The elements the problem is expected to name. */
  elements: string[];
  /** The flow that runs into it, expected to fail. */
  flow?: string;
  description: string;
}

export interface FaultTargets {
  vlan: { cluster: ClusterPlan; tier: TierPlan; host: string; victim: VmInfo; peer: VmInfo };
  mtu: { cluster: ClusterPlan; host: string; sender: string };
  duplicate: { original: VmInfo; copy: VmInfo };
  poweredOff: { vm: VmInfo; client: VmInfo };
  shadow: TierPlan;
}

/** What ordinary flows must not name. */
export interface Avoid {
  vms: Set<string>;
  jumboHosts: Set<string>;
}

function usableByTier(vms: readonly VmInfo[]): Map<TierPlan, VmInfo[]> {
  const out = new Map<TierPlan, VmInfo[]>();
  for (const vm of vms) {
    if (!vm.usable) continue;
    const list = out.get(vm.tier);
    if (list) list.push(vm);
    else out.set(vm.tier, [vm]);
  }
  return out;
}

export function pickFaults(
  rng: Rng,
  plan: Plan,
  vms: readonly VmInfo[],
  published: readonly Published[],
): FaultTargets {
  const usable = usableByTier(vms);
  const publishedTiers = new Set(published.map((p) => p.vm.tier));
  const cluster0 = plan.clusters[0]!;
  const vlanTier = rng.shuffled(cluster0.tenants.flatMap((t) => t.tiers)).find((tier) => {
    const list = usable.get(tier) ?? [];
    return (
      !publishedTiers.has(tier) &&
      new Set(list.map((v) => v.host).filter((h) => h !== cluster0.edgeHost)).size >= 2
    );
  });
  if (!vlanTier) throw new RangeError('no tier spans two hosts: too few VMs for the VLAN fault');
  const victim = rng.pick(usable.get(vlanTier)!.filter((v) => v.host !== cluster0.edgeHost));
  const peer = rng.pick(usable.get(vlanTier)!.filter((v) => v.host !== victim.host));

  const mtuCluster = plan.clusters[plan.clusters.length - 1]!;
  if (mtuCluster.hostIds.length < 2) throw new RangeError('the MTU fault needs a cluster of two hosts');
  const mtuHost = rng.pick(mtuCluster.hostIds.filter((h) => h !== victim.host));
  const sender = rng.pick(mtuCluster.hostIds.filter((h) => h !== mtuHost));

  const taken = new Set<TierPlan>([vlanTier]);
  // A tenant none of whose tiers is taken must be left for the powered-off fault.
  const leavesATenant = (tier: TierPlan) =>
    plan.tenants.some((t) =>
      t.tiers.every((x) => x !== tier && !taken.has(x) && (usable.get(x)?.length ?? 0) >= 1),
    );
  const dupTier = rng
    .shuffled(plan.tiers)
    .find((t) => !taken.has(t) && (usable.get(t)?.length ?? 0) >= 3 && leavesATenant(t));
  if (!dupTier) throw new RangeError('no tier has three VMs: too few VMs for the duplicate-IP fault');
  taken.add(dupTier);
  const [original, copy] = rng.shuffled(usable.get(dupTier)!);

  const offTenant = rng
    .shuffled(plan.tenants)
    .find((t) => t.tiers.every((tier) => !taken.has(tier) && (usable.get(tier)?.length ?? 0) >= 1));
  if (!offTenant) throw new RangeError('no tenant is left for the powered-off fault');
  const app = offTenant.tiers.find((t) => t.kind === 'app')!;
  const web = offTenant.tiers.find((t) => t.kind === 'web')!;

  return {
    vlan: { cluster: cluster0, tier: vlanTier, host: victim.host, victim, peer },
    mtu: { cluster: mtuCluster, host: mtuHost, sender },
    duplicate: { original: original!, copy: copy! },
    poweredOff: { vm: rng.pick(usable.get(app)!), client: rng.pick(usable.get(web)!) },
    shadow: rng.pick(plan.tenants).tiers.find((t) => t.kind === 'web')!,
  };
}

export function avoidance(f: FaultTargets, vms: readonly VmInfo[]): Avoid {
  const isolated = vms.filter((v) => v.tier === f.vlan.tier && v.host === f.vlan.host).map((v) => v.id);
  return {
    vms: new Set([...isolated, f.duplicate.original.id, f.duplicate.copy.id, f.poweredOff.vm.id]),
    jumboHosts: new Set([f.mtu.host]),
  };
}

function torPort(doc: Design, cluster: ClusterPlan, host: string): PhysicalPort {
  const tor = doc.physicalSwitches!.find((s) => s.id === torId(cluster, 'a'))!;
  const name = hostPort(cluster.hostIds.indexOf(host));
  return tor.ports!.find((p) => p.name === name)!;
}

/** Breaks `doc` in place; returns the faults and their flows. */
export function applyFaults(doc: Design, f: FaultTargets): { faults: Fault[]; flows: Flow[] } {
  const { vlan, mtu, duplicate, poweredOff } = f;
  const trunk = torPort(doc, vlan.cluster, vlan.host);
  trunk.allowed = vlanListText(clusterVlans(vlan.cluster).filter((v) => v !== vlan.tier.vlan));

  torPort(doc, mtu.cluster, mtu.host).mtu = 1500;

  const vmById = new Map(doc.vms!.map((vm) => [vm.id, vm]));
  vmById.get(duplicate.copy.id)!.nics![0]!.ip = `${duplicate.original.ip}/24`;
  vmById.get(poweredOff.vm.id)!.power = 'off';

  const rules = doc.firewall!.rules!;
  const edge = tierEdges(f.shadow.tenant)[0]!;
  const at = rules.findIndex((r) => r.id === edgeRuleId(edge));
  const copyId = `${edgeRuleId(edge)}-copy`;
  rules.splice(at + 1, 0, { ...rules[at]!, id: copyId, name: `${f.shadow.tenant.id} web to app (copy)` });

  const flows: Flow[] = [
    {
      id: 'f-fault-vlan',
      name: `${vlan.tier.id} across hosts`,
      from: vlan.peer.id,
      to: vlan.victim.id,
      service: 'tcp/443',
    },
    {
      id: 'f-fault-mtu',
      name: `vMotion ${mtu.sender} to ${mtu.host}`,
      from: vmkId(mtu.sender, 1),
      to: vmkId(mtu.host, 1),
      service: 'tcp/8000',
      size: 9000,
    },
    {
      id: 'f-fault-off',
      name: `${poweredOff.client.id} to ${poweredOff.vm.id}`,
      from: poweredOff.client.id,
      to: poweredOff.vm.id,
      service: poweredOff.vm.tier.service,
    },
  ];
  const faults: Fault[] = [
    {
      code: 'vlan-not-carried',
      elements: [vlan.tier.id, vlan.host, torId(vlan.cluster, 'a')],
      flow: 'f-fault-vlan',
      description: `the trunk to ${vlan.host} does not allow VLAN ${vlan.tier.vlan}`,
    },
    {
      code: 'mtu-mismatch',
      elements: [`${mtu.cluster.id}-dvs`, torId(mtu.cluster, 'a')],
      flow: 'f-fault-mtu',
      description: `the ToR port of ${mtu.host} is at MTU 1500 under a 9000-byte vDS`,
    },
    {
      code: 'duplicate-ip',
      elements: [duplicate.original.adapter, duplicate.copy.adapter],
      description: `${duplicate.copy.id} took ${duplicate.original.id}'s address ${duplicate.original.ip}`,
    },
    {
      code: 'vm-powered-off',
      elements: [poweredOff.vm.id],
      flow: 'f-fault-off',
      description: `${poweredOff.vm.id} is off while ${poweredOff.client.id} needs it`,
    },
    {
      code: 'shadowed-rule',
      elements: [copyId, edgeRuleId(edge)],
      description: `${copyId} repeats ${edgeRuleId(edge)} right after it`,
    },
  ];
  return { faults, flows };
}
