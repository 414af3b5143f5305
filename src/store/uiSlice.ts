// View state: selection, open panels, viewport, notices. Never undone and
// never persisted with the design.
import type { StateCreator } from 'zustand/vanilla';
import type { FlowResult } from '../engine/types';
import type { AppState } from './appState';

export type PanelId = 'inspector' | 'flows' | 'problems' | 'firewall';

export interface Notice {
  id: number;
  kind: 'info' | 'error' | 'success';
  text: string;
  /** Optional detail lines, such as every validation error of a refused file. */
  details?: string[];
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * A flow path drawn emphasised on the canvas: a saved flow by id (so that it follows the live
 * evaluation), or the result of a flow tried without saving it ("Test from here").
 */
export type PathHighlight = { kind: 'flow'; id: string } | { kind: 'probe'; result: FlowResult };

export interface UiSlice {
  selection: string[];
  panels: Record<PanelId, boolean>;
  viewport: Viewport | null;
  notices: Notice[];
  highlight: PathHighlight | null;
  select: (ids: string[]) => void;
  togglePanel: (panel: PanelId, open?: boolean) => void;
  setViewport: (viewport: Viewport) => void;
  notify: (notice: Omit<Notice, 'id'>) => number;
  dismissNotice: (id: number) => void;
  /** Highlights a saved flow's path; null clears any highlight. */
  highlightFlow: (id: string | null) => void;
  highlightProbe: (result: FlowResult) => void;
  /** Clears the highlight, or only a highlight of that kind. */
  clearHighlight: (kind?: PathHighlight['kind']) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  selection: [],
  panels: { inspector: true, flows: false, problems: false, firewall: false },
  viewport: null,
  notices: [],
  highlight: null,
  select: (ids) => {
    const current = get().selection;
    if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
    set({ selection: ids });
  },
  togglePanel: (panel, open) =>
    set((state) => ({ panels: { ...state.panels, [panel]: open ?? !state.panels[panel] } })),
  setViewport: (viewport) => set({ viewport }),
  notify: (notice) => {
    const id = nextNoticeId++;
    set((state) => ({ notices: [...state.notices.slice(-4), { ...notice, id }] }));
    return id;
  },
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  highlightFlow: (id) => {
    const current = get().highlight;
    if (id === null ? current === null : current?.kind === 'flow' && current.id === id) return;
    set({ highlight: id === null ? null : { kind: 'flow', id } });
  },
  highlightProbe: (result) => set({ highlight: { kind: 'probe', result } }),
  clearHighlight: (kind) => {
    const current = get().highlight;
    if (current && (kind === undefined || current.kind === kind)) set({ highlight: null });
  },
});

/** The result whose path is highlighted: a saved flow's latest result, or a probe's. */
export function selectHighlightedResult(state: AppState): FlowResult | null {
  const highlight = state.highlight;
  if (!highlight) return null;
  if (highlight.kind === 'probe') return highlight.result;
  return state.evaluation?.flows.find((f) => f.id === highlight.id) ?? null;
}
