// Document → scene: every node with its box, position and handles, and every
// link of MODEL.md 2.7 as an edge between two handles. Pure and deterministic.
import { listLinks } from '../model/links';
import type { Link } from '../model/links';
import type { Design, Layout } from '../model/types';
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
import { childrenByHost, layOutHost } from './hostContents';
import type { HostGeometry } from './hostContents';
import { COLUMN_GAP, HOSTS_PER_ROW, ROW, ROW_GAP } from './metrics';
import {
  desktopNetworkBox,
  distributedSwitchBox,
  physicalSwitchBox,
  routerBox,
  standardSwitchBox,
  vmBox,
} from './nodeBoxes';
import type { Box } from './nodeBoxes';
import type { Scene, SceneEdge, SceneHandle, SceneNode, SceneNodeKind } from './types';

interface Endpoint {
  node: string;
  handle: string;
}

export function buildScene(doc: Design): Scene {
  const layout: Layout = doc.layout ?? {};
  const portGroupsBySwitch = new Map<string, string[]>();
  for (const pg of doc.portGroups ?? []) {
    const list = portGroupsBySwitch.get(pg.switch) ?? [];
    list.push(pg.id);
    portGroupsBySwitch.set(pg.switch, list);
  }
  const vmBoxes = new Map((doc.vms ?? []).map((vm) => [vm.id, vmBox(vm)]));
  const switchBoxes = new Map<string, Box>();
  for (const sw of doc.switches ?? []) {
    const pgs = portGroupsBySwitch.get(sw.id) ?? [];
    if (sw.type === 'standard') switchBoxes.set(sw.id, standardSwitchBox(sw, pgs));
    else if (sw.type === 'distributed') switchBoxes.set(sw.id, distributedSwitchBox(sw, pgs));
    else switchBoxes.set(sw.id, desktopNetworkBox(sw));
  }

  const standardSwitches = new Set(
    (doc.switches ?? []).filter((sw) => sw.type === 'standard').map((sw) => sw.id),
  );
  const contents = childrenByHost(doc);
  const hosts = new Map<string, HostGeometry>();
  for (const host of doc.hosts ?? []) {
    const mine = contents.get(host.id) ?? { vms: [], switches: [] };
    hosts.set(
      host.id,
      layOutHost(
        host,
        mine.vms.map((id) => ({ id, box: vmBoxes.get(id)! })),
        mine.switches.map((id) => ({ id, box: switchBoxes.get(id)! })),
        layout,
      ),
    );
  }

  const nodes: SceneNode[] = [];
  const topLevel = (id: string, kind: SceneNodeKind, box: Box, fallback: { x: number; y: number }) => {
    const saved = layout[id];
    const x = saved?.x ?? fallback.x;
    const y = saved?.y ?? fallback.y;
    nodes.push({ id, kind, x, y, w: box.w, h: box.h, absX: x, absY: y, handles: box.handles });
  };

  // Rows, top to bottom: routers, hosts, distributed switches, physical switches.
  let y = 0;
  const row = <T>(
    items: readonly T[],
    place: (item: T, x: number, y: number) => { w: number; h: number },
  ) => {
    let x = 0;
    let height = 0;
    for (const item of items) {
      const size = place(item, x, y);
      x += size.w + COLUMN_GAP;
      height = Math.max(height, size.h);
    }
    if (items.length > 0) y += height + ROW_GAP;
  };

  row(doc.routers ?? [], (router, x, ry) => {
    const box = routerBox(router);
    topLevel(router.id, 'router', box, { x, y: ry });
    return box;
  });
  const hostList = doc.hosts ?? [];
  for (let start = 0; start < hostList.length; start += HOSTS_PER_ROW)
    row(hostList.slice(start, start + HOSTS_PER_ROW), (host, x, hy) => {
      const geometry = hosts.get(host.id)!;
      topLevel(host.id, 'host', geometry.box, { x, y: hy });
      const hostNode = nodes[nodes.length - 1]!;
      if (layout[host.id]?.collapsed) hostNode.collapsed = true;
      for (const child of geometry.children) {
        const kind: SceneNodeKind = vmBoxes.has(child.id)
          ? 'vm'
          : standardSwitches.has(child.id)
            ? 'standardSwitch'
            : 'desktopNetwork';
        nodes.push({
          id: child.id,
          kind,
          parent: host.id,
          x: child.x,
          y: child.y,
          w: child.box.w,
          h: child.box.h,
          absX: hostNode.absX + child.x,
          absY: hostNode.absY + child.y,
          handles: child.box.handles,
          ...(hostNode.collapsed ? { hidden: true } : {}),
        });
      }
      if (hostNode.collapsed)
        hostNode.handles = [
          ...hostNode.handles,
          {
            id: HOST_SUMMARY_HANDLE,
            kind: 'adapter',
            side: 'right',
            offset: hostNode.h - ROW * 2,
            label: 'VMs',
          },
        ];
      return geometry;
    });
  row(
    (doc.switches ?? []).filter((sw) => sw.type === 'distributed'),
    (sw, x, dy) => {
      const box = switchBoxes.get(sw.id)!;
      topLevel(sw.id, 'distributedSwitch', box, { x, y: dy });
      return box;
    },
  );
  row(doc.physicalSwitches ?? [], (sw, x, py) => {
    const box = physicalSwitchBox(sw);
    topLevel(sw.id, 'physicalSwitch', box, { x, y: py });
    return box;
  });

  return { nodes, edges: buildEdges(doc, nodes) };
}

