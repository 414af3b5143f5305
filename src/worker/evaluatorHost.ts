// The evaluator's side of the protocol, shared by the Web Worker and the
// in-thread fallback. Patches are applied as they arrive; evaluation runs
// once the queue is drained, for the newest state only, so a burst of edits
// costs one evaluation and stale states are never computed. Evaluation is
// incremental: patches keep untouched subtrees as the same objects, and the
// engine's evaluator redoes only what changed. A loaded document starts a
// fresh evaluator, and so does any failure (its caches cannot be trusted).
import { createEvaluator, type Evaluation, type IncrementalEvaluator } from '../engine/index';
import type { Design } from '../model/types';
import { applyPatch } from './docPatch';
import type { FromEvaluator, ToEvaluator } from './protocol';

export class EvaluatorHost {
  private doc: Design | null = null;
  private evaluator: IncrementalEvaluator | null = null;
  /** The version the evaluator last evaluated. */
  private evaluated: Design | null = null;
  private latestSeq = 0;
  private scheduled = false;

  constructor(
    private readonly reply: (message: FromEvaluator) => void,
    private readonly defer: (run: () => void) => void = (run) => setTimeout(run, 0),
    private readonly now: () => number = () => performance.now(),
  ) {}

  handle(message: ToEvaluator): void {
    switch (message.type) {
      case 'load':
        this.doc = message.doc;
        this.evaluator = null;
        this.schedule(message.seq);
        return;
      case 'patch':
        if (!this.doc) return this.reply({ type: 'failed', seq: message.seq, message: 'no document loaded' });
        try {
          this.doc = applyPatch(this.doc, message.ops);
        } catch (error) {
          this.doc = null;
          this.evaluator = null;
          return this.reply({ type: 'failed', seq: message.seq, message: describe(error) });
        }
        this.schedule(message.seq);
        return;
      case 'probe':
        if (!this.doc) return this.reply({ type: 'failed', seq: message.seq, message: 'no document loaded' });
        try {
          this.evaluationOf(this.doc);
          this.reply({ type: 'probe-result', seq: message.seq, result: this.evaluator!.flow(message.flow) });
        } catch (error) {
          this.evaluator = null;
          this.reply({ type: 'failed', seq: message.seq, message: describe(error) });
        }
        return;
      case 'crash':
        this.defer(() => {
          throw new Error('evaluator crash requested');
        });
        return;
    }
  }

  /** Brings the evaluator to this version of the document. */
  private evaluationOf(doc: Design): Evaluation {
    if (!this.evaluator) {
      this.evaluator = createEvaluator(doc);
      this.evaluated = doc;
    } else if (this.evaluated !== doc) {
      this.evaluated = null;
      this.evaluator.apply(doc);
      this.evaluated = doc;
    }
    return this.evaluator.evaluate();
  }

  private schedule(seq: number): void {
    this.latestSeq = seq;
    if (this.scheduled) return;
    this.scheduled = true;
    this.defer(() => {
      this.scheduled = false;
      const doc = this.doc;
      const seqNow = this.latestSeq;
      if (!doc) return;
      try {
        const start = this.now();
        const evaluation = this.evaluationOf(doc);
        this.reply({ type: 'result', seq: seqNow, evaluation, ms: this.now() - start });
      } catch (error) {
        this.evaluator = null;
        this.reply({ type: 'failed', seq: seqNow, message: describe(error) });
      }
    });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
