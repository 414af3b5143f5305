// The `data` of each node type, read from the document by id. Arrays are
// rebuilt on every call, so `sameData` compares them member by member: a node
// whose element, port groups and handles did not change keeps its data object.
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

const byId = <T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> =>
  new Map((items ?? []).map((item) => [item.id, item]));

export function lookups(doc: Design): DocLookups {
  const portGroupsBySwitch = new Map<string, PortGroup[]>();
  for (const pg of doc.portGroups ?? []) {
    const list = portGroupsBySwitch.get(pg.switch);
    if (list) list.push(pg);
    else portGroupsBySwitch.set(pg.switch, [pg]);
  }
  return {
    hosts: byId(doc.hosts),
    vms: byId(doc.vms),
    switches: byId(doc.switches),
    physical: byId(doc.physicalSwitches),
    routers: byId(doc.routers),
    portGroupsBySwitch,
  };
}

export interface HiddenCounts {
  vms: number;
  switches: number;
}

const NO_PORT_GROUPS: PortGroup[] = [];

/** The data of a scene node's flow node; null when the document has no such element (never for a scene of it). */
export function nodeData(
  node: SceneNode,
  lk: DocLookups,
  handles: SceneHandle[],
  hidden: HiddenCounts | undefined,
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
        hiddenVms: collapsed ? (hidden?.vms ?? 0) : 0,
        hiddenSwitches: collapsed ? (hidden?.switches ?? 0) : 0,
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
