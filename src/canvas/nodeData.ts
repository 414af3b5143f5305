// The `data` of each node type, read from the document by id. Arrays are
// rebuilt on every call, so `sameData` compares them member by member: a node
// whose element, port groups and handles did not change keeps its data object.
import type { LinkStatus } from '../engine/types';
import { displayName } from '../model/defaults';
import type { Design, Host, PhysicalSwitch, PortGroup, Router, Switch, Vm } from '../model/types';
import { isDesktopNetwork } from '../model/types';
import type { SceneHandle, SceneNode } from '../scene/types';
import type { FlowNodeData } from './flowTypes';

export interface DocLookups {
  hosts: Map<string, Host>;
  vms: Map<string, Vm>;
  switches: Map<string, Switch>;
  physical: Map<string, PhysicalSwitch>;
  routers: Map<string, Router>;
  portGroupsBySwitch: Map<string, PortGroup[]>;
}

// Each map is kept per array object: an edit replaces only the arrays it changes, so
// after a VM edit the maps of hosts, switches and port groups are found, not rebuilt.
const maps = new WeakMap<readonly unknown[], Map<string, unknown>>();
const portGroupMaps = new WeakMap<readonly PortGroup[], Map<string, PortGroup[]>>();
const EMPTY: readonly never[] = [];

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const list = items ?? EMPTY;
  let map = maps.get(list) as Map<string, T> | undefined;
  if (!map) {
    map = new Map(list.map((item) => [item.id, item]));
    maps.set(list, map);
  }
  return map;
}

function bySwitch(portGroups: readonly PortGroup[] | undefined): Map<string, PortGroup[]> {
  const list = portGroups ?? EMPTY;
  let map = portGroupMaps.get(list);
  if (!map) {
    map = new Map();
    for (const pg of list) {
      const forSwitch = map.get(pg.switch);
      if (forSwitch) forSwitch.push(pg);
      else map.set(pg.switch, [pg]);
    }
    portGroupMaps.set(list, map);
  }
  return map;
}

export function lookups(doc: Design): DocLookups {
  return {
    hosts: byId(doc.hosts),
    vms: byId(doc.vms),
    switches: byId(doc.switches),
    physical: byId(doc.physicalSwitches),
    routers: byId(doc.routers),
    portGroupsBySwitch: bySwitch(doc.portGroups),
  };
}

/** What a collapsed host's summary shows. */
export interface HostSummary {
  vms: number;
  switches: number;
  worst: LinkStatus;
}

const NO_PORT_GROUPS: PortGroup[] = [];

/** The data of a scene node's flow node; null when the document has no such element (never for a scene of it). */
export function nodeData(
  node: SceneNode,
  lk: DocLookups,
  handles: SceneHandle[],
  summary: HostSummary | undefined,
): FlowNodeData | null {
  switch (node.kind) {
    case 'host': {
      const host = lk.hosts.get(node.id);
      if (!host) return null;
      const collapsed = node.collapsed ?? false;
      return {
        host,
        handles,
        collapsed,
        hiddenVms: collapsed ? (summary?.vms ?? 0) : 0,
        hiddenSwitches: collapsed ? (summary?.switches ?? 0) : 0,
        worst: collapsed ? (summary?.worst ?? 'idle') : 'idle',
      };
    }
    case 'vm': {
      const vm = lk.vms.get(node.id);
      return vm ? { vm, handles } : null;
    }
    case 'standardSwitch': {
      const sw = lk.switches.get(node.id);
      if (sw?.type !== 'standard') return null;
      return { sw, portGroups: lk.portGroupsBySwitch.get(sw.id) ?? NO_PORT_GROUPS, handles };
    }
    case 'distributedSwitch': {
      const sw = lk.switches.get(node.id);
      if (sw?.type !== 'distributed') return null;
      const memberNames = (sw.hosts ?? []).map((id) => {
        const host = lk.hosts.get(id);
        return host ? displayName(host) : id;
      });
      return { sw, portGroups: lk.portGroupsBySwitch.get(sw.id) ?? NO_PORT_GROUPS, memberNames, handles };
    }
    case 'desktopNetwork': {
      const net = lk.switches.get(node.id);
      return net && isDesktopNetwork(net) ? { net, handles } : null;
    }
    case 'physicalSwitch': {
      const sw = lk.physical.get(node.id);
      return sw ? { sw, handles } : null;
    }
    case 'router': {
      const router = lk.routers.get(node.id);
      return router ? { router, handles } : null;
    }
  }
}

const sameValue = (a: unknown, b: unknown): boolean =>
  a === b ||
  (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]));

/** Same keys with identical values, arrays compared member by member. */
export function sameData(a: FlowNodeData, b: FlowNodeData): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => sameValue(left[key], right[key]));
}
