// The incremental evaluator (createEvaluator().apply) against a fresh
// evaluate(), edit after edit. Edits are made as the editor makes them (the
// real commands, which share every untouched subtree), and reach the
// evaluator three ways: as the store's documents, each evaluated; as the
// worker's copy, patched by diffDesign + applyPatch and evaluated once a burst
// of patches is in; and once per run as a document loaded afresh (a JSON copy
// that shares nothing with the last one).
// A failure names the edits that led to it; PROPERTY_SHRINK=1 (with
// PROPERTY_SEED and PROPERTY_PATH from the report) shrinks it to a small case.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DesignEditor, GLOBAL_EDITS, LOCAL_EDITS } from '../../bench/edits';
import { generateDesign } from '../../bench/generate';
import { Rng } from '../../bench/prng';
import {
  createEvaluator,
  evaluate,
  evaluateFlow,
  type Evaluation,
  type IncrementalEvaluator,
} from '../../src/engine/index';
import type { Design } from '../../src/model/types';
import { validateDesign } from '../../src/model/validate';
import { applyPatch, diffDesign } from '../../src/worker/docPatch';
import { randFrom, type Rand } from '../arbitraries/random';
import { ARBITRARIES } from './arbitraries';
import { EDIT_KINDS, planEdit } from './edits/index';
import { LONG, runs } from './settings';

interface Outcomes {
  applied: number;
  refused: number;
  nothingToEdit: number;
}

const outcomes = new Map<string, Outcomes>(
  EDIT_KINDS.map((kind) => [kind, { applied: 0, refused: 0, nothingToEdit: 0 }]),
);

const withoutLayout = ({ layout: _view, ...rest }: Design) => rest;

/** As the app opens a file: validated (so that edits of it take checkEdit's fast path). */
function opened(doc: Design): Design {
  const result = validateDesign(doc);
  if (!result.ok) throw new Error(`invalid design: ${JSON.stringify(result.errors)}`);
  return result.doc;
}

/** The next version: an edit of a random kind, or null when none could be made. */
function nextVersion(doc: Design, r: Rand, log: string[]): Design | null {
  const kind = r.pick(EDIT_KINDS);
  const tally = outcomes.get(kind)!;
  const planned = planEdit(kind, doc, r);
  if (!planned) {
    tally.nothingToEdit++;
    return null;
  }
  const result = planned.run();
  if (!result.ok) {
    tally.refused++;
    return null;
  }
  tally.applied++;
  log.push(planned.describe);
  return result.doc;
}

/** The evaluator the store's documents reach (in-thread), and the worker's, which gets patches. */
class Followers {
  private readonly store: IncrementalEvaluator;
  private readonly worker: IncrementalEvaluator;
  private workerDoc: Design;
  private expected: Evaluation | null = null;

  constructor(
    private doc: Design,
    private readonly r: Rand,
  ) {
    this.store = createEvaluator(doc);
    // The worker's copy arrives through postMessage: it shares nothing with the store's.
    this.workerDoc = structuredClone(doc);
    this.worker = createEvaluator(this.workerDoc);
  }

  /** The store moves to `next`: evaluated at once, and sent to the worker as a patch. */
  edited(next: Design, why: string): void {
    this.expected = evaluate(next);
    expect(this.store.apply(next), why).toEqual(this.expected);
    this.workerDoc = applyPatch(this.workerDoc, structuredClone(diffDesign(this.doc, next)));
    this.doc = next;
    const flow = next.flows?.length && this.r.chance(30) ? this.r.pick(next.flows) : undefined;
    if (flow) {
      const probe = { ...flow, id: 'probe', ...(this.r.chance(50) ? { expect: 'deny' as const } : {}) };
      expect(this.store.flow(probe), `${why}\n(probe ${flow.id})`).toEqual(evaluateFlow(next, probe));
    }
  }

  /** The worker evaluates once its queue of patches is drained (evaluatorHost.ts). */
  drained(why: string): void {
    if (!this.expected) return;
    expect(withoutLayout(this.workerDoc), `${why}\n(the patched copy)`).toEqual(withoutLayout(this.doc));
    expect(this.worker.apply(this.workerDoc), `${why}\n(through patches)`).toEqual(this.expected);
  }
}

function followEdits(first: Design, r: Rand): void {
  let doc = opened(first);
  const followers = new Followers(doc, r);
  const steps = r.int(1, 24);
  const reloadAt = r.int(0, steps - 1);
  const log: string[] = [];
  const why = () => `after\n  ${log.join('\n  ')}`;
  for (let step = 0; step < steps; step++) {
    if (step === reloadAt) {
      doc = opened(JSON.parse(JSON.stringify(doc)) as Design);
      log.push('load a JSON copy of the design');
      followers.edited(doc, why());
    } else {
      // Now and then a burst of quick edits: the worker evaluates only the last version.
      for (let k = r.chance(20) ? r.int(2, 3) : 1; k > 0; k--) {
        const next = nextVersion(doc, r, log);
        if (next) followers.edited((doc = next), why());
      }
    }
    followers.drained(why());
  }
}

describe('the incremental evaluator follows the editor', LONG, () => {
  it.each(ARBITRARIES)('on $name, after every edit', ({ arbitrary, share }) => {
    fc.assert(
      fc.property(arbitrary, fc.gen(), (doc, g) => followEdits(doc, randFrom(g))),
      // A failing run reports its edits; shrinking them can take many minutes, so only on request.
      { ...runs(Math.round(120 * share)), endOnFailure: process.env.PROPERTY_SHRINK === undefined },
    );
  });

  afterAll(() => {
    const rows = [...outcomes].map(
      ([kind, o]) =>
        `  ${kind}: ${o.applied} applied, ${o.refused} refused, ${o.nothingToEdit} nothing to edit`,
    );
    console.log(`edits made by kind:\n${rows.join('\n')}`);
    // A kind that never got through tests nothing: the planner or the arbitraries went wrong.
    const attempts = [...outcomes.values()].reduce((n, o) => n + o.applied + o.refused + o.nothingToEdit, 0);
    if (attempts >= 20 * EDIT_KINDS.length)
      expect([...outcomes].filter(([, o]) => o.applied === 0).map(([kind]) => kind)).toEqual([]);
  });

  it('on the benchmark design M, through 40 of its edits', () => {
    const first = generateDesign('M', 1);
    const editor = new DesignEditor(first, new Rng(1));
    const kinds = [...LOCAL_EDITS, ...GLOBAL_EDITS];
    const rng = new Rng(2);
    const store = createEvaluator(first);
    let workerDoc = structuredClone(first);
    const worker = createEvaluator(workerDoc);
    for (let i = 0; i < 40; i++) {
      const edit = editor.next(rng.pick(kinds));
      const expected = evaluate(edit.doc);
      expect(store.apply(edit.doc), `edit ${i + 1} (${edit.kind})`).toEqual(expected);
      workerDoc = applyPatch(workerDoc, edit.ops);
      expect(worker.apply(workerDoc), `edit ${i + 1} (${edit.kind}, patched)`).toEqual(expected);
    }
  });
});
