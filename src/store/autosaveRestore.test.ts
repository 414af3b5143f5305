import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../model/emptyDesign';
import { startPersistence } from './autosaveBootstrap';
import { corruptCopyKey, decideRestore, restoreSavedDesign } from './autosaveRestore';
import { StorageError } from './autosaveStorage';
import { memoryStorage } from './autosaveTestStorage';
import { createAppStore } from './createAppStore';

const saved = { format: 'vnet-design', version: 1, name: 'Saved lab', hosts: [{ id: 'esx1' }] };
const savedText = JSON.stringify(saved);
const noPageHide = () => () => {};

describe('decideRestore', () => {
  it('restores nothing when nothing was saved', () => {
    expect(decideRestore(null)).toEqual({ kind: 'nothing' });
    expect(decideRestore(undefined)).toEqual({ kind: 'nothing' });
  });

  it('restores a valid design exactly as it was written', () => {
    expect(decideRestore(savedText)).toEqual({ kind: 'restore', doc: saved });
  });

  it('refuses text that is not JSON, a value that is not text, and an invalid design', () => {
    expect(decideRestore('{"format": "vnet-des')).toMatchObject({ kind: 'corrupt' });
    expect(decideRestore({ format: 'vnet-design' })).toMatchObject({ kind: 'corrupt' });
    const invalid = JSON.stringify({ ...saved, hosts: [{ id: 'esx1', colour: 'red' }] });
    const decision = decideRestore(invalid);
    expect(decision.kind).toBe('corrupt');
    expect(decision.kind === 'corrupt' && decision.errors.map((e) => e.path)).toEqual(['/hosts/0/colour']);
  });
});

describe('restoreSavedDesign', () => {
  it('loads the saved design outside undo history', async () => {
    const store = createAppStore();
    expect(await restoreSavedDesign(store, memoryStorage(savedText))).toBe(true);
    expect(store.getState().doc).toEqual(saved);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().notices).toHaveLength(0);
  });

  it('starts empty when nothing was saved', async () => {
    const store = createAppStore(emptyDesign('fresh'));
    expect(await restoreSavedDesign(store, memoryStorage())).toBe(true);
    expect(store.getState().doc.name).toBe('fresh');
  });

  it('keeps a corrupt design under a key of its own, says why, and starts empty', async () => {
    const store = createAppStore(emptyDesign('fresh'));
    const corrupt = JSON.stringify({ ...saved, version: 99 });
    const storage = memoryStorage(corrupt);
    const now = Date.UTC(2025, 0, 2, 3, 4, 5);
    expect(await restoreSavedDesign(store, storage, () => now)).toBe(true);
    expect(store.getState().doc.name).toBe('fresh');
    expect(storage.values.get(corruptCopyKey(now))).toBe(corrupt);
    expect(JSON.parse(storage.values.get('current') as string)).toEqual(emptyDesign('fresh'));
    expect(corruptCopyKey(now)).toBe('corrupt-2025-01-02T03:04:05.000Z');
    const notice = store.getState().notices[0];
    expect(notice?.kind).toBe('error');
    expect(notice?.text).toContain(corruptCopyKey(now));
    expect(notice?.details).toEqual([expect.stringMatching(/^\/version: this design is version 99/)]);
  });

  it('reports storage it cannot read, and says to save as a file', async () => {
    const store = createAppStore(emptyDesign('fresh'));
    const storage = memoryStorage(savedText);
    storage.failWith = new StorageError('unavailable', 'IndexedDB is switched off');
    expect(await restoreSavedDesign(store, storage)).toBe(false);
    expect(store.getState().saveStatus).toBe('error');
    expect(store.getState().saveError).toBe('browser storage is unavailable');
    expect(store.getState().notices[0]?.text).toMatch(/save it as a file/);
    expect(store.getState().doc.name).toBe('fresh');
  });

  it('says so when the corrupt copy cannot be kept either', async () => {
    const store = createAppStore();
    const storage = memoryStorage('not json');
    storage.keepCopy = async () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    await restoreSavedDesign(store, storage);
    expect(store.getState().notices[0]?.text).toContain(
      'Keeping a copy failed too (browser storage is full)',
    );
  });
});

describe('startPersistence', () => {
  it('restores, then autosaves the next edit', async () => {
    const store = createAppStore();
    const storage = memoryStorage(savedText);
    const autosave = await startPersistence(store, { storage, onPageHide: noPageHide });
    expect(store.getState().doc).toEqual(saved);
    expect(storage.saves).toHaveLength(0);
    store.getState().replaceDocument(emptyDesign('next'), 'New design');
    await autosave.flush();
    expect(JSON.parse(storage.values.get('current') as string)).toEqual(emptyDesign('next'));
    expect(store.getState().saveStatus).toBe('saved');
    autosave.stop();
  });

  it('keeps the read error showing while storage keeps failing', async () => {
    const store = createAppStore();
    const storage = memoryStorage();
    storage.failWith = new StorageError('blocked', 'older version open');
    const autosave = await startPersistence(store, { storage, onPageHide: noPageHide });
    store.getState().replaceDocument(emptyDesign('next'), 'New design');
    await autosave.flush();
    expect(store.getState().saveStatus).toBe('error');
    expect(store.getState().saveError).toBe('storage is blocked by another tab');
    autosave.stop();
  });
});
