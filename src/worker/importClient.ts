// Runs one import in a Web Worker of its own, so that a huge inventory never
// freezes the page, and so that Cancel can simply stop the worker. When no
// worker can start, the importer runs in the page instead.
import type { ImportResult, InputFile, ProgressCallback } from '../io/import/index';
import type { FromImporter, ToImporter } from './importProtocol';

export interface ImportRun {
  /** The importer's answer, or null when the import was cancelled. */
  result: Promise<ImportResult | null>;
  cancel: () => void;
}

/** What the client needs of a worker; tests hand in a fake. */
export interface ImportWorker {
  onmessage: ((event: MessageEvent<FromImporter>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage: (message: ToImporter, transfer: Transferable[]) => void;
  terminate: () => void;
}

export const startImportWorker = (): ImportWorker =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/** The importer in the page, loaded only when needed. */
async function importInThread(
  files: InputFile[],
  onProgress: ProgressCallback,
  designName: string | undefined,
): Promise<ImportResult> {
  const { importInventory } = await import('../io/import/index');
  return importInventory(files, { onProgress, ...(designName === undefined ? {} : { designName }) });
}

export function runImport(
  files: InputFile[],
  onProgress: ProgressCallback,
  options: { designName?: string } = {},
  startWorker: (() => ImportWorker) | null = typeof Worker === 'undefined' ? null : startImportWorker,
): ImportRun {
  let cancelled = false;
  let worker: ImportWorker | null = null;
  let settle: (result: ImportResult | null) => void = () => {};
  const result = new Promise<ImportResult | null>((resolve) => (settle = resolve));
  const inThread = () =>
    importInThread(files, onProgress, options.designName).then(
      (answer) => settle(cancelled ? null : answer),
      (error: unknown) => settle(failure(error)),
    );

  try {
    worker = startWorker?.() ?? null;
  } catch {
    worker = null;
  }
  if (!worker) void inThread();
  else {
    const running = worker;
    let sent = false;
    running.onmessage = ({ data }) => {
      if (data.type === 'ready') {
        sent = true;
        const message: ToImporter = { type: 'import', files, ...options };
        running.postMessage(message, [...new Set(files.map((f) => f.bytes.buffer))]);
      } else if (data.type === 'progress') onProgress(data.fraction, data.stage);
      else {
        running.terminate();
        settle(data.result);
      }
    };
    running.onerror = (event) => {
      event.preventDefault();
      running.terminate();
      // Before "ready" the worker never loaded and the bytes are still here; after, they went with it.
      if (!sent) void inThread();
      else settle(failure(event.message || 'the import worker stopped'));
    };
  }

  return {
    result,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
      settle(null);
    },
  };
}

const failure = (error: unknown): ImportResult => ({
  ok: false,
  error: {
    file: '',
    message: `the import stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
  },
});
