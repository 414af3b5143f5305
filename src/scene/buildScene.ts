// Document → scene: every node with its box, position and handles, and every
// link of MODEL.md 2.7 as an edge between two handles. Pure and deterministic.
//
// It is also cheap to run again after an edit, because designs reach
// thousands of VMs: boxes and host geometries are remembered per model
// element (boxCache.ts, hostCache.ts), a node or edge equal to the one of the
// previous scene is that same object, and edges are made again only for what
// changed (sceneEdges.ts).
import type { Design, Layout } from '../model/types';
import { portGroupIdsBySwitch, physicalSwitchBoxOf, routerBoxOf, switchBoxOf } from './boxCache';
import { collapsedByDefault, isCollapsed, type SceneOptions } from './collapse';
import { HOST_SUMMARY_HANDLE } from './handleIds';
import { createHostChildren } from './hostChildren';
import { hostGeometryOf } from './hostCache';
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

/** A host's node and its children's, as the last build made them, with what they were made from. */
interface HostNodes {
  geometry: HostGeometry;
  x: number;
  y: number;
  collapsed: boolean;
  kinds: readonly SceneNodeKind[];
  nodes: readonly SceneNode[];
}

const sameKinds = (a: readonly SceneNodeKind[], b: readonly SceneNodeKind[]): boolean =>
  a.length === b.length && a.every((kind, i) => kind === b[i]);

/** Whether `next` holds the very objects of `prev`, in order. */
const sameItems = <T>(prev: readonly T[], next: readonly T[]): boolean =>
  prev.length === next.length && next.every((item, i) => item === prev[i]);

/** A scene builder with its own memory of the last scene it built. */
export function createSceneBuilder(): (doc: Design, options?: SceneOptions) => Scene {
  let previousNodes: ReadonlyMap<string, SceneNode> = new Map();
  let previousHosts: ReadonlyMap<string, HostNodes> = new Map();
  let previousScene: Scene | null = null;
  const buildEdges = createEdgeBuilder();
  const hostChildren = createHostChildren();

  return (doc, options = {}) => {
    const layout: Layout = doc.layout ?? {};
    const byDefault = collapsedByDefault(doc, options);
    const last = previousNodes;
    const nodes: SceneNode[] = [];
    const keep = (node: SceneNode) => {
      const before = last.get(node.id);
      nodes.push(before && sameNode(before, node) ? before : node);
    };
    const hostNodes = new Map<string, HostNodes>();

    // Hosts' contents, and the box of every top-level node.
    const portGroups = portGroupIdsBySwitch(doc.portGroups);
    const { byHost: contents, kinds: childKinds } = hostChildren(doc);
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
      const px = layout[item.id]?.x ?? x;
      const py = layout[item.id]?.y ?? hy;
      const kinds = geometry.children.map((child) => childKinds.get(child.id) ?? 'vm');
      // A host whose geometry, place and state are as they were: its nodes are the ones made last
      // time, without making (and comparing) a node per VM again.
      const before = previousHosts.get(item.id);
      if (
        before &&
        before.geometry === geometry &&
        before.x === px &&
        before.y === py &&
        before.collapsed === collapsed &&
        sameKinds(before.kinds, kinds)
      ) {
        for (const node of before.nodes) nodes.push(node);
        hostNodes.set(item.id, before);
        continue;
      }
      const first = nodes.length;
      const host: SceneNode = topLevel(item.id, 'host', geometry.box, x, hy);
      if (collapsed) {
        host.collapsed = true;
        host.handles = withSummary(geometry);
      }
      keep(host);
      geometry.children.forEach((child, i) => {
        const node: SceneNode = {
          id: child.id,
          kind: kinds[i]!,
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
      });
      hostNodes.set(item.id, { geometry, x: px, y: py, collapsed, kinds, nodes: nodes.slice(first) });
    }
    for (const { item, x, y: dy } of rowOf(distributed))
      keep(topLevel(item.id, 'distributedSwitch', item.box, x, dy));
    for (const { item, x, y: py } of rowOf(physical))
      keep(topLevel(item.id, 'physicalSwitch', item.box, x, py));

    const collapsedHosts = hosts
      .filter((h) => h.collapsed)
      .map((h) => h.id)
      .join(' ');
    const previous = previousScene;
    // Nothing drawn changed (an edit of what no box shows, a VM powered off): the same nodes.
    const sameNodes = previous !== null && sameItems(previous.nodes, nodes);
    const byId = sameNodes ? previousNodes : new Map(nodes.map((n) => [n.id, n]));
    previousNodes = byId;
    previousHosts = hostNodes;
    const edges = buildEdges(doc, byId, collapsedHosts);
    const scene =
      sameNodes && edges === previous.edges ? previous : { nodes: sameNodes ? previous.nodes : nodes, edges };
    previousScene = scene;
    return scene;
  };
}

/** The scene of a document; the canvas passes CANVAS_SCENE (collapse.ts) to see big designs collapsed. */
export const buildScene: (doc: Design, options?: SceneOptions) => Scene = createSceneBuilder();
