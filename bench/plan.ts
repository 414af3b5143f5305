// The shape of the data centre before any element is written: clusters of
// hosts, and tenants (applications) of a few tiers each, placed in one
// cluster. Everything else (topology, VMs, routers, rules, flows) reads it.
import { MAX_CLUSTERS, MAX_VMS_PER_SUBNET, VlanPool, tenantSubnet } from './addressing';
import type { Rng } from './prng';
import type { Size } from './tiers';

export type TierKind = 'web' | 'app' | 'db' | 'cache' | 'mq';
export type Env = 'prod' | 'dev' | 'test';

export interface ClusterPlan {
  index: number;
  /** "c01": the prefix of every id in the cluster. */
  id: string;
  hostIds: string[];
  /** Where the cluster's T1 gateway (an edge VM) runs. */
  edgeHost: string;
  vmQuota: number;
  tenants: TenantPlan[];
}

export interface TierPlan {
  tenant: TenantPlan;
  kind: TierKind;
  /** Port group id, also the tag of its VMs ("t012-web"). */
  id: string;
  vlan: number;
  subnet: number;
  /** The service its clients use ("tcp/5432" for a PostgreSQL tier). */
  service: string;
  vmCount: number;
  vmIds: string[];
}

export interface TenantPlan {
  index: number;
  /** "t012". */
  id: string;
  cluster: ClusterPlan;
  env: Env;
  tiers: TierPlan[];
}

export interface Plan {
  clusters: ClusterPlan[];
  tenants: TenantPlan[];
  tiers: TierPlan[];
}

const TIER_WEIGHT: Record<TierKind, number> = { web: 35, app: 30, db: 15, cache: 10, mq: 10 };
const DB_SERVICES = ['tcp/5432', 'tcp/3306', 'tcp/1433'];
const TENANT_MIN = 20;
const TENANT_MAX = 120;

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function planDataCentre(rng: Rng, size: Size): Plan {
  const clusterSizes = splitHosts(rng, size.hosts);
  if (clusterSizes.length > MAX_CLUSTERS) throw new RangeError(`at most ${MAX_CLUSTERS * 16} hosts`);
  if (size.vms < 3 * clusterSizes.length)
    throw new RangeError(`${size.hosts} hosts need at least ${3 * clusterSizes.length} VMs`);
  const quotas = proportional(size.vms, clusterSizes);
  const clusters = clusterSizes.map((hosts, index): ClusterPlan => {
    const id = `c${pad(index + 1, 2)}`;
    const hostIds = Array.from({ length: hosts }, (_, h) => `${id}-esx${pad(h + 1, 2)}`);
    return { index, id, hostIds, edgeHost: hostIds[0]!, vmQuota: quotas[index]!, tenants: [] };
  });
  const vlans = new VlanPool();
  const tenants: TenantPlan[] = [];
  const idWidth = Math.max(3, String(Math.ceil(size.vms / TENANT_MIN)).length);
  for (const cluster of clusters) {
    if (cluster.vmQuota < 3) throw new RangeError(`cluster ${cluster.id} would get fewer than 3 VMs`);
    let subnetIndex = 0;
    for (const vmCount of splitTenants(rng, cluster.vmQuota)) {
      const index = tenants.length;
      const tenant: TenantPlan = {
        index,
        id: `t${pad(index, idWidth)}`,
        cluster,
        env: rng.weighted({ prod: 60, dev: 25, test: 15 }),
        tiers: [],
      };
      const kinds = tierKinds(rng, vmCount);
      const counts = proportional(
        vmCount,
        kinds.map((k) => TIER_WEIGHT[k]),
      );
      const dbService = rng.pick(DB_SERVICES);
      kinds.forEach((kind, i) => {
        if (subnetIndex > 254)
          throw new RangeError(`cluster ${cluster.id} needs more than 255 tenant subnets`);
        const vmCountOfTier = counts[i]!;
        if (vmCountOfTier > MAX_VMS_PER_SUBNET) throw new RangeError('a tier outgrew its /24');
        tenant.tiers.push({
          tenant,
          kind,
          id: `${tenant.id}-${kind}`,
          vlan: vlans.take(),
          subnet: tenantSubnet(cluster.index, subnetIndex++),
          service: serviceOf(kind, dbService),
          vmCount: vmCountOfTier,
          vmIds: [],
        });
      });
      cluster.tenants.push(tenant);
      tenants.push(tenant);
    }
  }
  return { clusters, tenants, tiers: tenants.flatMap((t) => t.tiers) };
}

function serviceOf(kind: TierKind, dbService: string): string {
  return { web: 'tcp/443', app: 'tcp/8080', db: dbService, cache: 'tcp/6379', mq: 'tcp/5672' }[kind];
}

/** Clusters of 8–16 hosts, as vSphere admins size them; a small site is one cluster. */
function splitHosts(rng: Rng, hosts: number): number[] {
  const sizes: number[] = [];
  let left = hosts;
  while (left > 0) {
    const size = left <= 16 ? left : rng.int(8, Math.min(16, left - 8));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** Applications of 20–120 VMs; the last one of a cluster takes what is left (under 40). */
function splitTenants(rng: Rng, vms: number): number[] {
  const sizes: number[] = [];
  let left = vms;
  while (left > 0) {
    const size = left < 2 * TENANT_MIN ? left : rng.int(TENANT_MIN, Math.min(TENANT_MAX, left - TENANT_MIN));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

function tierKinds(rng: Rng, vms: number): TierKind[] {
  const kinds: TierKind[] = ['web', 'app', 'db'];
  if (vms >= 10 && rng.chance(40)) kinds.push('cache');
  if (vms >= 12 && rng.chance(25)) kinds.push('mq');
  return kinds;
}

/** Splits `total` in proportion to `weights` (largest remainder), giving each share at least `min`. */
export function proportional(total: number, weights: readonly number[], min = 1): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - min * weights.length;
  if (spare < 0 || sum <= 0) throw new RangeError(`cannot split ${total} into ${weights.length} shares`);
  const raw = weights.map((w) => (spare * w) / sum);
  const shares = raw.map((r) => min + Math.floor(r));
  let missing = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (missing-- <= 0) break;
    shares[i]!++;
  }
  return shares;
}
