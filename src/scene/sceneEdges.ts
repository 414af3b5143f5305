// Every link of MODEL.md 2.7 as an edge between two handles. A link of a
// hidden node (inside a collapsed host) ends on that host's summary handle; a
// link with both ends hidden in one host is not drawn.
//
// Designs have thousands of VMs and most edits touch one of them, so a VM's
// edges are remembered per VM object for as long as nothing else they depend
// on changes: the other element arrays and the set of collapsed hosts.
import { listLinks } from '../model/links';
import type { Link } from '../model/links';
import type { Design, PhysicalSwitch, PortGroup, Switch, Vm } from '../model/types';
import { isDesktopNetwork } from '../model/types';
import {
  adapterHandle,
  dvsUplinkHandle,
  HOST_SUMMARY_HANDLE,
  hostNicHandle,
  interfaceHandle,
  NETWORK_HANDLE,
  portGroupHandle,
  portHandle,
  SVI_HANDLE,
  UPLINK_HANDLE,
} from './handleIds';
import type { SceneEdge, SceneHandle, SceneNode } from './types';

interface Endpoint {
  node: string;
  handle: string;
}

const handleSets = new WeakMap<readonly SceneHandle[], ReadonlySet<string>>();

/** The ids of a handle list, as a set (handle lists are shared between scenes, and so are their sets). */
function handleIds(handles: readonly SceneHandle[]): ReadonlySet<string> {
  let ids = handleSets.get(handles);
  if (!ids) {
    ids = new Set(handles.map((h) => h.id));
    handleSets.set(handles, ids);
  }
  return ids;
}

const sameEdge = (a: SceneEdge, b: SceneEdge): boolean =>
  a.source === b.source &&
  a.target === b.target &&
  a.sourceHandle === b.sourceHandle &&
  a.targetHandle === b.targetHandle;

interface Lookups {
  portGroupSwitch: Map<string, string>;
  switches: Map<string, Switch>;
  physical: Set<string>;
}

function lookupsOf(doc: Design): Lookups {
  return {
    portGroupSwitch: new Map((doc.portGroups ?? []).map((pg: PortGroup) => [pg.id, pg.switch])),
    switches: new Map((doc.switches ?? []).map((sw) => [sw.id, sw])),
    physical: new Set((doc.physicalSwitches ?? []).map((sw: PhysicalSwitch) => sw.id)),
  };
}

/** Links → edges, as the nodes in `byId` draw them; an edge equal to its `previous` one is that object. */
function edgeMaker(
  doc: Design,
  lk: Lookups,
  byId: ReadonlyMap<string, SceneNode>,
  previous: ReadonlyMap<string, SceneEdge>,
) {
  const adapterOwner = new Map<string, Endpoint>();
  for (const host of doc.hosts ?? [])
    for (const vmk of host.vmkernels ?? [])
      adapterOwner.set(vmk.id, { node: host.id, handle: adapterHandle(vmk.id) });
  for (const router of doc.routers ?? [])
    for (const iface of router.interfaces ?? [])
      adapterOwner.set(iface.id, { node: router.id, handle: interfaceHandle(iface.id) });

  const networkEnd = (network: string): Endpoint | null => {
    const pgSwitch = lk.portGroupSwitch.get(network);
    if (pgSwitch !== undefined) return { node: pgSwitch, handle: portGroupHandle(network) };
    const sw = lk.switches.get(network);
    if (sw && isDesktopNetwork(sw)) return { node: sw.id, handle: NETWORK_HANDLE };
    if (lk.physical.has(network)) return { node: network, handle: SVI_HANDLE };
    return null;
  };
  const portEnd = (ref: string): Endpoint | null => {
    const colon = ref.indexOf(':');
    const owner = ref.slice(0, colon);
    const port = ref.slice(colon + 1);
    if (lk.physical.has(owner)) return { node: owner, handle: portHandle(port) };
    return byId.get(owner)?.kind === 'host' ? { node: owner, handle: hostNicHandle(port) } : null;
  };
  const endsOf = (link: Link, vm: Vm | undefined): [Endpoint | null, Endpoint | null] => {
    if (link.kind === 'nic') {
      const owner = vm
        ? { node: vm.id, handle: adapterHandle(link.adapter) }
        : (adapterOwner.get(link.adapter) ?? null);
      return [owner, networkEnd(link.network)];
    }
    if (link.kind === 'cable') return [portEnd(link.a), portEnd(link.b)];
    const sw = lk.switches.get(link.switch);
    const handle = sw?.type === 'distributed' ? dvsUplinkHandle(link.host) : UPLINK_HANDLE;
    return [
      { node: link.switch, handle },
      { node: link.host, handle: hostNicHandle(link.nic) },
    ];
  };
  // A hidden node's links end on its collapsed host's summary handle.
  const visible = (end: Endpoint): Endpoint => {
    const node = byId.get(end.node);
    return node?.hidden && node.parent ? { node: node.parent, handle: HOST_SUMMARY_HANDLE } : end;
  };
  const hasHandle = (end: Endpoint): boolean => {
    const node = byId.get(end.node);
    return node !== undefined && handleIds(node.handles).has(end.handle);
  };

  /** The edges of `links` (all of one VM's adapters when `vm` is given). */
  return (links: readonly Link[], vm?: Vm): SceneEdge[] => {
    const edges: SceneEdge[] = [];
    for (const link of links) {
      const [a, b] = endsOf(link, vm);
      if (!a || !b) continue;
      const source = visible(a);
      const target = visible(b);
      if (source.node === target.node && source.handle === target.handle) continue;
      if (!hasHandle(source) || !hasHandle(target)) continue;
      const edge: SceneEdge = {
        id: link.id,
        source: source.node,
        sourceHandle: source.handle,
        target: target.node,
        targetHandle: target.handle,
      };
      const before = previous.get(link.id);
      edges.push(before && sameEdge(before, edge) ? before : edge);
    }
    return edges;
  };
}

