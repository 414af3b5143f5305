// Seeded generation of a realistic vSphere design for a benchmark tier (or
// any size): plan → topology → workloads → routing → faults chosen → firewall
// → flows → faults applied. generate('L', 1) is the same document on every run.
import type { Design } from '../src/model/types';
import { applyFaults, avoidance, FAULT_FLOWS, FAULT_RULES, pickFaults, type Fault } from './faults';
import { buildFirewall } from './firewall';
import { buildFlows } from './flows';
import { planDataCentre } from './plan';
import { Rng } from './prng';
import { buildRouting } from './routers';
import { sizeOf, type Size, type TierName } from './tiers';
import { buildTopology } from './topology';
import { buildWorkloads } from './workloads';

export interface Generated {
  design: Design;
  /** The deliberate faults, each with the problem code the evaluator should report. */
  faults: Fault[];
}

export function generate(tier: TierName | Size, seed: number): Generated {
  const size = sizeOf(tier);
  if (size.flows < FAULT_FLOWS) throw new RangeError(`at least ${FAULT_FLOWS} flows: one per fault`);
  const rng = new Rng(seed);
  const plan = planDataCentre(rng, size);
  const topology = buildTopology(plan);
  const workloads = buildWorkloads(rng, plan);
  const routing = buildRouting(plan, workloads.info);
  const targets = pickFaults(rng, plan, workloads.info, routing.published);
  const design: Design = {
    format: 'vnet-design',
    version: 1,
    name: `Generated data centre: ${size.hosts} hosts, ${size.vms} VMs (seed ${seed})`,
    hosts: topology.hosts,
    switches: topology.switches,
    portGroups: [...topology.portGroups, ...workloads.portGroups],
    vms: workloads.vms,
    physicalSwitches: topology.physicalSwitches,
    routers: routing.routers,
    cables: topology.cables,
    firewall: buildFirewall(rng, plan, workloads.info, size.rules - FAULT_RULES),
    flows: buildFlows(
      rng,
      plan,
      workloads.info,
      routing.published,
      avoidance(targets, workloads.info),
      size.flows - FAULT_FLOWS,
    ),
  };
  const broken = applyFaults(design, targets);
  design.flows!.push(...broken.flows);
  return { design, faults: broken.faults };
}

export function generateDesign(tier: TierName | Size, seed: number): Design {
  return generate(tier, seed).design;
}
