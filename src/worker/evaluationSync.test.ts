import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../model/emptyDesign';
import { createAppStore } from '../store/createAppStore';
import { inThreadTransport } from './client';
import type { TransportFactory } from './client';
import { startEvaluationSync } from './evaluationSync';

const withHost = () => ({ ...emptyDesign('sync'), hosts: [{ id: 'esx1' }] });

describe('evaluation sync', () => {
  it('evaluates the current document and settles whenEvaluated', async () => {
    const store = createAppStore(withHost());
    const sync = startEvaluationSync(store, inThreadTransport);
    await sync.whenEvaluated();
    expect(store.getState().evaluation?.valid).toBe(true);
    sync.dispose();
  });

  it('sends nothing for a layout-only change, and a patch for a real edit', async () => {
    const store = createAppStore(withHost());
    const sync = startEvaluationSync(store, inThreadTransport);
    await sync.whenEvaluated();
    const before = sync.client.posted;
    store.getState().moveLive({ esx1: { x: 10, y: 20 } });
    store.getState().endDrag();
    expect(sync.client.posted).toBe(before);
    store.getState().replaceDocument({ ...store.getState().doc, name: 'renamed' }, 'Rename');
    expect(sync.client.posted).toBe(before + 1);
    await sync.whenEvaluated();
    sync.dispose();
  });

  it('after a failure, the next change sends the whole document rather than a patch', async () => {
    const sent: string[] = [];
    const recording: TransportFactory = (receive, crashed) => {
      const inner = inThreadTransport(receive, crashed);
      return {
        post: (message) => {
          sent.push(message.type);
          // The first patch cannot be applied: the evaluator drops its copy of the design.
          if (message.type === 'patch' && !sent.includes('failed'))
            queueMicrotask(() => receive({ type: 'failed', seq: message.seq, message: 'patch refused' }));
          else inner.post(message);
        },
        terminate: inner.terminate,
      };
    };
    const store = createAppStore(withHost());
    const sync = startEvaluationSync(store, recording);
    await sync.whenEvaluated();
    store.getState().replaceDocument({ ...store.getState().doc, name: 'one' }, 'Rename');
    await sync.whenEvaluated();
    sent.push('failed');
    expect(store.getState().evaluatorNotice).toContain('patch refused');
    store.getState().replaceDocument({ ...store.getState().doc, name: 'two' }, 'Rename');
    await sync.whenEvaluated();
    expect(sent).toEqual(['load', 'patch', 'failed', 'load']);
    expect(store.getState().evaluatorNotice).toBeNull();
    store.getState().replaceDocument({ ...store.getState().doc, name: 'three' }, 'Rename');
    expect(sent.at(-1)).toBe('patch');
    sync.dispose();
  });

  it('a failed evaluation releases waiters, shows a notice and keeps the design', async () => {
    const failing: TransportFactory = (receive) => ({
      post: (message) => {
        if ('seq' in message)
          queueMicrotask(() => receive({ type: 'failed', seq: message.seq, message: 'boom' }));
      },
      terminate: () => undefined,
    });
    const store = createAppStore(withHost());
    const doc = store.getState().doc;
    const sync = startEvaluationSync(store, failing);
    await sync.whenEvaluated();
    expect(store.getState().evaluatorNotice).toContain('boom');
    expect(store.getState().doc).toBe(doc);
    sync.dispose();
  });
});
