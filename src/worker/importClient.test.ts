import { describe, expect, it } from 'vitest';
import { importInventory, type ImportResult, type InputFile } from '../io/import/index';
import { runImport, type ImportWorker } from './importClient';
import type { FromImporter, ToImporter } from './importProtocol';

const govc = (name: string, value: unknown): InputFile => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});
const notAnInventory = [govc('empty.json', {})];

/** A worker that runs the real importer when it receives files, as import.worker.ts does. */
class FakeWorker implements ImportWorker {
  onmessage: ((event: MessageEvent<FromImporter>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  transferred: Transferable[] = [];
  terminated = false;
  constructor(private readonly loads = true) {
    queueMicrotask(() =>
      this.loads
        ? this.send({ type: 'ready' })
        : this.onerror?.({ preventDefault: () => {}, message: 'no worker' } as ErrorEvent),
    );
  }
  private send(data: FromImporter) {
    this.onmessage?.({ data } as MessageEvent<FromImporter>);
  }
  postMessage(message: ToImporter, transfer: Transferable[]) {
    this.transferred = transfer;
    queueMicrotask(() => {
      const result = importInventory(message.files, {
        onProgress: (fraction, stage) => this.send({ type: 'progress', fraction, stage }),
      });
      this.send({ type: 'imported', result });
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('runImport', () => {
  it('sends the files to the worker once it is ready, passes progress on and stops the worker after', async () => {
    const worker = new FakeWorker();
    const progress: string[] = [];
    const run = runImport(
      notAnInventory,
      (_f, stage) => progress.push(stage),
      {},
      () => worker,
    );
    const result = await run.result;
    expect(result).toEqual(importInventory(notAnInventory));
    expect(progress[0]).toBe('reading');
    expect(worker.transferred).toEqual([notAnInventory[0]!.bytes.buffer]);
    expect(worker.terminated).toBe(true);
  });

  it('imports in the page when the worker cannot load, with the bytes still in hand', async () => {
    const files = [govc('empty.json', {})];
    const expected = importInventory(files);
    const result: ImportResult | null = await runImport(
      files,
      () => {},
      {},
      () => new FakeWorker(false),
    ).result;
    expect(result).toEqual(expected);
    expect(await runImport(files, () => {}, {}, null).result).toEqual(expected);
  });

  it('cancels: the worker stops and the answer is null', async () => {
    const worker = new FakeWorker();
    const run = runImport(
      notAnInventory,
      () => {},
      {},
      () => worker,
    );
    run.cancel();
    expect(await run.result).toBeNull();
    expect(worker.terminated).toBe(true);
  });
});
