// Hosts, one distributed switch per cluster, and the physical network: a pair
// of top-of-rack switches per cluster (48 × 25G host ports + 6 × 100G, like a
// Nexus 93180YC) and a pair of core switches. Each host has four NICs: vmnic0
// (active) to ToR A and vmnic1 (standby) to ToR B; vmnic2–3 are spare. The
// host ports are trunks that carry exactly the cluster's VLANs, native 1.
import { formatVlanList, parseVlanList } from '../src/model/vlanList';
import type {
  Cable,
  DistributedSwitch,
  Host,
  PhysicalPort,
  PhysicalSwitch,
  PortGroup,
} from '../src/model/types';
import {
  addressIn,
  backupVlan,
  mgmtSubnet,
  mgmtVlan,
  TRANSIT_VLAN,
  vmotionSubnet,
  vmotionVlan,
} from './addressing';
import { pad, type ClusterPlan, type Plan } from './plan';

export const TOR_HOST_PORTS = 48;
export const TOR_ISL_PORT = 'Eth1/49';
export const TOR_CORE_PORT = 'Eth1/53';
const TOR_PORTS = 54;
export const JUMBO_MTU = 9000;
const PHYSICAL_MTU = 9216;
export const CORE_A = 'core-1';
export const CORE_B = 'core-2';

export interface Topology {
  hosts: Host[];
  switches: DistributedSwitch[];
  portGroups: PortGroup[];
  physicalSwitches: PhysicalSwitch[];
  cables: Cable[];
}

export const dvsId = (c: ClusterPlan): string => `${c.id}-dvs`;
export const torId = (c: ClusterPlan, side: 'a' | 'b'): string => `${c.id}-tor-${side}`;
export const hostPort = (hostIndex: number): string => `Eth1/${hostIndex + 1}`;
export const mgmtPg = (c: ClusterPlan): string => `${c.id}-mgmt`;
export const vmotionPg = (c: ClusterPlan): string => `${c.id}-vmotion`;
export const backupPg = (c: ClusterPlan): string => `${c.id}-backup`;
export const vmkId = (hostId: string, n: number): string => `${hostId}-vmk${n}`;

/** Every VLAN the cluster's hosts use, as a compact trunk list. */
export function clusterVlans(c: ClusterPlan): number[] {
  const tenantVlans = c.tenants.flatMap((t) => t.tiers.map((tier) => tier.vlan));
  return [mgmtVlan(c.index), vmotionVlan(c.index), backupVlan(c.index), ...tenantVlans];
}

export const vlanListText = (vlans: readonly number[]): string =>
  formatVlanList(parseVlanList(vlans.join(','))!);

export function buildTopology(plan: Plan): Topology {
  const topology: Topology = { hosts: [], switches: [], portGroups: [], physicalSwitches: [], cables: [] };
  for (const cluster of plan.clusters) addCluster(topology, cluster);
  addCore(topology, plan);
  return topology;
}

function addCluster(t: Topology, c: ClusterPlan): void {
  const allowed = vlanListText(clusterVlans(c));
  c.hostIds.forEach((hostId, h) => t.hosts.push(esxiHost(c, hostId, h)));
  t.switches.push({
    id: dvsId(c),
    name: `DSwitch-${c.id.toUpperCase()}`,
    type: 'distributed',
    mtu: JUMBO_MTU,
    hosts: [...c.hostIds],
    uplinks: c.hostIds.flatMap((host) => [
      { host, nic: 'vmnic0', role: 'active' as const },
      { host, nic: 'vmnic1', role: 'standby' as const },
    ]),
  });
  t.portGroups.push(
    { id: mgmtPg(c), name: `${c.id}-Management`, switch: dvsId(c), vlan: mgmtVlan(c.index) },
    { id: vmotionPg(c), name: `${c.id}-vMotion`, switch: dvsId(c), vlan: vmotionVlan(c.index) },
    { id: backupPg(c), name: `${c.id}-Backup`, switch: dvsId(c), vlan: backupVlan(c.index) },
  );
  for (const side of ['a', 'b'] as const) {
    t.physicalSwitches.push(torSwitch(c, side, allowed));
    c.hostIds.forEach((hostId, h) =>
      t.cables.push({
        id: `cab-${hostId}-${side === 'a' ? 0 : 1}`,
        a: `${hostId}:vmnic${side === 'a' ? 0 : 1}`,
        b: `${torId(c, side)}:${hostPort(h)}`,
      }),
    );
    t.cables.push({
      id: `cab-${c.id}-${side}-core`,
      a: `${torId(c, side)}:${TOR_CORE_PORT}`,
      b: `${side === 'a' ? CORE_A : CORE_B}:${hostPort(c.index)}`,
    });
  }
  t.cables.push({
    id: `cab-${c.id}-isl`,
    a: `${torId(c, 'a')}:${TOR_ISL_PORT}`,
    b: `${torId(c, 'b')}:${TOR_ISL_PORT}`,
  });
}

