// The app's side of the evaluator: the newest request wins, a crashed worker
// is replaced and handed the document again, repeated crashes or a browser
// without workers leave the evaluation in the page, and nobody waits forever
// for a probe the dead worker took with it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate, evaluateFlow } from '../engine/index';
import type { Evaluation } from '../engine/types';
import type { Design, Flow } from '../model/types';
import { EvaluatorClient, workerTransport, type Transport, type TransportFactory } from './client';
import { EvaluatorHost } from './evaluatorHost';
import type { FromEvaluator, ToEvaluator } from './protocol';

const design: Design = {
  format: 'vnet-design',
  version: 1,
  hosts: [{ id: 'esx1', nics: [{ name: 'vmnic0' }] }],
  switches: [{ id: 'vss0', type: 'standard', host: 'esx1', uplinks: [{ nic: 'vmnic0' }] }],
  portGroups: [{ id: 'web', switch: 'vss0', vlan: 10 }],
  vms: [
    { id: 'web-01', host: 'esx1', nics: [{ id: 'web-01-n0', network: 'web', ip: '10.0.10.11/24' }] },
    { id: 'web-02', host: 'esx1', nics: [{ id: 'web-02-n0', network: 'web', ip: '10.0.10.12/24' }] },
  ],
  flows: [{ id: 'f1', from: 'web-01', to: 'web-02', service: 'tcp/443' }],
};

const probeFlow: Flow = { id: 'probe', from: 'web-02', to: 'web-01', service: 'icmp' };

/** A stand-in result: the client passes evaluations on without reading them. */
const marked = (mark: string): Evaluation =>
  ({ valid: true, ok: true, flows: [], problems: [], links: { [mark]: 'ok' } }) as Evaluation;

/** A transport the test answers by hand. */
class FakeTransport implements Transport {
  readonly posted: ToEvaluator[] = [];
  terminated = false;
  constructor(
    readonly reply: (message: FromEvaluator) => void,
    readonly crash: (reason: string) => void,
  ) {}
  post(message: ToEvaluator): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  lastSeq(): number {
    const last = this.posted.at(-1);
    return last && 'seq' in last ? last.seq : 0;
  }
}

function setup(currentDoc: () => Design = () => design) {
  const transports: FakeTransport[] = [];
  const factory: TransportFactory = (receive, crashed) => {
    const t = new FakeTransport(receive, crashed);
    transports.push(t);
    return t;
  };
  const results: { evaluation: Evaluation; seq: number }[] = [];
  const failures: string[] = [];
  const restarts: { reason: string; inThread: boolean }[] = [];
  const client = new EvaluatorClient(
    {
      onResult: (evaluation, seq) => results.push({ evaluation, seq }),
      onFailure: (message) => failures.push(message),
      onRestart: (reason, inThread) => restarts.push({ reason, inThread }),
    },
    currentDoc,
    factory,
  );
  return { client, transports, results, failures, restarts, last: () => transports.at(-1)! };
}

