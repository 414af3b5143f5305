// The app's side of automatic layout: ELK runs in a Web Worker, started on the
// first request and kept for the next (ELK's start-up is the slow part). When
// no worker can start, or the worker dies, the same code runs in the page.
import { autoLayout, type AutoLayout, type RunElk } from '../layout/autoLayout';
import type { Design } from '../model/types';
import type { FromLayout, ToLayout } from './layoutProtocol';

export interface LayoutClient {
  layout: (doc: Design) => Promise<AutoLayout>;
  /** Starts the worker ahead of a layout that is coming, so that ELK loads meanwhile. */
  warmUp: () => void;
  dispose: () => void;
}

/** What the client needs of a worker; tests hand in a fake. */
export interface LayoutWorker {
  onmessage: ((event: MessageEvent<FromLayout>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage: (message: ToLayout) => void;
  terminate: () => void;
}

export const startLayoutWorker = (): LayoutWorker =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/** ELK in the page, loaded only when needed: it is a large script. */
async function inThreadRunner(): Promise<RunElk> {
  const { createElkRunner } = await import('../layout/elkRunner');
  return createElkRunner();
}

interface Pending {
  doc: Design;
  resolve: (layout: AutoLayout) => void;
  reject: (error: Error) => void;
}

export function createLayoutClient(
  startWorker: (() => LayoutWorker) | null = typeof Worker === 'undefined' ? null : startLayoutWorker,
  loadRunner: () => Promise<RunElk> = inThreadRunner,
): LayoutClient {
  let worker: LayoutWorker | null = null;
  let useWorker = startWorker !== null;
  let runner: Promise<RunElk> | null = null;
  let seq = 0;
  const pending = new Map<number, Pending>();

  const inThread = (doc: Design): Promise<AutoLayout> => {
    runner ??= loadRunner();
    return runner.then((run) => autoLayout(doc, run));
  };

  const receive = (message: FromLayout) => {
    const request = pending.get(message.seq);
    if (!request) return;
    pending.delete(message.seq);
    if (message.type === 'laid-out')
      request.resolve({ positions: new Map(message.positions), timings: message.timings });
    else request.reject(new Error(message.message));
  };

  // A worker that cannot load or that crashes is not tried again; its requests finish in the page.
  const abandonWorker = () => {
    worker?.terminate();
    worker = null;
    useWorker = false;
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting) inThread(request.doc).then(request.resolve, request.reject);
  };

  const connect = (): LayoutWorker | null => {
    if (worker || !useWorker || !startWorker) return worker;
    try {
      worker = startWorker();
    } catch {
      useWorker = false;
      return null;
    }
    worker.onmessage = (event) => receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      abandonWorker();
    };
    return worker;
  };

  return {
    layout: (doc) => {
      const target = connect();
      if (!target) return inThread(doc);
      const id = ++seq;
      return new Promise((resolve, reject) => {
        pending.set(id, { doc, resolve, reject });
        target.postMessage({ type: 'layout', seq: id, doc });
      });
    },
    warmUp: () => void connect(),
    dispose: () => {
      worker?.terminate();
      worker = null;
      for (const request of pending.values()) request.reject(new Error('the layout was stopped'));
      pending.clear();
    },
  };
}
