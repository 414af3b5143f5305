// The layer-2 path between two nodes of a graph (MODEL.md 2.3 step 4): fewest
// links, ties to the edge met first, edges being in cable order (graph.ts).
import type { Edge, L2Graph } from './graph';

export interface PathStep {
  edge: Edge;
  /** True when the step goes from the edge's `a` to its `b`. */
  forward: boolean;
}

/** The shortest path between two nodes (fewest edges; ties go to the earlier edge), or null. */
export function shortestPath(graph: L2Graph, from: number, to: number): PathStep[] | null {
  if (from === to) return [];
  const via = new Map<number, number>([[from, -1]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head]!;
    for (const e of graph.adjacency[n]!) {
      const edge = graph.edges[e]!;
      const m = edge.a === n ? edge.b : edge.a;
      if (via.has(m)) continue;
      via.set(m, e);
      if (m === to) return unwind(graph, via, from, to);
      queue.push(m);
    }
  }
  return null;
}

function unwind(graph: L2Graph, via: Map<number, number>, from: number, to: number): PathStep[] {
  const steps: PathStep[] = [];
  let n = to;
  while (n !== from) {
    const edge = graph.edges[via.get(n)!]!;
    const forward = edge.b === n;
    steps.push({ edge, forward });
    n = forward ? edge.a : edge.b;
  }
  return steps.reverse();
}
