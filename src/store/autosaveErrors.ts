// Storage errors in words a designer can act on. Whatever the cause, the
// remedy is the same: the design is still open, so save it as a file.
import { StorageError } from './autosaveStorage';
import type { StorageFailureKind } from './autosaveStorage';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const UNAVAILABLE_NAMES = new Set(['SecurityError', 'InvalidAccessError', 'NotAllowedError']);

export function classifyStorageError(error: unknown): StorageFailureKind {
  if (error instanceof StorageError) return error.kind;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (QUOTA_NAMES.has(name)) return 'quota';
  if (UNAVAILABLE_NAMES.has(name)) return 'unavailable';
  return 'failed';
}

const detailOf = (error: unknown): string => {
  const text = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return text.trim() || 'unknown error';
};

export interface StorageErrorText {
  /** Short, for the toolbar: "Not saved: <reason>". */
  reason: string;
  /** For the notice: what happened and what to do. */
  advice: string;
}

const SAVE_AS_FILE =
  'Your design is still open: save it as a file (File → Save, Ctrl+S) so that nothing is lost.';

export function describeStorageError(error: unknown): StorageErrorText {
  switch (classifyStorageError(error)) {
    case 'quota':
      return {
        reason: 'browser storage is full',
        advice: `${SAVE_AS_FILE} Then free some space: clear the stored data of sites you no longer need.`,
      };
    case 'unavailable':
      return {
        reason: 'browser storage is unavailable',
        advice: `${SAVE_AS_FILE} Private browsing or blocked site data can switch storage off (${detailOf(error)}).`,
      };
    case 'blocked':
      return {
        reason: 'storage is blocked by another tab',
        advice: `${SAVE_AS_FILE} Then close the other vNet Designer tabs and reload this one.`,
      };
    case 'failed':
      return { reason: `storage error (${detailOf(error)})`, advice: SAVE_AS_FILE };
  }
}
