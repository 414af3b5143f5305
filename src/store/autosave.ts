// Autosave: every document change is written to storage once edits pause
// (debounced), and at once when the page is hidden or left. The toolbar shows
// saveStatus; a storage failure is shown and announced, never swallowed, and
// stays visible until a later write succeeds.
import type { AppStore } from './createAppStore';
import { createDebouncer } from './autosaveDebounce';
import type { Timers } from './autosaveDebounce';
import { describeStorageError } from './autosaveErrors';
import { createDesignSerializer } from './designJson';
import type { DesignStorage } from './autosaveStorage';
import type { Design } from '../model/types';

export const AUTOSAVE_DELAY_MS = 400;
export const AUTOSAVE_MAX_WAIT_MS = 3000;

/** Tells autosave when the page is going away: `pagehide`, or `visibilitychange` to hidden. */
export type PageHideSource = (onHide: () => void) => () => void;

export interface AutosaveOptions {
  storage: DesignStorage;
  onPageHide?: PageHideSource;
  /** Storage already failed (at restore): keep the error showing until a write succeeds. */
  failing?: boolean;
  serialize?: (doc: Design) => string;
  timers?: Timers;
  delayMs?: number;
  maxWaitMs?: number;
}

export interface Autosave {
  /** Writes now if anything is unsaved; resolves once storage has answered. */
  flush: () => Promise<void>;
  stop: () => void;
}

export const browserPageHide: PageHideSource = (onHide) => {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
};

export function startAutosave(store: AppStore, options: AutosaveOptions): Autosave {
  const { storage, serialize = createDesignSerializer() } = options;
  // What storage holds: the document as restored (or the initial empty one) needs no write.
  let savedDoc = store.getState().doc;
  let failing = options.failing ?? false;
  let lastAdvice: string | null = null;
  let queue: Promise<void> = Promise.resolve();

  const write = async (): Promise<void> => {
    const doc = store.getState().doc;
    if (doc === savedDoc) return;
    const state = store.getState();
    if (!failing) state.setSaveStatus('saving');
    try {
      await storage.save(serialize(doc));
    } catch (error) {
      const text = describeStorageError(error);
      failing = true;
      store.getState().setSaveStatus('error', text.reason);
      // One notice per distinct failure, not one per keystroke.
      if (text.advice !== lastAdvice) {
        lastAdvice = text.advice;
        store.getState().notify({ kind: 'error', text: `Autosave failed: ${text.reason}. ${text.advice}` });
      }
      return;
    }
    savedDoc = doc;
    if (failing)
      store.getState().notify({ kind: 'success', text: 'Autosave works again: the design is saved.' });
    failing = false;
    lastAdvice = null;
    // An edit made while writing leaves the status at "unsaved" and its own write pending.
    if (store.getState().doc === doc) store.getState().setSaveStatus('saved');
  };
  // One write at a time, in order, each writing the latest document.
  const enqueue = (): Promise<void> => (queue = queue.then(write));

  const debouncer = createDebouncer(
    () => void enqueue(),
    options.delayMs ?? AUTOSAVE_DELAY_MS,
    options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS,
    options.timers,
  );

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.doc === previous.doc) return;
    if (!failing && state.saveStatus !== 'unsaved') state.setSaveStatus('unsaved');
    debouncer.schedule();
  });

  const flush = (): Promise<void> => {
    debouncer.cancel();
    return enqueue();
  };
  const stopListening = options.onPageHide?.(() => void flush()) ?? (() => {});

  return {
    flush,
    stop: () => {
      debouncer.cancel();
      unsubscribe();
      stopListening();
    },
  };
}
