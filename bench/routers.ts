// Layer 3: a T0 edge gateway to the internet (source NAT for the tenants,
// destination NAT publishing a few prod web tiers, a gateway firewall that
// keeps tenants out of management), one T1 gateway per cluster owning every
// tenant gateway (.1) on the cluster's port groups, and the core's VLAN
// interfaces routing the hosts' management networks. They meet on the
// core's transit VLAN. A T1 runs as an edge VM on one host of its cluster
// (`attach.host`), so routed traffic crosses the ToR to reach it, and there is
// never a question of which host's copy of a gateway answers.
import type { Router, RouterInterface } from '../src/model/types';
import {
  addressIn,
  CORE_TRANSIT_IP,
  EDGE_NEXT_HOP,
  MANAGEMENT_SUPERNET,
  mgmtSubnet,
  mgmtVlan,
  publishedIp,
  T0_TRANSIT_IP,
  T0_UPLINK_IP,
  t1TransitIp,
  tenantBlock,
  TENANT_SUPERNET,
  TRANSIT_PREFIX,
  TRANSIT_VLAN,
} from './addressing';
import type { ClusterPlan, Plan } from './plan';
import { CORE_A } from './topology';
import type { VmInfo } from './workloads';

const MAX_PUBLISHED = 8;

/** A prod web VM reachable from the internet through destination NAT. */
export interface Published {
  address: string;
  vm: VmInfo;
}

export interface Routing {
  routers: Router[];
  published: Published[];
}

const transit = (id: string, ip: string): RouterInterface => ({
  id,
  ip: `${ip}/${TRANSIT_PREFIX}`,
  attach: { switch: CORE_A, vlan: TRANSIT_VLAN },
});

export function buildRouting(plan: Plan, vms: readonly VmInfo[]): Routing {
  const published = publishedWebVms(vms);
  return {
    routers: [edgeGateway(plan, published), ...plan.clusters.map(tenantGateway), coreRouter(plan)],
    published,
  };
}

function publishedWebVms(vms: readonly VmInfo[]): Published[] {
  const seenTenants = new Set<string>();
  const out: Published[] = [];
  for (const vm of vms) {
    if (out.length >= MAX_PUBLISHED) break;
    const tenant = vm.tier.tenant;
    if (vm.tier.kind !== 'web' || tenant.env !== 'prod' || !vm.usable || seenTenants.has(tenant.id)) continue;
    seenTenants.add(tenant.id);
    out.push({ address: publishedIp(out.length), vm });
  }
  return out;
}

function edgeGateway(plan: Plan, published: readonly Published[]): Router {
  return {
    id: 't0-edge',
    name: 'T0-Edge',
    interfaces: [
      { id: 't0-uplink', ip: `${T0_UPLINK_IP}/24`, attach: { external: true } },
      transit('t0-transit', T0_TRANSIT_IP),
    ],
    routes: [
      { to: '0.0.0.0/0', via: EDGE_NEXT_HOP },
      ...plan.clusters.map((c) => ({ to: tenantBlock(c.index), via: t1TransitIp(c.index) })),
      { to: MANAGEMENT_SUPERNET, via: CORE_TRANSIT_IP },
    ],
    nat: [
      { type: 'snat', interface: 't0-uplink', source: TENANT_SUPERNET },
      ...published.map((p) => ({
        type: 'dnat' as const,
        interface: 't0-uplink',
        destination: p.address,
        service: 'tcp/443',
        translated: p.vm.ip,
        port: 443,
      })),
    ],
    firewall: {
      default: 'allow',
      rules: [
        {
          id: 'gw-no-mgmt',
          name: 'nothing reaches management through the edge',
          category: 'infrastructure',
          destinations: [MANAGEMENT_SUPERNET],
          action: 'drop',
        },
        {
          id: 'gw-https-in',
          name: 'published web services',
          destinations: [TENANT_SUPERNET],
          services: ['tcp/443'],
          action: 'allow',
        },
      ],
    },
  };
}

function tenantGateway(c: ClusterPlan): Router {
  const interfaces: RouterInterface[] = [transit(`t1-${c.id}-transit`, t1TransitIp(c.index))];
  for (const tier of c.tenants.flatMap((t) => t.tiers)) {
    interfaces.push({
      id: `${tier.id}-gw`,
      ip: addressIn(tier.subnet, 1, 24),
      attach: { network: tier.id, host: c.edgeHost },
    });
  }
  return {
    id: `t1-${c.id}`,
    name: `T1-${c.id.toUpperCase()}`,
    interfaces,
    routes: [{ to: '0.0.0.0/0', via: T0_TRANSIT_IP }],
  };
}

/** The core switches' VLAN interfaces: the management gateways of every cluster. */
function coreRouter(plan: Plan): Router {
  return {
    id: 'core-l3',
    name: 'Core L3',
    interfaces: [
      transit('core-l3-transit', CORE_TRANSIT_IP),
      ...plan.clusters.map((c): RouterInterface => ({
        id: `${c.id}-mgmt-gw`,
        ip: addressIn(mgmtSubnet(c.index), 1, 24),
        attach: { switch: CORE_A, vlan: mgmtVlan(c.index) },
      })),
    ],
    routes: [{ to: '0.0.0.0/0', via: T0_TRANSIT_IP }],
  };
}
