// A vanilla store per provider: every test and every mounted app gets a fresh one.
import { createStore } from 'zustand/vanilla';
import { emptyDesign } from '../model/emptyDesign';
import type { Design } from '../model/types';
import type { AppState } from './appState';
import { createDocumentSlice } from './documentSlice';
import { createEvaluationSlice } from './evaluationSlice';
import { createPersistenceSlice } from './persistenceSlice';
import { createUiSlice } from './uiSlice';

export function createAppStore(initial: Design = emptyDesign()) {
  return createStore<AppState>()((...a) => ({
    ...createDocumentSlice(initial)(...a),
    ...createUiSlice(...a),
    ...createPersistenceSlice(...a),
    ...createEvaluationSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