/** The links of one VM, exactly as listLinks gives them. */
const vmLinks = (vm: Vm): Link[] => listLinks({ format: 'vnet-design', version: 1, vms: [vm] });

interface Memory {
  /** What every edge but a VM's depends on; the memory holds while all of it is the same. */
  context: readonly unknown[];
  lookups: Lookups;
  vmEdges: WeakMap<Vm, SceneEdge[]>;
  /** The edges of everything but VMs: VMkernel adapters, router interfaces, uplinks, cables. */
  rest: SceneEdge[] | null;
  /** Link id → the last edge made for it, to hand back when an edge is made again unchanged. */
  byLinkId: Map<string, SceneEdge>;
  vms: Design['vms'];
  edges: SceneEdge[];
}

/**
 * Whether the VMs that differ between two lists (at the same place, the usual edit: one VM
 * replaced) have the very edges of the VMs they replace, so that the list of edges is the last one.
 */
function unchangedVmEdges(
  before: Design['vms'],
  after: Design['vms'],
  edgesOf: (vm: Vm) => SceneEdge[],
  remembered: WeakMap<Vm, SceneEdge[]>,
): boolean {
  if (!before || !after || before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const vm = after[i]!;
    const was = before[i]!;
    if (vm === was) continue;
    const old = remembered.get(was);
    const mine = edgesOf(vm);
    if (!old || old.length !== mine.length || mine.some((edge, j) => edge !== old[j])) return false;
  }
  return true;
}

/**
 * An edge builder with its own memory. `collapsedHosts` names the collapsed hosts (any string that
 * changes when that set does); `byId` holds every node of the scene, hidden ones included.
 */
export function createEdgeBuilder(): (
  doc: Design,
  byId: ReadonlyMap<string, SceneNode>,
  collapsedHosts: string,
) => SceneEdge[] {
  let memory: Memory | null = null;
  return (doc, byId, collapsedHosts) => {
    const context = [
      doc.hosts,
      doc.routers,
      doc.switches,
      doc.portGroups,
      doc.physicalSwitches,
      doc.cables,
      collapsedHosts,
    ];
    const last = memory;
    const held = last !== null && context.every((part, i) => part === last.context[i]);
    if (held && last.vms === doc.vms) return last.edges;
    const kept: Omit<Memory, 'vms' | 'edges'> = held
      ? last
      : {
          context,
          lookups: lookupsOf(doc),
          vmEdges: new WeakMap(),
          rest: null,
          byLinkId: new Map((last?.edges ?? []).map((e) => [e.id, e])),
        };
    const make = edgeMaker(doc, kept.lookups, byId, kept.byLinkId);
    const edgesOf = (vm: Vm): SceneEdge[] => {
      let mine = kept.vmEdges.get(vm);
      if (!mine) {
        mine = make(vmLinks(vm), vm);
        kept.vmEdges.set(vm, mine);
        if (held) for (const edge of mine) kept.byLinkId.set(edge.id, edge);
      }
      return mine;
    };
    if (held && unchangedVmEdges(last.vms, doc.vms, edgesOf, kept.vmEdges)) {
      memory = { ...last, vms: doc.vms };
      return last.edges;
    }
    const rest = kept.rest ?? make(listLinks({ ...doc, vms: [] }));
    const edges: SceneEdge[] = [];
    for (const vm of doc.vms ?? []) for (const edge of edgesOf(vm)) edges.push(edge);
    for (const edge of rest) edges.push(edge);
    // The very same edges (an edit of a VM that its links do not show): the last array itself, so
    // that whatever is keyed by it (bundles, the canvas's edges) is found rather than made again.
    const previousEdges = last?.edges;
    const same =
      previousEdges !== undefined &&
      previousEdges.length === edges.length &&
      edges.every((edge, i) => edge === previousEdges[i]);
    const result = same ? previousEdges : edges;
    const byLinkId = held ? kept.byLinkId : new Map(result.map((e) => [e.id, e]));
    memory = { ...kept, rest, byLinkId, vms: doc.vms, edges: result };
    return result;
  };
}
