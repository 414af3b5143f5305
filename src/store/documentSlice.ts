// The document and its undo history. Commands enter history one step each;
// a drag streams live layout updates and becomes one step when it ends;
// loads replace the document as one undoable step (so an import can be undone)
// or, for the autosave restore at start-up, with no history at all.
import type { StateCreator } from 'zustand/vanilla';
import type { Command } from '../model/commands/command';
import { layoutEntry, putLayoutEntry } from '../model/layoutEntries';
import type { Design, LayoutEntry } from '../model/types';
import type { AppState } from './appState';

const HISTORY_LIMIT = 200;

export interface HistoryEntry {
  label: string;
  doc: Design;
}

export interface DocumentSlice {
  doc: Design;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Bumped on every document change; persistence and evaluation key off it. */
  revision: number;
  /** Bumped when `replaceDocument` swaps in a whole design; the canvas fits its view to it. */
  loadCount: number;
  /** The document as it was when the current drag began; null when not dragging. */
  dragBase: Design | null;
  /** Runs a command; returns the refusal reason, or null when it applied. */
  apply: <A>(command: Command<A>, args: A) => string | null;
  /**
   * Replaces the whole document (open, import, example, new). Undoable unless `history` is false.
   * The selection and the path highlight belong to the design that was open, so both are cleared.
   */
  replaceDocument: (doc: Design, label: string, options?: { history?: boolean }) => void;
  /** Live position/size updates during a drag: no history until `endDrag`. */
  moveLive: (updates: Record<string, Partial<LayoutEntry>>) => void;
  endDrag: () => void;
  undo: () => void;
  redo: () => void;
}

const pushPast = (past: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] =>
  [...past, entry].slice(-HISTORY_LIMIT);

export const createDocumentSlice =
  (initial: Design): StateCreator<AppState, [], [], DocumentSlice> =>
  (set, get) => ({
    doc: initial,
    past: [],
    future: [],
    revision: 0,
    loadCount: 0,
    dragBase: null,
    apply: (command, args) => {
      const state = get();
      const result = command.run(state.doc, args);
      if (!result.ok) return result.reason;
      if (result.doc === state.doc) return null;
      set({
        doc: result.doc,
        past: pushPast(state.past, { label: command.label, doc: state.doc }),
        future: [],
        revision: state.revision + 1,
      });
      return null;
    },
    replaceDocument: (doc, label, options) => {
      const state = get();
      const history = options?.history ?? true;
      set({
        doc,
        past: history ? pushPast(state.past, { label, doc: state.doc }) : [],
        future: [],
        revision: state.revision + 1,
        loadCount: state.loadCount + 1,
        dragBase: null,
        selection: [],
        highlight: null,
      });
    },
    moveLive: (updates) => {
      const state = get();
      const layout = { ...(state.doc.layout ?? {}) };
      for (const [id, change] of Object.entries(updates)) {
        const current = layoutEntry(layout, id);
        putLayoutEntry(layout, id, { ...current, x: current?.x ?? 0, y: current?.y ?? 0, ...change });
      }
      set({
        doc: { ...state.doc, layout },
        dragBase: state.dragBase ?? state.doc,
        revision: state.revision + 1,
      });
    },
    endDrag: () => {
      const state = get();
      if (!state.dragBase) return;
      set({
        past: pushPast(state.past, { label: 'Move', doc: state.dragBase }),
        future: [],
        dragBase: null,
      });
    },
    undo: () => {
      const state = get();
      const entry = state.past[state.past.length - 1];
      if (!entry) return;
      set({
        doc: entry.doc,
        past: state.past.slice(0, -1),
        future: [{ label: entry.label, doc: state.doc }, ...state.future],
        revision: state.revision + 1,
        dragBase: null,
      });
    },
    redo: () => {
      const state = get();
      const entry = state.future[0];
      if (!entry) return;
      set({
        doc: entry.doc,
        past: pushPast(state.past, { label: entry.label, doc: state.doc }),
        future: state.future.slice(1),
        revision: state.revision + 1,
        dragBase: null,
      });
    },
  });
