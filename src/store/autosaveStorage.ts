// Where autosave keeps the open design. The browser's adapter is IndexedDB
// (autosaveIndexedDb.ts); tests inject their own, including failing ones.

export interface DesignStorage {
  /** The last saved design text, or null when nothing was ever saved. */
  load: () => Promise<unknown>;
  /** Replaces the saved design text. */
  save: (text: string) => Promise<void>;
  /** Keeps a value under a key of its own, out of autosave's way (a corrupt design, kept for rescue). */
  keepCopy: (key: string, value: unknown) => Promise<void>;
}

export type StorageFailureKind = 'quota' | 'unavailable' | 'blocked' | 'failed';

/** A storage failure the adapter has already recognised. */
export class StorageError extends Error {
  readonly kind: StorageFailureKind;
  constructor(kind: StorageFailureKind, message: string) {
    super(message);
    this.name = 'StorageError';
    this.kind = kind;
  }
}
