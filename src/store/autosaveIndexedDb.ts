// The browser's DesignStorage: one IndexedDB object store of design texts,
// keyed "current" for the open design. A hand-written wrapper: three calls
// do not justify a dependency.
import { StorageError } from './autosaveStorage';
import type { DesignStorage } from './autosaveStorage';

export const AUTOSAVE_DB = 'vnet-designer';
export const AUTOSAVE_STORE = 'autosave';
export const AUTOSAVE_KEY = 'current';
const DB_VERSION = 1;

function openDatabase(factory: IDBFactory | undefined): Promise<IDBDatabase> {
  if (!factory) return Promise.reject(new StorageError('unavailable', 'this browser has no IndexedDB'));
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(AUTOSAVE_DB, DB_VERSION);
    } catch (error) {
      // Some browsers throw here instead of failing the request (storage switched off).
      const detail = error instanceof Error ? error.message : String(error);
      reject(new StorageError('unavailable', detail || 'IndexedDB refused to open'));
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(AUTOSAVE_STORE);
    request.onsuccess = () => {
      const db = request.result;
      // Let a newer version of the app in another tab upgrade; we reconnect on the next write.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new StorageError('failed', 'IndexedDB failed to open'));
    request.onblocked = () =>
      reject(new StorageError('blocked', 'another tab holds an older version of the storage open'));
  });
}

export function createIndexedDbStorage(
  factory: () => IDBFactory | undefined = () => globalThis.indexedDB,
): DesignStorage {
  let connection: Promise<IDBDatabase> | null = null;
  const connect = (): Promise<IDBDatabase> => {
    connection ??= openDatabase(factory()).catch((error: unknown) => {
      connection = null; // a later attempt may succeed (the other tab closed, space was freed)
      throw error;
    });
    return connection;
  };

  const run = async <T>(
    mode: IDBTransactionMode,
    operation: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> => {
    const db = await connect();
    return new Promise<T>((resolve, reject) => {
      let pending: IDBRequest<T>;
      let tx: IDBTransaction;
      try {
        tx = db.transaction(AUTOSAVE_STORE, mode);
        pending = operation(tx.objectStore(AUTOSAVE_STORE));
      } catch (error) {
        connection = null; // closed under us (versionchange): reconnect next time
        reject(error);
        return;
      }
      // Resolve on commit, not on the request's success: a write is only safe once committed.
      tx.oncomplete = () => resolve(pending.result);
      // Quota errors arrive as an aborted transaction.
      tx.onabort = () =>
        reject(tx.error ?? pending.error ?? new StorageError('failed', 'the write was aborted'));
    });
  };

  return {
    load: async () => (await run('readonly', (store) => store.get(AUTOSAVE_KEY))) ?? null,
    save: async (text) => {
      await run('readwrite', (store) => store.put(text, AUTOSAVE_KEY));
    },
    keepCopy: async (key, value) => {
      await run('readwrite', (store) => store.put(value, key));
    },
  };
}
