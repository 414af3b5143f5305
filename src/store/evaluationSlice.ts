// The evaluator's latest result for the document. Written only by the
// evaluation sync (src/worker/evaluationSync.ts); components read it
// through selectors and never compute reachability themselves.
import type { StateCreator } from 'zustand/vanilla';
import type { Evaluation, LinkStatus } from '../engine/types';
import type { AppState } from './appState';

export interface EvaluationSlice {
  evaluation: Evaluation | null;
  /** Request number of the shown result; the sync compares it with what it last sent. */
  evaluationSeq: number;
  evaluationMs: number | null;
  /** Shown as a banner: a restarted worker or a failed evaluation. The design is never affected. */
  evaluatorNotice: string | null;
  setEvaluation: (evaluation: Evaluation, seq: number, ms: number) => void;
  setEvaluatorNotice: (text: string | null) => void;
}

export const createEvaluationSlice: StateCreator<AppState, [], [], EvaluationSlice> = (set) => ({
  evaluation: null,
  evaluationSeq: 0,
  evaluationMs: null,
  evaluatorNotice: null,
  setEvaluation: (evaluation, seq, ms) => set({ evaluation, evaluationSeq: seq, evaluationMs: ms }),
  setEvaluatorNotice: (text) => set({ evaluatorNotice: text }),
});

const EMPTY: Record<string, LinkStatus> = {};

export const selectLinkStatuses = (state: AppState): Record<string, LinkStatus> =>
  state.evaluation?.links ?? EMPTY;
