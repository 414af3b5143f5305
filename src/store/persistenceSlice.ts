// What the user sees of autosave: the status in the toolbar. The saving
// itself lives in store/autosave.ts, which writes here.
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './appState';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'error';

export interface PersistenceSlice {
  saveStatus: SaveStatus;
  saveError: string | null;
  lastSavedAt: number | null;
  setSaveStatus: (status: SaveStatus, error?: string | null) => void;
}

export const createPersistenceSlice: StateCreator<AppState, [], [], PersistenceSlice> = (set) => ({
  saveStatus: 'saved',
  saveError: null,
  lastSavedAt: null,
  setSaveStatus: (status, error = null) =>
    set((state) => ({
      saveStatus: status,
      saveError: error,
      lastSavedAt: status === 'saved' ? Date.now() : state.lastSavedAt,
    })),
});
