// Keeps the evaluator in step with the store: each document change goes out
// as a patch (layout-only changes send nothing), each result comes back into
// the evaluation slice. The only bridge between the store and the worker.
import type { Design } from '../model/types';
import type { AppStore } from '../store/createAppStore';
import { EvaluatorClient } from './client';
import type { TransportFactory } from './client';
import { diffDesign } from './docPatch';

/** Past this many ops a fresh load is cheaper than patching. */
const LOAD_THRESHOLD = 200;

export interface EvaluationSync {
  client: EvaluatorClient;
  /** Settles when the result for the current document is in the store. */
  whenEvaluated: () => Promise<void>;
  dispose: () => void;
}

export function startEvaluationSync(store: AppStore, factory?: TransportFactory): EvaluationSync {
  let sentSeq = 0;
  // The newest request answered, by a result or a failure: a failure must release waiters too.
  let settledSeq = 0;
  let waiters: { seq: number; resolve: () => void }[] = [];
  // After a failure the evaluator's copy may be gone (a patch it could not apply), and patches
  // would only fail again: the next change sends the whole document.
  let reloadNext = false;
  const settle = (seq: number) => {
    settledSeq = Math.max(settledSeq, seq);
    const ready = waiters.filter((w) => w.seq <= seq);
    waiters = waiters.filter((w) => w.seq > seq);
    for (const w of ready) w.resolve();
  };

  const client = new EvaluatorClient(
    {
      onResult: (evaluation, seq, ms) => {
        store.getState().setEvaluation(evaluation, seq, ms);
        if (store.getState().evaluatorNotice?.startsWith('Evaluation failed'))
          store.getState().setEvaluatorNotice(null);
        settle(seq);
      },
      onFailure: (message) => {
        reloadNext = true;
        store.getState().setEvaluatorNotice(`Evaluation failed: ${message}. Your design is unchanged.`);
        settle(sentSeq);
      },
      onRestart: (reason, inThread) =>
        store
          .getState()
          .setEvaluatorNotice(
            inThread
              ? `The evaluation worker is unavailable (${reason}); evaluating in the page instead. Your design is unchanged.`
              : `The evaluation worker stopped (${reason}) and was restarted. Your design is unchanged.`,
          ),
    },
    () => store.getState().doc,
    factory,
  );

  let sentDoc: Design = store.getState().doc;
  sentSeq = client.load(sentDoc);
  const unsubscribe = store.subscribe((state) => {
    if (state.doc === sentDoc) return;
    const ops = diffDesign(sentDoc, state.doc);
    sentDoc = state.doc;
    if (ops.length === 0) return;
    const reload = reloadNext || ops.length > LOAD_THRESHOLD;
    reloadNext = false;
    sentSeq = reload ? client.load(state.doc) : client.patch(ops);
  });

  return {
    client,
    whenEvaluated: () =>
      settledSeq >= sentSeq
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ seq: sentSeq, resolve })),
    dispose: () => {
      unsubscribe();
      client.dispose();
    },
  };
}
