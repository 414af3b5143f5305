// What the canvas looks up in a scene, built once per scene object: its nodes
// by id, the ones drawn, what each collapsed host hides, and which hosts are collapsed.
import type { Scene, SceneNode } from '../scene/types';

export interface HiddenCounts {
  vms: number;
  switches: number;
}

export interface SceneIndex {
  nodes: ReadonlyMap<string, SceneNode>;
  /** The nodes drawn (not hidden in a collapsed host), in scene order. */
  visible: readonly SceneNode[];
  /** Collapsed host id → how many VMs and switches it hides. */
  hidden: ReadonlyMap<string, HiddenCounts>;
  collapsedHosts: readonly string[];
}

const indexes = new WeakMap<Scene, SceneIndex>();

export function sceneIndex(scene: Scene): SceneIndex {
  let index = indexes.get(scene);
  if (!index) {
    index = buildIndex(scene);
    indexes.set(scene, index);
  }
  return index;
}

function buildIndex(scene: Scene): SceneIndex {
  const nodes = new Map<string, SceneNode>();
  const hidden = new Map<string, HiddenCounts>();
  const collapsedHosts: string[] = [];
  const visible: SceneNode[] = [];
  for (const node of scene.nodes) {
    nodes.set(node.id, node);
    if (!node.hidden) visible.push(node);
    if (node.collapsed) collapsedHosts.push(node.id);
    if (!node.hidden || !node.parent) continue;
    let counts = hidden.get(node.parent);
    if (!counts) {
      counts = { vms: 0, switches: 0 };
      hidden.set(node.parent, counts);
    }
    if (node.kind === 'vm') counts.vms++;
    else counts.switches++;
  }
  return { nodes, visible, hidden, collapsedHosts };
}
