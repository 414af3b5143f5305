// window.__vnet members for the live evaluation: the latest result in the
// shape of `npm run -s check -- FILE --json`, and a promise that settles once
// the result for the current document is on screen.
import type { Evaluation } from '../engine/types';
import type { AppStore } from '../store/createAppStore';
import type { EvaluationSync } from '../worker/evaluationSync';

const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export function evaluationTestApi(store: AppStore, sync: EvaluationSync) {
  return {
    getEvaluation: (): Evaluation | null => structuredClone(store.getState().evaluation),
    whenEvaluated: async (): Promise<void> => {
      await sync.whenEvaluated();
      await nextPaint();
    },
    /** How many messages went to the evaluator, whether a real worker runs, and how long the shown result took it. */
    evaluatorStats: () => ({
      posted: sync.client.posted,
      usesWorker: sync.client.usesWorker,
      evaluationMs: store.getState().evaluationMs,
    }),
    /** Kills the worker, to prove the restart path keeps the design. */
    crashEvaluator: () => sync.client.crashForTesting(),
  };
}
