// The worker's evaluator keeps one incremental evaluation across patches. Its
// answers must equal a fresh evaluation of the same document, edit after
// edit, and any failure must leave it able to start again.
import { describe, expect, it } from 'vitest';
import { DesignEditor, GLOBAL_EDITS, LOCAL_EDITS } from '../../bench/edits';
import { generateDesign } from '../../bench/generate';
import { Rng } from '../../bench/prng';
import { evaluate, evaluateFlow } from '../engine/index';
import type { Flow } from '../model/types';
import { EvaluatorHost } from './evaluatorHost';
import type { FromEvaluator } from './protocol';

/** A host whose deferred work runs when the test says so. */
function harness() {
  const replies: FromEvaluator[] = [];
  const pending: (() => void)[] = [];
  const host = new EvaluatorHost(
    (m) => replies.push(m),
    (run) => pending.push(run),
    () => 0,
  );
  const drain = () => {
    while (pending.length > 0) pending.shift()!();
  };
  return { host, replies, drain };
}

describe('EvaluatorHost', () => {
  it('answers every patch with what a fresh evaluation of the patched document gives', () => {
    const doc = generateDesign('S', 3);
    const editor = new DesignEditor(doc, new Rng(7));
    const { host, replies, drain } = harness();
    host.handle({ type: 'load', seq: 1, doc });
    drain();
    expect(replies.at(-1)).toMatchObject({ type: 'result', seq: 1, evaluation: evaluate(doc) });
    let seq = 1;
    for (const kind of [...LOCAL_EDITS, ...GLOBAL_EDITS, ...LOCAL_EDITS]) {
      const edit = editor.next(kind);
      host.handle({ type: 'patch', seq: ++seq, ops: edit.ops });
      drain();
      const reply = replies.at(-1)!;
      expect(reply.type).toBe('result');
      if (reply.type === 'result') expect(reply.evaluation).toEqual(evaluate(edit.doc));
    }
  });

  it('evaluates a burst of patches once, for the newest state', () => {
    const doc = generateDesign('S', 4);
    const editor = new DesignEditor(doc, new Rng(1));
    const { host, replies, drain } = harness();
    host.handle({ type: 'load', seq: 1, doc });
    const first = editor.next('adapter-ip');
    const second = editor.next('rule-at-top');
    host.handle({ type: 'patch', seq: 2, ops: first.ops });
    host.handle({ type: 'patch', seq: 3, ops: second.ops });
    drain();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'result', seq: 3, evaluation: evaluate(second.doc) });
  });

  it('answers a probe on the current version', () => {
    const doc = generateDesign('S', 5);
    const editor = new DesignEditor(doc, new Rng(2));
    const { host, replies, drain } = harness();
    host.handle({ type: 'load', seq: 1, doc });
    drain();
    const edit = editor.next('vds-mtu');
    host.handle({ type: 'patch', seq: 2, ops: edit.ops });
    const flow: Flow = { ...edit.doc.flows![0]!, id: 'probe' };
    host.handle({ type: 'probe', seq: 3, flow });
    expect(replies.at(-1)).toEqual({ type: 'probe-result', seq: 3, result: evaluateFlow(edit.doc, flow) });
  });

  it('refuses a patch it cannot apply, then evaluates the next load from scratch', () => {
    const doc = generateDesign('S', 2);
    const { host, replies, drain } = harness();
    host.handle({ type: 'load', seq: 1, doc });
    drain();
    host.handle({
      type: 'patch',
      seq: 2,
      ops: [{ op: 'set', path: ['vms', 99999, 'nics', 0, 'ip'], value: 'x' }],
    });
    expect(replies.at(-1)).toMatchObject({ type: 'failed', seq: 2 });
    host.handle({ type: 'patch', seq: 3, ops: [] });
    expect(replies.at(-1)).toMatchObject({ type: 'failed', seq: 3, message: 'no document loaded' });
    host.handle({ type: 'load', seq: 4, doc });
    drain();
    expect(replies.at(-1)).toMatchObject({ type: 'result', seq: 4, evaluation: evaluate(doc) });
  });
});