function buildEdges(doc: Design, nodes: readonly SceneNode[]): SceneEdge[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const adapterOwner = new Map<string, Endpoint>();
  for (const vm of doc.vms ?? [])
    for (const nic of vm.nics ?? []) adapterOwner.set(nic.id, { node: vm.id, handle: adapterHandle(nic.id) });
  for (const host of doc.hosts ?? [])
    for (const vmk of host.vmkernels ?? [])
      adapterOwner.set(vmk.id, { node: host.id, handle: adapterHandle(vmk.id) });
  for (const router of doc.routers ?? [])
    for (const iface of router.interfaces ?? [])
      adapterOwner.set(iface.id, { node: router.id, handle: interfaceHandle(iface.id) });
  const portGroupSwitch = new Map((doc.portGroups ?? []).map((pg) => [pg.id, pg.switch]));
  const switches = new Map((doc.switches ?? []).map((sw) => [sw.id, sw]));
  const physical = new Set((doc.physicalSwitches ?? []).map((sw) => sw.id));

  const networkEnd = (network: string): Endpoint | null => {
    const pgSwitch = portGroupSwitch.get(network);
    if (pgSwitch !== undefined) return { node: pgSwitch, handle: portGroupHandle(network) };
    const sw = switches.get(network);
    if (sw && isDesktopNetwork(sw)) return { node: sw.id, handle: NETWORK_HANDLE };
    if (physical.has(network)) return { node: network, handle: SVI_HANDLE };
    return null;
  };
  const portEnd = (ref: string): Endpoint | null => {
    const colon = ref.indexOf(':');
    const owner = ref.slice(0, colon);
    const port = ref.slice(colon + 1);
    if (physical.has(owner)) return { node: owner, handle: portHandle(port) };
    return byId.get(owner)?.kind === 'host' ? { node: owner, handle: hostNicHandle(port) } : null;
  };
  const endsOf = (link: Link): [Endpoint | null, Endpoint | null] => {
    if (link.kind === 'nic') return [adapterOwner.get(link.adapter) ?? null, networkEnd(link.network)];
    if (link.kind === 'cable') return [portEnd(link.a), portEnd(link.b)];
    const sw = switches.get(link.switch);
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
  const hasHandle = (end: Endpoint): boolean =>
    byId.get(end.node)?.handles.some((h: SceneHandle) => h.id === end.handle) ?? false;

  const edges: SceneEdge[] = [];
  for (const link of listLinks(doc)) {
    const [a, b] = endsOf(link);
    if (!a || !b) continue;
    const source = visible(a);
    const target = visible(b);
    if (source.node === target.node && source.handle === target.handle) continue;
    if (!hasHandle(source) || !hasHandle(target)) continue;
    edges.push({
      id: link.id,
      source: source.node,
      sourceHandle: source.handle,
      target: target.node,
      targetHandle: target.handle,
    });
  }
  return edges;
}
