// The edges the canvas draws. A collapsed host holds the links of everything
// it hides, and on a big design that is thousands of lines from host
// summaries to the port groups their VMs use: too many to read, and most of
// what the browser would spend drawing the design. So, as diagram tools do
// with a collapsed group, the links between a collapsed host and one other
// node are drawn as one edge, a bundle, coloured by the worst of them
// (worstStatus.ts). Every other edge is drawn as the scene has it.
import { HOST_SUMMARY_HANDLE } from '../scene/handleIds';
import type { SceneEdge } from '../scene/types';

export interface DrawnEdge {
  /** The scene edge drawn: for a bundle, its first link's (whose id the bundle takes). */
  edge: SceneEdge;
  /** For a bundle of more than one link: every link it stands for, the first included. */
  links: readonly string[] | null;
}

const drawn = new WeakMap<readonly SceneEdge[], readonly DrawnEdge[]>();

/** The drawn edges of a scene's edges, in their order (a bundle where its first link is); once per edges array. */
export function drawnEdges(edges: readonly SceneEdge[]): readonly DrawnEdge[] {
  let found = drawn.get(edges);
  if (!found) {
    found = bundle(edges);
    drawn.set(edges, found);
  }
  return found;
}

function bundle(edges: readonly SceneEdge[]): DrawnEdge[] {
  const out: DrawnEdge[] = [];
  const bundles = new Map<string, { index: number; links: string[] }>();
  for (const edge of edges) {
    if (edge.sourceHandle !== HOST_SUMMARY_HANDLE && edge.targetHandle !== HOST_SUMMARY_HANDLE) {
      out.push({ edge, links: null });
      continue;
    }
    const key = `${edge.source}\n${edge.target}`;
    const open = bundles.get(key);
    if (open) open.links.push(edge.id);
    else {
      bundles.set(key, { index: out.length, links: [edge.id] });
      out.push({ edge, links: null });
    }
  }
  for (const { index, links } of bundles.values())
    if (links.length > 1) out[index] = { edge: out[index]!.edge, links };
  return out;
}
