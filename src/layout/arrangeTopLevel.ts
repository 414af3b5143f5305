// ELK's top level as drawn: when the hosts fit in one row, ELK's positions
// stand as they are. When they do not, the hosts wrap into rows in the order
// ELK gave them (the order that crosses the fewest links), and the routers,
// distributed switches and physical switches keep their rows and ELK's order.
import { COLUMN_GAP, ROW_GAP } from '../scene/metrics';
import type { Scene, SceneNode, SceneNodeKind } from '../scene/types';
import type { Position } from './fromElk';
import { hostRows } from './hostRows';

export function arrangeTopLevel(scene: Scene, placed: ReadonlyMap<string, Position>): Map<string, Position> {
  const top = scene.nodes.filter((n) => !n.parent);
  const inElkOrder = (kind: SceneNodeKind) =>
    top
      .filter((n) => n.kind === kind)
      .sort((a, b) => (placed.get(a.id)?.x ?? 0) - (placed.get(b.id)?.x ?? 0));
  const rows = hostRows(inElkOrder('host'));
  if (rows.length <= 1) return new Map(placed);

  const positions = new Map<string, Position>();
  let y = 0;
  const row = (nodes: readonly SceneNode[]) => {
    let x = 0;
    let height = 0;
    for (const node of nodes) {
      positions.set(node.id, { x, y });
      x += node.w + COLUMN_GAP;
      height = Math.max(height, node.h);
    }
    if (nodes.length > 0) y += height + ROW_GAP;
  };
  row(inElkOrder('router'));
  for (const hosts of rows) row(hosts);
  row(inElkOrder('distributedSwitch'));
  row(inElkOrder('physicalSwitch'));
  return positions;
}