/** A Web Worker stand-in that runs the real host, as evaluator.worker.ts does. */
class HostWorker {
  static made: HostWorker[] = [];
  onmessage: ((event: MessageEvent<FromEvaluator>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  private readonly host = new EvaluatorHost((data) => {
    if (!this.terminated) this.onmessage?.({ data: structuredClone(data) } as MessageEvent<FromEvaluator>);
  });
  constructor() {
    HostWorker.made.push(this);
  }
  postMessage(message: ToEvaluator): void {
    const copy = structuredClone(message);
    queueMicrotask(() => {
      if (this.terminated) return;
      if (copy.type === 'crash') this.die('evaluator crash requested');
      else this.host.handle(copy);
    });
  }
  die(message: string): void {
    this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent);
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  HostWorker.made = [];
});

describe('EvaluatorClient', () => {
  it('drops replies to requests older than the newest evaluation sent', () => {
    const { client, last, results, failures } = setup();
    const first = client.load(design);
    const second = client.patch([{ op: 'set', path: ['name'], value: 'renamed' }]);
    expect(second).toBeGreaterThan(first);
    last().reply({ type: 'result', seq: first, evaluation: marked('old'), ms: 1 });
    last().reply({ type: 'failed', seq: first, message: 'old failure' });
    expect(results).toEqual([]);
    expect(failures).toEqual([]);
    last().reply({ type: 'result', seq: second, evaluation: marked('new'), ms: 1 });
    expect(results).toEqual([{ evaluation: marked('new'), seq: second }]);
    last().reply({ type: 'failed', seq: second, message: 'new failure' });
    expect(failures).toEqual(['new failure']);
  });

  it('does not count a probe as a newer evaluation', async () => {
    const { client, last, results } = setup();
    const seq = client.load(design);
    const probe = client.probe(probeFlow);
    const probeSeq = last().lastSeq();
    expect(probeSeq).toBeGreaterThan(seq);
    last().reply({ type: 'result', seq, evaluation: marked('loaded'), ms: 1 });
    expect(results.map((r) => r.seq)).toEqual([seq]);
    const answer = evaluateFlow(design, probeFlow);
    last().reply({ type: 'probe-result', seq: probeSeq, result: answer });
    await expect(probe).resolves.toEqual(answer);
  });

  it('rejects a probe the evaluator could not answer, without reporting an evaluation failure', async () => {
    const { client, last, failures } = setup();
    client.load(design);
    const probe = client.probe(probeFlow);
    last().reply({ type: 'failed', seq: last().lastSeq(), message: 'no document loaded' });
    await expect(probe).rejects.toThrow('no document loaded');
    expect(failures).toEqual([]);
  });

  it('replaces a crashed worker and hands it the current document again', () => {
    let current = design;
    const { client, transports, restarts, results } = setup(() => current);
    const loaded = client.load(current);
    current = { ...design, name: 'edited since' };
    transports[0]!.crash('out of memory');
    expect(transports).toHaveLength(2);
    expect(transports[0]!.terminated).toBe(true);
    expect(restarts).toEqual([{ reason: 'out of memory', inThread: false }]);
    expect(client.usesWorker).toBe(true);
    const reload = transports[1]!.posted;
    expect(reload).toEqual([{ type: 'load', seq: expect.any(Number), doc: current }]);
    // A copy, as postMessage would make: the worker never holds the store's objects.
    expect((reload[0] as { doc: Design }).doc).not.toBe(current);
    // The reload is newer than anything sent before: a late answer from the old worker is dropped.
    const reloadSeq = transports[1]!.lastSeq();
    expect(reloadSeq).toBeGreaterThan(loaded);
    transports[0]!.reply({ type: 'result', seq: loaded, evaluation: marked('dead'), ms: 1 });
    expect(results).toEqual([]);
    transports[1]!.reply({ type: 'result', seq: reloadSeq, evaluation: marked('fresh'), ms: 1 });
    expect(results).toEqual([{ evaluation: marked('fresh'), seq: reloadSeq }]);
  });

  it('fails the probes that were pending when the worker crashed', async () => {
    const { client, transports } = setup();
    client.load(design);
    const first = client.probe(probeFlow);
    const second = client.probe({ ...probeFlow, id: 'probe-2' });
    const seqs = transports[0]!.posted.slice(1).map((m) => ('seq' in m ? m.seq : 0));
    transports[0]!.crash('worker gone');
    await expect(first).rejects.toThrow('the evaluator restarted: worker gone');
    await expect(second).rejects.toThrow('the evaluator restarted: worker gone');
    // An answer that still comes through afterwards settles nothing twice and throws nothing.
    transports[0]!.reply({ type: 'probe-result', seq: seqs[0]!, result: evaluateFlow(design, probeFlow) });
    // The new worker answers new probes.
    const third = client.probe(probeFlow);
    const answer = evaluateFlow(design, probeFlow);
    transports[1]!.reply({ type: 'probe-result', seq: transports[1]!.lastSeq(), result: answer });
    await expect(third).resolves.toEqual(answer);
  });

  it('keeps restarting the worker for three crashes, and evaluates in the page from the fourth', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
    const { client, transports, restarts, results } = setup();
    client.load(design);
    for (let crash = 1; crash <= 3; crash++) {
      vi.advanceTimersByTime(5_000);
      transports.at(-1)!.crash(`crash ${crash}`);
      expect(client.usesWorker).toBe(true);
    }
    expect(transports).toHaveLength(4);
    vi.advanceTimersByTime(5_000);
    transports.at(-1)!.crash('crash 4');
    expect(transports).toHaveLength(4);
    expect(transports.every((t) => t.terminated)).toBe(true);
    expect(client.usesWorker).toBe(false);
    expect(restarts.map((r) => r.inThread)).toEqual([false, false, false, true]);
    // The in-page evaluator got the document and answers with a real evaluation.
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]!.evaluation).toEqual(evaluate(design));
  });

  it('keeps restarting the worker when the crashes are spread out', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
    const { client, transports, restarts } = setup();
    client.load(design);
    for (let crash = 1; crash <= 8; crash++) {
      vi.advanceTimersByTime(11_000);
      transports.at(-1)!.crash(`crash ${crash}`);
    }
    expect(client.usesWorker).toBe(true);
    expect(transports).toHaveLength(9);
    expect(restarts.every((r) => !r.inThread)).toBe(true);
  });

  it('evaluates in the page when a worker cannot be created', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('workers are blocked by the content security policy');
        }
      },
    );
    const results: Evaluation[] = [];
    const restarts: { reason: string; inThread: boolean }[] = [];
    const client = new EvaluatorClient(
      {
        onResult: (evaluation) => results.push(evaluation),
        onFailure: () => undefined,
        onRestart: (reason, inThread) => restarts.push({ reason, inThread }),
      },
      () => design,
      workerTransport,
    );
    expect(client.usesWorker).toBe(false);
    expect(restarts).toEqual([
      { reason: 'workers are blocked by the content security policy', inThread: true },
    ]);
    client.load(design);
    await vi.waitFor(() => expect(results).toHaveLength(1));
    expect(results[0]).toEqual(evaluate(design));
    await expect(client.probe(probeFlow)).resolves.toEqual(evaluateFlow(design, probeFlow));
    client.dispose();
  });

  it('restarts a Web Worker that reports an error, and the new one evaluates the document', async () => {
    vi.stubGlobal('Worker', HostWorker);
    const results: { evaluation: Evaluation; seq: number }[] = [];
    const restarts: { reason: string; inThread: boolean }[] = [];
    const client = new EvaluatorClient(
      {
        onResult: (evaluation, seq) => results.push({ evaluation, seq }),
        onFailure: () => undefined,
        onRestart: (reason, inThread) => restarts.push({ reason, inThread }),
      },
      () => design,
      workerTransport,
    );
    expect(client.usesWorker).toBe(true);
    client.load(design);
    await vi.waitFor(() => expect(results).toHaveLength(1));
    client.crashForTesting();
    await vi.waitFor(() => expect(restarts).toHaveLength(1));
    expect(restarts[0]).toEqual({ reason: 'evaluator crash requested', inThread: false });
    expect(HostWorker.made).toHaveLength(2);
    expect(HostWorker.made[0]!.terminated).toBe(true);
    await vi.waitFor(() => expect(results).toHaveLength(2));
    expect(results[1]!.seq).toBeGreaterThan(results[0]!.seq);
    expect(results[1]!.evaluation).toEqual(evaluate(design));
    client.dispose();
    expect(HostWorker.made[1]!.terminated).toBe(true);
  });
});
