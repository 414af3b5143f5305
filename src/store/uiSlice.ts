// View state: selection, open panels, viewport, notices. Never undone and
// never persisted with the design.
import type { StateCreator } from 'zustand/vanilla';
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

export interface UiSlice {
  selection: string[];
  panels: Record<PanelId, boolean>;
  viewport: Viewport | null;
  notices: Notice[];
  select: (ids: string[]) => void;
  togglePanel: (panel: PanelId, open?: boolean) => void;
  setViewport: (viewport: Viewport) => void;
  notify: (notice: Omit<Notice, 'id'>) => number;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  selection: [],
  panels: { inspector: true, flows: false, problems: false, firewall: false },
  viewport: null,
  notices: [],
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
});
