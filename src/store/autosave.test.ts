import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineCommand, done } from '../model/commands/command';
import { emptyDesign } from '../model/emptyDesign';
import { startAutosave } from './autosave';
import type { Autosave } from './autosave';
import { memoryStorage } from './autosaveTestStorage';
import type { MemoryStorage } from './autosaveTestStorage';
import { createAppStore } from './createAppStore';
import type { AppStore } from './createAppStore';

const rename = defineCommand('Rename design', (doc, name: string) => done({ ...doc, name }));

/** Lets queued promise callbacks (the storage write) run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

let store: AppStore;
let storage: MemoryStorage;
let autosave: Autosave;
let hide: () => void;

beforeEach(() => {
  vi.useFakeTimers();
  store = createAppStore(emptyDesign('start'));
  storage = memoryStorage();
  autosave = startAutosave(store, {
    storage,
    onPageHide: (onHide) => {
      hide = onHide;
      return () => {};
    },
  });
});

afterEach(() => {
  autosave.stop();
  vi.useRealTimers();
});

const savedName = () => (JSON.parse(storage.values.get('current') as string) as { name: string }).name;

describe('autosave', () => {
  it('writes nothing until the document changes', async () => {
    store.getState().select(['x']);
    await vi.advanceTimersByTimeAsync(5000);
    expect(storage.saves).toHaveLength(0);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('turns a burst of edits into one write of the latest document, once they pause', async () => {
    for (const name of ['a', 'b', 'c']) {
      store.getState().apply(rename, name);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(store.getState().saveStatus).toBe('unsaved');
    expect(storage.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(storage.saves).toHaveLength(1);
    expect(savedName()).toBe('c');
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('shows "saving" while the write is under way', async () => {
    let release!: () => void;
    storage.hold = new Promise((resolve) => (release = resolve));
    store.getState().apply(rename, 'a');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().saveStatus).toBe('saving');
    release();
    await settle();
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('still writes during edits that never pause, such as a long drag', async () => {
    for (let x = 0; x < 20; x++) {
      store.getState().moveLive({ h1: { x, y: 0 } });
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(storage.saves.length).toBeGreaterThanOrEqual(1);
  });

  it('writes at once when the page is hidden', async () => {
    store.getState().apply(rename, 'leaving');
    hide();
    await settle();
    expect(savedName()).toBe('leaving');
    await vi.advanceTimersByTimeAsync(5000);
    expect(storage.saves).toHaveLength(1);
  });

  it('an edit during a write stays unsaved, then gets a write of its own', async () => {
    let release!: () => void;
    storage.hold = new Promise((resolve) => (release = resolve));
    store.getState().apply(rename, 'first');
    await vi.advanceTimersByTimeAsync(400);
    store.getState().apply(rename, 'second');
    release();
    await settle();
    expect(savedName()).toBe('first');
    expect(store.getState().saveStatus).toBe('unsaved');
    storage.hold = null;
    await vi.advanceTimersByTimeAsync(400);
    expect(savedName()).toBe('second');
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('shows a full storage as an error with advice, once, until a write succeeds again', async () => {
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    store.getState().apply(rename, 'a');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().saveStatus).toBe('error');
    expect(store.getState().saveError).toBe('browser storage is full');
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('error');
    expect(notices[0]?.text).toMatch(/save it as a file/);

    store.getState().apply(rename, 'b');
    expect(store.getState().saveStatus).toBe('error');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().notices).toHaveLength(1);

    storage.failWith = null;
    store.getState().apply(rename, 'c');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().saveStatus).toBe('saved');
    expect(savedName()).toBe('c');
    expect(store.getState().notices.at(-1)?.kind).toBe('success');
  });

  it('starts out failing when storage could not be read at start-up', async () => {
    autosave.stop();
    store.getState().setSaveStatus('error', 'browser storage is unavailable');
    autosave = startAutosave(store, { storage, failing: true });
    store.getState().apply(rename, 'a');
    expect(store.getState().saveStatus).toBe('error');
    await vi.advanceTimersByTimeAsync(400);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('stops listening when stopped', async () => {
    autosave.stop();
    store.getState().apply(rename, 'a');
    await vi.advanceTimersByTimeAsync(5000);
    expect(storage.saves).toHaveLength(0);
  });
});
