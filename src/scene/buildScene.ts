// Document → scene: every node with its box, position and handles, and every
// link of MODEL.md 2.7 as an edge between two handles. Pure and deterministic.
//
// It is also cheap to run again after an edit, because designs reach
// thousands of VMs: boxes and host geometries are remembered per model
// element (boxCache.ts, hostCache.ts), a node or edge equal to the one of the
// previous scene is that same object, and edges are made again only for what
// changed (sceneEdges.ts).
import type { Design, Layout } from '../model/types';
import { portGroupIdsBySwitch, physicalSwitchBoxOf, routerBoxOf, switchBoxOf, vmBoxOf } from './boxCache';
import { collapsedByDefault, isCollapsed, type SceneOptions } from './collapse';
import { HOST_SUMMARY_HANDLE } from './handleIds';
import { hostGeometryOf, type Child } from './hostCache';
import type { HostGeometry } from './hostContents';
import { ROW } from './metrics';
import type { Box } from './nodeBoxes';
import { placeRows, rowBudget } from './rows';
import { createEdgeBuilder } from './sceneEdges';
import type { Scene, SceneHandle, SceneNode, SceneNodeKind } from './types';

export type { SceneOptions } from './collapse';

const sameNode = (a: SceneNode, b: SceneNode): boolean =>
  a.kind === b.kind &&
  a.parent === b.parent &&
  a.x === b.x &&
  a.y === b.y &&
  a.w === b.w &&
  a.h === b.h &&
  a.absX === b.absX &&
  a.absY === b.absY &&
  a.handles === b.handles &&
  a.collapsed === b.collapsed &&
  a.hidden === b.hidden;

/** A collapsed host's handles: its own, plus the summary where its hidden children's links end. */
const collapsedHandles = new WeakMap<HostGeometry, SceneHandle[]>();
function withSummary(geometry: HostGeometry): SceneHandle[] {
  let handles = collapsedHandles.get(geometry);
  if (!handles) {
    const summary: SceneHandle = {
      id: HOST_SUMMARY_HANDLE,
      kind: 'adapter',
      side: 'right',
      offset: geometry.h - ROW * 2,
      label: 'VMs',
    };
    handles = [...geometry.box.handles, summary];
    collapsedHandles.set(geometry, handles);
  }
  return handles;
}

/** A scene builder with its own memory of the last scene it built. */
export function createSceneBuilder(): (doc: Design, options?: SceneOptions) => Scene {
  let previousNodes: ReadonlyMap<string, SceneNode> = new Map();
  const buildEdges = createEdgeBuilder();

  return (doc, options = {}) => {
    const layout: Layout = doc.layout ?? {};
    const byDefault = collapsedByDefault(doc, options);
    const last = previousNodes;
    const nodes: SceneNode[] = [];
    const keep = (node: SceneNode) => {
      const before = last.get(node.id);
      nodes.push(before && sameNode(before, node) ? before : node);
    };

    // Hosts' contents, and the box of every top-level node.
    const portGroups = portGroupIdsBySwitch(doc.portGroups);
    const contents = new Map<string, { vms: Child[]; switches: Child[] }>();
    for (const host of doc.hosts ?? []) contents.set(host.id, { vms: [], switches: [] });
    for (const vm of doc.vms ?? []) contents.get(vm.host)?.vms.push({ id: vm.id, box: vmBoxOf(vm) });
    // Children that are not VMs: standard switches and desktop networks.
    const childKinds = new Map<string, SceneNodeKind>();
    for (const sw of doc.switches ?? []) {
      if (sw.type === 'distributed') continue;
      contents.get(sw.host)?.switches.push({ id: sw.id, box: switchBoxOf(sw, portGroups.get(sw.id)) });
      childKinds.set(sw.id, sw.type === 'standard' ? 'standardSwitch' : 'desktopNetwork');
    }
    const hosts = (doc.hosts ?? []).map((host) => {
      const collapsed = isCollapsed(layout, host.id, byDefault);
      const mine = contents.get(host.id)!;
      const geometry = hostGeometryOf(host, mine.vms, mine.switches, layout, collapsed);
      return { id: host.id, w: geometry.w, h: geometry.h, geometry, collapsed };
    });
    const boxed = (id: string, box: Box) => ({ id, w: box.w, h: box.h, box });
    const routers = (doc.routers ?? []).map((r) => boxed(r.id, routerBoxOf(r)));
    const distributed = (doc.switches ?? [])
      .filter((sw) => sw.type === 'distributed')
      .map((sw) => boxed(sw.id, switchBoxOf(sw, portGroups.get(sw.id))));
    const physical = (doc.physicalSwitches ?? []).map((sw) => boxed(sw.id, physicalSwitchBoxOf(sw)));

    // Rows, top to bottom: routers, hosts, distributed switches, physical switches. A saved position wins.
    const budget = rowBudget(hosts, [...routers, ...hosts, ...distributed, ...physical]);
    let y = 0;
    const topLevel = (id: string, kind: SceneNodeKind, box: Box, x: number, rowY: number) => {
      const px = layout[id]?.x ?? x;
      const py = layout[id]?.y ?? rowY;
      return { id, kind, x: px, y: py, w: box.w, h: box.h, absX: px, absY: py, handles: box.handles };
    };
    const rowOf = <T extends { w: number; h: number }>(items: readonly T[]) => {
      const rows = placeRows(items, y, budget);
      y = rows.bottom;
      return rows.placed;
    };
    for (const { item, x, y: ry } of rowOf(routers)) keep(topLevel(item.id, 'router', item.box, x, ry));
    for (const { item, x, y: hy } of rowOf(hosts)) {
      const { geometry, collapsed } = item;
      const host: SceneNode = topLevel(item.id, 'host', geometry.box, x, hy);
      if (collapsed) {
        host.collapsed = true;
        host.handles = withSummary(geometry);
      }
      keep(host);
      for (const child of geometry.children) {
        const node: SceneNode = {
          id: child.id,
          kind: childKinds.get(child.id) ?? 'vm',
          parent: item.id,
          x: child.x,
          y: child.y,
          w: child.box.w,
          h: child.box.h,
          absX: host.absX + child.x,
          absY: host.absY + child.y,
          handles: child.box.handles,
        };
        if (collapsed) node.hidden = true;
        keep(node);
      }
    }
    for (const { item, x, y: dy } of rowOf(distributed))
      keep(topLevel(item.id, 'distributedSwitch', item.box, x, dy));
    for (const { item, x, y: py } of rowOf(physical))
      keep(topLevel(item.id, 'physicalSwitch', item.box, x, py));

    const collapsedHosts = hosts
      .filter((h) => h.collapsed)
      .map((h) => h.id)
      .join(' ');
    const byId = new Map(nodes.map((n) => [n.id, n]));
    previousNodes = byId;
    const edges = buildEdges(doc, byId, collapsedHosts);
    return { nodes, edges };
  };
}

/** The scene of a document; the canvas passes CANVAS_SCENE (collapse.ts) to see big designs collapsed. */
export const buildScene: (doc: Design, options?: SceneOptions) => Scene = createSceneBuilder();
