import { describe, expect, it } from 'vitest';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { RunElk } from '../layout/autoLayout';
import type { Design } from '../model/types';
import { createLayoutClient, type LayoutWorker } from './layoutClient';
import { answerLayout } from './layoutHost';
import type { FromLayout, ToLayout } from './layoutProtocol';

const design: Design = { format: 'vnet-design', version: 1, hosts: [{ id: 'esx1' }, { id: 'esx2' }] };

/** Stands in for ELK: puts the nodes side by side, 1000 px apart. */
const fakeElk: RunElk = async (graph: ElkNode) => ({
  ...graph,
  children: (graph.children ?? []).map((c, i) => ({ ...c, x: i * 1000, y: 0 })),
});

/** A worker that answers in a microtask with the real host code, or breaks when told to. */
class FakeWorker implements LayoutWorker {
  onmessage: ((event: MessageEvent<FromLayout>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ToLayout[] = [];
  terminated = false;
  constructor(private readonly crash = false) {}
  postMessage(message: ToLayout) {
    this.received.push(message);
    queueMicrotask(() => {
      if (this.crash) this.onerror?.({ preventDefault: () => {}, message: 'boom' } as ErrorEvent);
      else
        void answerLayout(structuredClone(message), fakeElk).then((reply) =>
          this.onmessage?.({ data: reply } as MessageEvent<FromLayout>),
        );
    });
  }
  terminate() {
    this.terminated = true;
  }
}

const expected = new Map([
  ['esx1', { x: 0, y: 0 }],
  ['esx2', { x: 1000, y: 0 }],
]);

describe('layout client', () => {
  it('lays out in the worker, which it starts once (or ahead, to warm up) and keeps', async () => {
    const workers: FakeWorker[] = [];
    const client = createLayoutClient(
      () => {
        workers.push(new FakeWorker());
        return workers.at(-1)!;
      },
      () => Promise.reject(new Error('must not run in the page')),
    );
    client.warmUp();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received).toEqual([]);
    expect((await client.layout(design)).positions).toEqual(expected);
    expect((await client.layout(design)).positions).toEqual(expected);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received.map((m) => m.seq)).toEqual([1, 2]);
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
  });

  it('finishes in the page when the worker dies, and does not start another', async () => {
    let started = 0;
    const client = createLayoutClient(
      () => {
        started++;
        return new FakeWorker(true);
      },
      async () => fakeElk,
    );
    expect((await client.layout(design)).positions).toEqual(expected);
    expect((await client.layout(design)).positions).toEqual(expected);
    expect(started).toBe(1);
  });

  it('runs in the page when there are no workers', async () => {
    const client = createLayoutClient(null, async () => fakeElk);
    expect((await client.layout(design)).positions).toEqual(expected);
  });

  it('passes on a layout that fails', async () => {
    const failing: RunElk = () => Promise.reject(new Error('ELK said no'));
    const reply = await answerLayout({ type: 'layout', seq: 7, doc: design }, failing);
    expect(reply).toEqual({ type: 'failed', seq: 7, message: 'ELK said no' });
    const client = createLayoutClient(null, async () => failing);
    await expect(client.layout(design)).rejects.toThrow('ELK said no');
  });
});
