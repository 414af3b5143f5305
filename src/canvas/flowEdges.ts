// Scene edges (+ statuses, selection and a highlighted path) → React Flow
// edges, with a cache that hands back the very same edge object when nothing
// it shows changed: after an evaluation only the edges whose colour changed
// are new, and an evaluation that changed no colour gives back the same array.
// A bundle of a collapsed host's links (edgeBundles.ts) shows the worst of them.
import type { LinkStatus } from '../engine/types';
import type { SceneEdge } from '../scene/types';
import { drawnEdges } from './edgeBundles';
import type { EdgePathMark, FlowEdge } from './flowTypes';
import { linkElement } from './linkElements';
import type { FlowInput, PathOnCanvas } from './toFlow';
import { worstStatus } from './worstStatus';

function pathMark(path: PathOnCanvas | null | undefined, links: readonly string[]): EdgePathMark | undefined {
  if (!path) return undefined;
  if (path.stopLink !== null && links.includes(path.stopLink)) return 'stop';
  return links.some((link) => path.links.has(link)) ? 'crossed' : undefined;
}

const sameLinks = (a: readonly string[] | null, b: readonly string[] | null): boolean =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((link, i) => link === b[i]));

function edgeUnchanged(
  prev: FlowEdge,
  edge: SceneEdge,
  status: LinkStatus,
  selected: boolean,
  path: EdgePathMark | undefined,
  links: readonly string[] | null,
) {
  return (
    prev.data?.path === path &&
    prev.source === edge.source &&
    prev.target === edge.target &&
    prev.sourceHandle === edge.sourceHandle &&
    prev.targetHandle === edge.targetHandle &&
    prev.data?.status === status &&
    sameLinks(prev.data?.links ?? null, links) &&
    (prev.selected ?? false) === selected
  );
}

/** An edge mapper with its own cache: one per canvas. `before` is the array it returned last. */
export function createEdgeMapper(): (input: FlowInput, before: readonly FlowEdge[] | null) => FlowEdge[] {
  // Link id → its last flow edge. Rebuilt when the scene's edges change, else updated in place.
  let cache = new Map<string, FlowEdge>();
  let cachedSceneEdges: readonly SceneEdge[] | null = null;

  return (input, before) => {
    const sameEdges = input.scene.edges === cachedSceneEdges;
    const next = sameEdges ? cache : new Map<string, FlowEdge>();
    const edges: FlowEdge[] = [];
    let changed = !sameEdges;
    for (const { edge: sceneEdge, links } of drawnEdges(input.scene.edges)) {
      const members = links ?? [sceneEdge.id];
      const status = links
        ? worstStatus(links, input.linkStatuses)
        : (input.linkStatuses[sceneEdge.id] ?? 'idle');
      const selected = members.some((link) => input.selection.has(linkElement(link)));
      const path = pathMark(input.path, members);
      const prev = cache.get(sceneEdge.id);
      let edge: FlowEdge;
      if (prev && edgeUnchanged(prev, sceneEdge, status, selected, path, links)) edge = prev;
      else {
        const data = { status, ...(path ? { path } : {}), ...(links ? { links } : {}) };
        edge = { ...sceneEdge, type: 'status', data, selected };
        changed = true;
      }
      next.set(edge.id, edge);
      edges.push(edge);
    }
    cache = next;
    cachedSceneEdges = input.scene.edges;
    return !changed && before && before.length === edges.length ? (before as FlowEdge[]) : edges;
  };
}
