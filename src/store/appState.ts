import type { DocumentSlice } from './documentSlice';
import type { EvaluationSlice } from './evaluationSlice';
import type { PersistenceSlice } from './persistenceSlice';
import type { UiSlice } from './uiSlice';

export type AppState = DocumentSlice & UiSlice & PersistenceSlice & EvaluationSlice;
