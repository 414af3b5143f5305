// What lies under a point of the flow (absolute coordinates): the host a VM
// or palette item is dropped into, the switch a port group is dropped onto.
import type { Scene, SceneNode, SceneNodeKind } from '../scene/types';

export interface Point {
  x: number;
  y: number;
}

const contains = (node: SceneNode, p: Point): boolean =>
  p.x >= node.absX && p.x <= node.absX + node.w && p.y >= node.absY && p.y <= node.absY + node.h;

/** The topmost visible node of one of `kinds` under `p` (later nodes are drawn above earlier ones). */
export function nodeAt(scene: Scene, p: Point, kinds: readonly SceneNodeKind[]): SceneNode | undefined {
  for (let i = scene.nodes.length - 1; i >= 0; i--) {
    const node = scene.nodes[i]!;
    if (!node.hidden && kinds.includes(node.kind) && contains(node, p)) return node;
  }
  return undefined;
}
