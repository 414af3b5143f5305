// Messages between the app and the import worker: plain data only. The worker
// says "ready" before the files are sent, so that a worker that cannot load
// never receives (and detaches) their bytes.
import type { ImportResult, InputFile } from '../io/import/index';

export type ToImporter = { type: 'import'; files: InputFile[]; designName?: string };

export type FromImporter =
  | { type: 'ready' }
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'imported'; result: ImportResult };
