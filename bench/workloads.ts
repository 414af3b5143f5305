// Tenant port groups and their VMs: a VLAN-backed port group per tier, VMs
// spread round-robin over the cluster's hosts, tagged by tenant, tier, kind and
// environment. Database VMs have a second adapter on the cluster's backup
// network. A few VMs are powered off (templates, spares) and a few are in
// quarantine; flows leave both alone.
import type { PortGroup, Vm, VmNic } from '../src/model/types';
import { addressIn, BACKUP_PREFIX, backupSubnet, FIRST_VM_OCTET } from './addressing';
import { pad, type Plan, type TierPlan } from './plan';
import type { Rng } from './prng';
import { backupPg, dvsId } from './topology';

export interface VmInfo {
  id: string;
  tier: TierPlan;
  host: string;
  /** The adapter on the tier's port group. */
  adapter: string;
  /** Its address, without prefix. */
  ip: string;
  quarantined: boolean;
  /** Neither powered off nor quarantined: flows may name it. */
  usable: boolean;
}

export interface Workloads {
  portGroups: PortGroup[];
  vms: Vm[];
  info: VmInfo[];
}

export function buildWorkloads(rng: Rng, plan: Plan): Workloads {
  const out: Workloads = { portGroups: [], vms: [], info: [] };
  for (const cluster of plan.clusters) {
    let backupOffset = FIRST_VM_OCTET;
    let hostCursor = rng.int(0, cluster.hostIds.length - 1);
    for (const tenant of cluster.tenants) {
      for (const tier of tenant.tiers) {
        out.portGroups.push({
          id: tier.id,
          name: `${tenant.id}-${tier.kind} (VLAN ${tier.vlan})`,
          switch: dvsId(cluster),
          vlan: tier.vlan,
        });
        for (let n = 0; n < tier.vmCount; n++) {
          const host = cluster.hostIds[hostCursor++ % cluster.hostIds.length]!;
          const id = `${tier.id}-${pad(n + 1, 3)}`;
          const ip = addressIn(tier.subnet, FIRST_VM_OCTET + n);
          const nics: VmNic[] = [
            { id: `${id}-n0`, network: tier.id, ip: `${ip}/24`, gateway: addressIn(tier.subnet, 1) },
          ];
          if (rng.chance(10)) nics[0]!.adapter = 'e1000e';
          if (tier.kind === 'db')
            nics.push({
              id: `${id}-n1`,
              network: backupPg(cluster),
              ip: addressIn(backupSubnet(cluster.index), backupOffset++, BACKUP_PREFIX),
            });
          const off = rng.chance(2);
          const quarantined = !off && rng.chance(0.5);
          const tags = [tenant.id, tier.id, tier.kind, `env-${tenant.env}`];
          if (tier.kind === 'db') tags.push('backup-daily');
          if (rng.chance(5)) tags.push('monitoring');
          if (quarantined) tags.push('quarantine');
          const vm: Vm = { id, name: `${tenant.env}-${id}`, host, tags, nics };
          if (off) vm.power = 'off';
          out.vms.push(vm);
          tier.vmIds.push(id);
          out.info.push({
            id,
            tier,
            host,
            adapter: `${id}-n0`,
            ip,
            quarantined,
            usable: !off && !quarantined,
          });
        }
      }
    }
    if (backupOffset > 1020)
      throw new RangeError(`cluster ${cluster.id} has more databases than its backup /22`);
  }
  return out;
}
