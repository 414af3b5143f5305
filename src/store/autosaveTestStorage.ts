// A DesignStorage in memory for unit tests, whose every call can be made to fail or wait.
import type { DesignStorage } from './autosaveStorage';

export interface MemoryStorage extends DesignStorage {
  values: Map<string, unknown>;
  saves: string[];
  /** When set, the next calls throw this. */
  failWith: unknown;
  /** When set, save() waits for this promise before it stores. */
  hold: Promise<void> | null;
}

export function memoryStorage(initial?: string): MemoryStorage {
  const storage: MemoryStorage = {
    values: new Map(initial === undefined ? [] : [['current', initial]]),
    saves: [],
    failWith: null,
    hold: null,
    load: async () => {
      if (storage.failWith) throw storage.failWith;
      return storage.values.get('current') ?? null;
    },
    save: async (text) => {
      if (storage.hold) await storage.hold;
      if (storage.failWith) throw storage.failWith;
      storage.saves.push(text);
      storage.values.set('current', text);
    },
    keepCopy: async (key, value) => {
      if (storage.failWith) throw storage.failWith;
      storage.values.set(key, value);
    },
  };
  return storage;
}
