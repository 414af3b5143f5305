// Scene edges (+ statuses, selection and a highlighted path) → React Flow
// edges, with a cache that hands back the very same edge object when nothing
// it shows changed: after an evaluation only the edges whose colour changed
// are new, and an evaluation that changed no colour gives back the same array.
// A bundle of a collapsed host's links (edgeBundles.ts) shows the worst of them.
//
// Each edge shows three things that change apart: its status (a new
// evaluation), whether it is selected (a new selection) and its path mark (a
// new highlight). While the drawn edges stay the same, only what changed is
// worked out again: an evaluation of a 5,000-VM design looks up each link's
// status and nothing else, and a selection never reads the statuses.
import type { LinkStatus } from '../engine/types';
import type { SceneEdge } from '../scene/types';
import { drawnEdges, type DrawnEdge } from './edgeBundles';
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

/** What a drawn edge shows. */
interface Look {
  status: LinkStatus;
  selected: boolean;
  path: EdgePathMark | undefined;
}

function edgeUnchanged(prev: FlowEdge, edge: SceneEdge, look: Look, links: readonly string[] | null) {
  return (
    prev.data?.path === look.path &&
    prev.source === edge.source &&
    prev.target === edge.target &&
    prev.sourceHandle === edge.sourceHandle &&
    prev.targetHandle === edge.targetHandle &&
    prev.data?.status === look.status &&
    sameLinks(prev.data?.links ?? null, links) &&
    (prev.selected ?? false) === look.selected
  );
}

const statusOf = ({ edge, links }: DrawnEdge, statuses: FlowInput['linkStatuses']): LinkStatus =>
  links ? worstStatus(links, statuses) : (statuses[edge.id] ?? 'idle');

/** The elements a drawn edge stands for (linkElement of each link), kept per drawn edge. */
const elementsByEdge = new WeakMap<DrawnEdge, readonly string[]>();
function elementsOf(drawn: DrawnEdge): readonly string[] {
  let elements = elementsByEdge.get(drawn);
  if (!elements) {
    elements = (drawn.links ?? [drawn.edge.id]).map(linkElement);
    elementsByEdge.set(drawn, elements);
  }
  return elements;
}

const selectedOf = (drawn: DrawnEdge, selection: ReadonlySet<string>): boolean =>
  selection.size > 0 && elementsOf(drawn).some((element) => selection.has(element));

const pathOf = (drawn: DrawnEdge, path: FlowInput['path']): EdgePathMark | undefined =>
  path ? pathMark(path, drawn.links ?? [drawn.edge.id]) : undefined;

function makeEdge({ edge, links }: DrawnEdge, look: Look): FlowEdge {
  const data = {
    status: look.status,
    ...(look.path ? { path: look.path } : {}),
    ...(links ? { links } : {}),
  };
  return { ...edge, type: 'status', data, selected: look.selected };
}

interface Mapped {
  drawn: readonly DrawnEdge[];
  input: FlowInput;
  /** One per drawn edge, in the same order. */
  edges: FlowEdge[];
}

/** An edge mapper with its own cache: one per canvas. */
export function createEdgeMapper(): (input: FlowInput) => FlowEdge[] {
  let last: Mapped | null = null;

  // New drawn edges (the scene's edges changed): every edge is looked at, and one equal to the
  // last edge of its link is that object.
  const mapAll = (input: FlowInput, drawn: readonly DrawnEdge[]): FlowEdge[] => {
    const previous = new Map((last?.edges ?? []).map((e) => [e.id, e]));
    const before = last?.edges;
    let same = before !== undefined && before.length === drawn.length;
    const edges = drawn.map((d, i) => {
      const look = {
        status: statusOf(d, input.linkStatuses),
        selected: selectedOf(d, input.selection),
        path: pathOf(d, input.path),
      };
      const prev = previous.get(d.edge.id);
      const edge = prev && edgeUnchanged(prev, d.edge, look, d.links) ? prev : makeEdge(d, look);
      same &&= edge === before![i];
      return edge;
    });
    return same ? before! : edges;
  };

  // The same drawn edges: only what changed (statuses, selection, path) is worked out again, and
  // the array is copied only when an edge in it is new.
  const mapChanged = (input: FlowInput, state: Mapped): FlowEdge[] => {
    const statuses = input.linkStatuses !== state.input.linkStatuses;
    const selection = input.selection !== state.input.selection;
    const path = input.path !== state.input.path;
    if (!statuses && !selection && !path) return state.edges;
    let edges = state.edges;
    state.drawn.forEach((d, i) => {
      const prev = edges[i]!;
      const data = prev.data!;
      const look = {
        status: statuses ? statusOf(d, input.linkStatuses) : data.status,
        selected: selection ? selectedOf(d, input.selection) : (prev.selected ?? false),
        path: path ? pathOf(d, input.path) : data.path,
      };
      // Made or kept for this very drawn edge: only what it shows can differ.
      const unchanged =
        data.status === look.status && data.path === look.path && (prev.selected ?? false) === look.selected;
      if (unchanged) return;
      if (edges === state.edges) edges = edges.slice();
      edges[i] = makeEdge(d, look);
    });
    return edges;
  };

  return (input) => {
    const drawn = drawnEdges(input.scene.edges);
    const edges = last && last.drawn === drawn ? mapChanged(input, last) : mapAll(input, drawn);
    last = { drawn, input, edges };
    return edges;
  };
}