function esxiHost(c: ClusterPlan, id: string, h: number): Host {
  return {
    id,
    name: `esxi-${c.id}-${pad(h + 1, 2)}.dc1.example`,
    nics: ['vmnic0', 'vmnic1', 'vmnic2', 'vmnic3'].map((name) => ({ name })),
    vmkernels: [
      {
        id: vmkId(id, 0),
        name: 'vmk0',
        network: mgmtPg(c),
        ip: addressIn(mgmtSubnet(c.index), 10 + h, 24),
        gateway: addressIn(mgmtSubnet(c.index), 1),
        services: ['management'],
      },
      {
        id: vmkId(id, 1),
        name: 'vmk1',
        network: vmotionPg(c),
        ip: addressIn(vmotionSubnet(c.index), 10 + h, 24),
        mtu: JUMBO_MTU,
        services: ['vmotion'],
      },
    ],
  };
}

const trunk = (name: string, allowed: string): PhysicalPort => ({ name, mode: 'trunk', allowed, native: 1 });
/** Unused ports are shut down, as a careful network team leaves them. */
const shutdown = (name: string): PhysicalPort => ({ name, up: false });

function torSwitch(c: ClusterPlan, side: 'a' | 'b', allowed: string): PhysicalSwitch {
  const ports: PhysicalPort[] = [];
  for (let p = 1; p <= TOR_PORTS; p++) {
    const name = `Eth1/${p}`;
    const used = p <= c.hostIds.length || name === TOR_ISL_PORT || name === TOR_CORE_PORT;
    ports.push(used ? trunk(name, allowed) : shutdown(name));
  }
  return {
    id: torId(c, side),
    name: `ToR-${c.id.toUpperCase()}-${side.toUpperCase()}`,
    mtu: PHYSICAL_MTU,
    ports,
  };
}

/** Two core switches; core-1 also hosts the transit VLAN that the routers share. */
function addCore(t: Topology, plan: Plan): void {
  const portCount = Math.ceil((plan.clusters.length + 1) / 32) * 32 + 4;
  const peerPort = `Eth1/${portCount}`;
  const everyVlan = vlanListText([...plan.clusters.flatMap(clusterVlans), TRANSIT_VLAN]);
  for (const id of [CORE_A, CORE_B]) {
    const ports: PhysicalPort[] = [];
    for (let p = 1; p <= portCount; p++) {
      const cluster = plan.clusters[p - 1];
      const name = `Eth1/${p}`;
      if (cluster) ports.push(trunk(name, vlanListText(clusterVlans(cluster))));
      else ports.push(name === peerPort ? trunk(name, everyVlan) : shutdown(name));
    }
    t.physicalSwitches.push({ id, name: id === CORE_A ? 'Core-1' : 'Core-2', mtu: PHYSICAL_MTU, ports });
  }
  t.cables.push({ id: 'cab-core-peer', a: `${CORE_A}:${peerPort}`, b: `${CORE_B}:${peerPort}` });
}
