// How the benchmark talks to the evaluator. When the engine exports an
// incremental API, `createEvaluator(doc)` returning `{ apply(doc) }` or
// `{ update(ops) }`, edits are measured through it; otherwise a re-evaluation
// after an edit is a full `evaluate()` of the edited document. Full
// evaluations always go through `evaluate(doc)`, which starts from nothing.
import type { Evaluation } from '../src/engine/types';
import type { Design } from '../src/model/types';
import type { PatchOp } from '../src/worker/docPatch';

/** One edit: the edited document (sharing unchanged subtrees with the previous one) and the patch that made it. */
export interface DesignEdit {
  kind: string;
  doc: Design;
  ops: PatchOp[];
}

export interface EvaluationSession {
  /** Brings the result up to date with an edit of the session's current document. */
  apply(edit: DesignEdit): Evaluation;
}

export interface EngineAdapter {
  readonly name: string;
  /** A complete evaluation from nothing. */
  full(doc: Design): Evaluation;
  /** A session on `doc`; opening it (the first evaluation) is not part of any edit's time. */
  open(doc: Design): EvaluationSession;
}

/** What `src/engine/index.ts` exports that the benchmark may use. */
export interface EngineModule {
  evaluate(doc: Design): Evaluation;
  createEvaluator?: unknown;
}

interface IncrementalEvaluator {
  update?: (ops: PatchOp[]) => Evaluation | void;
  apply?: (doc: Design) => Evaluation | void;
  evaluate?: () => Evaluation;
}

export function fullReevaluation(engine: EngineModule): EngineAdapter {
  return {
    name: 'full re-evaluation (evaluate(doc) after each edit)',
    full: (doc) => engine.evaluate(doc),
    open: () => ({ apply: (edit) => engine.evaluate(edit.doc) }),
  };
}

/** The engine's incremental evaluator, or null when it has none. */
export function incremental(engine: EngineModule): EngineAdapter | null {
  const create = engine.createEvaluator;
  if (typeof create !== 'function') return null;
  const make = (doc: Design) => create(doc) as IncrementalEvaluator;
  return {
    name: 'incremental (createEvaluator(doc), then each edit)',
    full: (doc) => engine.evaluate(doc),
    open(doc) {
      const evaluator = make(doc);
      if (!evaluator.update && !evaluator.apply)
        throw new Error('createEvaluator(doc) returned neither update(ops) nor apply(doc)');
      evaluator.evaluate?.();
      return {
        apply(edit) {
          const returned = evaluator.update ? evaluator.update(edit.ops) : evaluator.apply?.(edit.doc);
          if (returned) return returned;
          if (!evaluator.evaluate)
            throw new Error('createEvaluator(): an edit returned no result and there is no evaluate()');
          return evaluator.evaluate();
        },
      };
    },
  };
}

export function chooseAdapter(engine: EngineModule): EngineAdapter {
  return incremental(engine) ?? fullReevaluation(engine);
}
