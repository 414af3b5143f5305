// Start-up: bring back the design autosave kept, but only a valid one. A
// corrupt saved design is never loaded: it is kept under a key of its own
// (so it can still be rescued), and the app starts empty.
import { formatError, parseDesignText } from '../model/validate';
import type { Design, ValidationError } from '../model/types';
import type { AppStore } from './createAppStore';
import { describeStorageError } from './autosaveErrors';
import type { DesignStorage } from './autosaveStorage';

export type RestoreDecision =
  { kind: 'nothing' } | { kind: 'restore'; doc: Design } | { kind: 'corrupt'; errors: ValidationError[] };

/** Pure: what to do with whatever storage held. */
export function decideRestore(stored: unknown): RestoreDecision {
  if (stored === null || stored === undefined) return { kind: 'nothing' };
  if (typeof stored !== 'string')
    return {
      kind: 'corrupt',
      errors: [{ path: '', message: 'the saved value is not the text of a design' }],
    };
  const result = parseDesignText(stored);
  return result.ok ? { kind: 'restore', doc: result.doc } : { kind: 'corrupt', errors: result.errors };
}

export const corruptCopyKey = (now: number): string => `corrupt-${new Date(now).toISOString()}`;

/** Once a copy is safe, the empty design takes the corrupt one's place, so the next start is clean. */
async function clearCorrupt(store: AppStore, storage: DesignStorage): Promise<void> {
  try {
    await storage.save(JSON.stringify(store.getState().doc));
  } catch {
    // Harmless: the next start finds the corrupt design again, keeps another copy and says so again.
  }
}

/**
 * Restores the saved design into the store, outside undo history. Returns
 * false when storage could not be read, so that autosave starts out failing.
 */
export async function restoreSavedDesign(
  store: AppStore,
  storage: DesignStorage,
  now: () => number = Date.now,
): Promise<boolean> {
  const state = store.getState();
  let stored: unknown;
  try {
    stored = await storage.load();
  } catch (error) {
    const text = describeStorageError(error);
    state.setSaveStatus('error', text.reason);
    state.notify({ kind: 'error', text: `Autosave cannot read its storage: ${text.reason}. ${text.advice}` });
    return false;
  }
  const decision = decideRestore(stored);
  if (decision.kind === 'restore') state.replaceDocument(decision.doc, 'Restore', { history: false });
  if (decision.kind === 'corrupt') {
    const key = corruptCopyKey(now());
    let kept: string;
    try {
      await storage.keepCopy(key, stored);
      kept = `A copy was kept in this browser's storage under "${key}".`;
      await clearCorrupt(store, storage);
    } catch (error) {
      kept = `Keeping a copy failed too (${describeStorageError(error).reason}).`;
    }
    state.notify({
      kind: 'error',
      text: `The autosaved design could not be restored: it is not a valid design. ${kept} Starting with an empty design.`,
      details: decision.errors.map(formatError),
    });
  }
  return true;
}
