// The import and Tidy up, from files to an undoable design: read the files,
// import them in a worker with progress, lay the result out in the layout
// worker, then replace the design as one undo step and show the report.
// A refused or cancelled import never touches the design. One session per
// app store, so every mounted app (and every test) has its own.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AutoLayout } from '../../layout/autoLayout';
// Types only from the importer's index: the importer itself loads in its worker, not with the page.
import type { ImportError, ImportReport, InputFile } from '../../io/import/index';
import { formatBytes, LIMITS } from '../../io/import/limits';
import { applyLayout, withLayout } from '../../model/commands/applyLayout';
import type { Design } from '../../model/types';
import type { AppStore } from '../../store/createAppStore';
import { createLayoutClient } from '../../worker/layoutClient';
import { runImport, type ImportRun } from '../../worker/importClient';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'importing'; label: string; fraction: number; stage: string }
  | { kind: 'laying-out'; label: string }
  | { kind: 'tidying' };

export interface ShownReport {
  label: string;
  report: ImportReport;
}

export interface ImportSessionState {
  phase: ImportPhase;
  /** The last import's report, and whether its panel is open. */
  report: ShownReport | null;
  reportOpen: boolean;
}

export interface ImportServices {
  runImport: (files: InputFile[], onProgress: (fraction: number, stage: string) => void) => ImportRun;
  layout: (doc: Design) => Promise<AutoLayout>;
  /** Gets the layout ready while the import runs (ELK takes a while to load). */
  warmUpLayout?: () => void;
}

export interface NamedFile {
  name: string;
  size: number;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

export interface ImportSession {
  state: StoreApi<ImportSessionState>;
  /** Imports an inventory: an RVTools .xlsx, a set of RVTools CSV files, or govc JSON files. */
  importFiles: (files: readonly NamedFile[]) => Promise<boolean>;
  /** Stops a running import; the design stays as it was. */
  cancel: () => void;
  /** Lays the current design out again, as one undo step. Resolves to whether anything moved. */
  tidyUp: () => Promise<boolean>;
  setReportOpen: (open: boolean) => void;
}

export const filesLabel = (files: readonly { name: string }[]): string =>
  files.length === 1 ? (files[0]?.name ?? '') : `${files.length} files (${files[0]?.name ?? ''}, …)`;

/** "broken.xlsx was not imported: …", without naming the file twice. */
export function failureText(error: ImportError, label: string): string {
  const prefix = `${error.file}: `;
  const [who, why] =
    error.file && error.message.startsWith(prefix)
      ? [error.file, error.message.slice(prefix.length)]
      : [error.file || label, error.message];
  return `${who} was not imported: ${why.replace(/\.$/, '')}. Your design is unchanged.`;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createImportSession(app: AppStore, services: ImportServices): ImportSession {
  const state = createStore<ImportSessionState>()(() => ({
    phase: { kind: 'idle' },
    report: null,
    reportOpen: false,
  }));
  const setPhase = (phase: ImportPhase) => state.setState({ phase });
  const notify = (kind: 'info' | 'error' | 'success', text: string) => app.getState().notify({ kind, text });
  let running: ImportRun | null = null;
  let cancelled = false;

  const busy = () => {
    if (state.getState().phase.kind === 'idle') return false;
    notify('info', 'Wait for the import or layout that is running to finish.');
    return true;
  };

  const wasCancelled = (label: string) => {
    notify('info', `The import of ${label} was cancelled. Your design is unchanged.`);
    return false;
  };

  const importFiles = async (files: readonly NamedFile[]): Promise<boolean> => {
    if (files.length === 0 || busy()) return false;
    const label = filesLabel(files);
    const tooBig = files.find((f) => f.size > LIMITS.maxFileBytes);
    if (tooBig) {
      notify(
        'error',
        `${tooBig.name} was not imported: it is ${formatBytes(tooBig.size)}, over the ${formatBytes(LIMITS.maxFileBytes)} limit for one file. Your design is unchanged.`,
      );
      return false;
    }
    cancelled = false;
    setPhase({ kind: 'importing', label, fraction: 0, stage: 'reading the files' });
    services.warmUpLayout?.();
    try {
      const inputs = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      if (cancelled) return wasCancelled(label);
      running = services.runImport(inputs, (fraction, stage) =>
        setPhase({ kind: 'importing', label, fraction, stage }),
      );
      const result = await running.result;
      running = null;
      if (result === null || cancelled) return wasCancelled(label);
      if (!result.ok) {
        notify('error', failureText(result.error, label));
        return false;
      }
      setPhase({ kind: 'laying-out', label });
      const design = await laidOut(result.design);
      if (cancelled) return wasCancelled(label);
      app.getState().replaceDocument(design, `Import ${label}`);
      state.setState({ report: { label, report: result.report }, reportOpen: true });
      const { hosts, vms } = result.report.counts;
      notify(
        'success',
        `Imported ${label}: ${hosts} hosts, ${vms} VMs. Undo returns to the previous design.`,
      );
      return true;
    } catch (error) {
      notify('error', `${label} was not imported: ${describe(error)}. Your design is unchanged.`);
      return false;
    } finally {
      running = null;
      setPhase({ kind: 'idle' });
    }
  };

  /** The design with its automatic layout; without one (and a notice) when layout fails. */
  const laidOut = async (design: Design): Promise<Design> => {
    try {
      const { positions } = await services.layout(design);
      const placed = withLayout(design, Object.fromEntries(positions));
      return typeof placed === 'string' ? design : placed;
    } catch (error) {
      notify(
        'info',
        `The automatic layout failed (${describe(error)}); the design is shown in its default placement.`,
      );
      return design;
    }
  };

  const tidyUp = async (): Promise<boolean> => {
    if (busy()) return false;
    const doc = app.getState().doc;
    setPhase({ kind: 'tidying' });
    try {
      const { positions } = await services.layout(doc);
      if (app.getState().doc !== doc) {
        notify(
          'info',
          'The design changed while it was being laid out, so nothing was moved. Try Tidy up again.',
        );
        return false;
      }
      const refusal = app.getState().apply(applyLayout, { positions: Object.fromEntries(positions) });
      if (refusal) notify('error', `Tidy up did not apply: ${refusal}`);
      return refusal === null && app.getState().doc !== doc;
    } catch (error) {
      notify('error', `Tidy up failed: ${describe(error)}. Your design is unchanged.`);
      return false;
    } finally {
      setPhase({ kind: 'idle' });
    }
  };

  return {
    state,
    importFiles,
    cancel: () => {
      if (state.getState().phase.kind === 'idle') return;
      cancelled = true;
      running?.cancel();
    },
    tidyUp,
    setReportOpen: (open) => state.setState({ reportOpen: open && state.getState().report !== null }),
  };
}

const sessions = new WeakMap<AppStore, ImportSession>();

/** The session of an app store, with the real workers; created on first use. */
export function importSessionFor(app: AppStore): ImportSession {
  let session = sessions.get(app);
  if (!session) {
    const layoutClient = createLayoutClient();
    session = createImportSession(app, {
      runImport: (files, onProgress) => runImport(files, onProgress),
      layout: (doc) => layoutClient.layout(doc),
      warmUpLayout: () => layoutClient.warmUp(),
    });
    sessions.set(app, session);
  }
  return session;
}
