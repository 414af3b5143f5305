// The app's side of the evaluator: a Web Worker when the browser has one,
// the same host in-thread otherwise. The latest request wins: replies to
// older requests are dropped. A crashed worker is replaced and handed the
// current document again; the design itself is never touched.
import type { Evaluation, FlowResult } from '../engine/types';
import type { Design, Flow } from '../model/types';
import type { PatchOp } from './docPatch';
import { EvaluatorHost } from './evaluatorHost';
import type { FromEvaluator, ToEvaluator } from './protocol';

export interface EvaluatorEvents {
  onResult: (evaluation: Evaluation, seq: number, ms: number) => void;
  onFailure: (message: string) => void;
  /** The worker died and was restarted (or replaced by the in-thread evaluator). */
  onRestart: (reason: string, inThread: boolean) => void;
}

export interface Transport {
  post: (message: ToEvaluator) => void;
  terminate: () => void;
}

export type TransportFactory = (
  receive: (message: FromEvaluator) => void,
  crashed: (reason: string) => void,
) => Transport;

export const workerTransport: TransportFactory = (receive, crashed) => {
  const worker = new Worker(new URL('./evaluator.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromEvaluator>) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    crashed(event.message || 'the evaluation worker stopped');
  };
  worker.onmessageerror = () => crashed('a message from the evaluation worker could not be read');
  return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
};

export const inThreadTransport: TransportFactory = (receive, crashed) => {
  const host = new EvaluatorHost(
    (message) => receive(structuredClone(message)),
    (run) =>
      setTimeout(() => {
        try {
          run();
        } catch (error) {
          crashed(error instanceof Error ? error.message : String(error));
        }
      }, 0),
  );
  let alive = true;
  return {
    post: (message) => {
      // Asynchronous and copied, like postMessage, so both paths behave alike.
      const copy = structuredClone(message);
      queueMicrotask(() => alive && host.handle(copy));
    },
    terminate: () => {
      alive = false;
    },
  };
};

/** More crashes than this within the window and the in-thread evaluator takes over. */
const CRASH_LIMIT = 3;
const CRASH_WINDOW_MS = 30_000;

export class EvaluatorClient {
  private transport: Transport;
  private seq = 0;
  private latestEvaluationSeq = 0;
  private probes = new Map<number, (result: FlowResult | Error) => void>();
  private crashes: number[] = [];
  private inThread: boolean;
  /** Messages posted to the evaluator: tests use it to prove a drag sends none. */
  posted = 0;

  constructor(
    private readonly events: EvaluatorEvents,
    private readonly currentDoc: () => Design,
    private factory: TransportFactory = typeof Worker === 'undefined' ? inThreadTransport : workerTransport,
  ) {
    this.inThread = factory === inThreadTransport;
    this.transport = this.connect();
  }

  get usesWorker(): boolean {
    return !this.inThread;
  }

  load(doc: Design): number {
    return this.send({ type: 'load', seq: ++this.seq, doc }, true);
  }

  patch(ops: PatchOp[]): number {
    return this.send({ type: 'patch', seq: ++this.seq, ops }, true);
  }

  probe(flow: Flow): Promise<FlowResult> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.probes.set(seq, (result) => (result instanceof Error ? reject(result) : resolve(result)));
      this.send({ type: 'probe', seq, flow }, false);
    });
  }

  crashForTesting(): void {
    this.transport.post({ type: 'crash' });
  }

  dispose(): void {
    this.transport.terminate();
  }

  private send(message: ToEvaluator, evaluates: boolean): number {
    if (evaluates && 'seq' in message) this.latestEvaluationSeq = message.seq;
    this.posted++;
    this.transport.post(message);
    return 'seq' in message ? message.seq : 0;
  }

  private connect(): Transport {
    try {
      return this.factory(
        (message) => this.receive(message),
        (reason) => this.restart(reason),
      );
    } catch (error) {
      // Workers can be missing or blocked (file://, strict CSP): evaluate in-thread instead.
      this.factory = inThreadTransport;
      this.inThread = true;
      this.events.onRestart(error instanceof Error ? error.message : String(error), true);
      return this.factory(
        (message) => this.receive(message),
        (reason) => this.restart(reason),
      );
    }
  }

  private receive(message: FromEvaluator): void {
    if (message.type === 'probe-result') {
      this.probes.get(message.seq)?.(message.result);
      this.probes.delete(message.seq);
      return;
    }
    if (message.type === 'failed' && this.probes.has(message.seq)) {
      this.probes.get(message.seq)?.(new Error(message.message));
      this.probes.delete(message.seq);
      return;
    }
    if (message.seq < this.latestEvaluationSeq) return; // stale: a newer request is on its way
    if (message.type === 'result') this.events.onResult(message.evaluation, message.seq, message.ms);
    else this.events.onFailure(message.message);
  }

  private restart(reason: string): void {
    this.transport.terminate();
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < CRASH_WINDOW_MS), now];
    if (this.crashes.length > CRASH_LIMIT && !this.inThread) {
      this.factory = inThreadTransport;
      this.inThread = true;
    }
    for (const [seq, settle] of this.probes) {
      settle(new Error(`the evaluator restarted: ${reason}`));
      this.probes.delete(seq);
    }
    this.transport = this.connect();
    this.events.onRestart(reason, this.inThread);
    this.load(structuredClone(this.currentDoc()));
  }
}
