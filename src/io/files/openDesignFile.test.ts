import { describe, expect, it } from 'vitest';
import { emptyDesign } from '../../model/emptyDesign';
import { serializeDesign } from '../../model/serialize';
import { createAppStore } from '../../store/createAppStore';
import { MAX_DESIGN_FILE_BYTES, openDesignFile, readDesignFile } from './openDesignFile';
import type { ReadableFile } from './openDesignFile';
import { startNewDesign } from './newDesign';

const fileOf = (name: string, text: string): ReadableFile => ({
  name,
  size: text.length,
  text: async () => text,
});

const lab = { format: 'vnet-design', version: 1, name: 'Lab', hosts: [{ id: 'esx1' }] };

describe('opening a design file', () => {
  it('replaces the design with the file, as one undoable step', async () => {
    const store = createAppStore(emptyDesign('before'));
    expect(await openDesignFile(store, fileOf('lab.json', JSON.stringify(lab)))).toBe(true);
    expect(store.getState().doc).toEqual(lab);
    expect(store.getState().past.at(-1)?.label).toBe('Open lab.json');
    store.getState().undo();
    expect(store.getState().doc.name).toBe('before');
  });

  it('refuses an invalid file, lists every error and leaves the design untouched', async () => {
    const store = createAppStore(emptyDesign('before'));
    const before = store.getState().doc;
    const bad = {
      ...lab,
      hosts: [{ id: 'esx 1' }],
      vms: [{ id: 'v1', host: 'esx1', nics: [{ id: 'n1', ip: '10.0.0.300/24' }] }],
    };
    expect(await openDesignFile(store, fileOf('bad.json', JSON.stringify(bad)))).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toHaveLength(0);
    const notice = store.getState().notices[0];
    expect(notice?.kind).toBe('error');
    expect(notice?.text).toBe('bad.json was not opened: it has 2 errors. Your design is unchanged.');
    expect(notice?.details).toEqual([
      expect.stringMatching(/^\/hosts\/0\/id: /),
      expect.stringMatching(/^\/vms\/0\/nics\/0\/ip: /),
    ]);
  });

  it('refuses a file that is not JSON', async () => {
    const result = await readDesignFile(fileOf('notes.json', 'hello'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses an oversized file without reading it', async () => {
    const file: ReadableFile = {
      name: 'huge.json',
      size: MAX_DESIGN_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('must not be read')),
    };
    const result = await readDesignFile(file);
    expect(!result.ok && result.errors[0]?.message).toMatch(/at most 20 MB/);
  });

  it('reads back exactly what Save writes', async () => {
    const result = await readDesignFile(fileOf('lab.json', serializeDesign(lab as never)));
    expect(result).toEqual({ ok: true, doc: lab });
  });
});

describe('new design', () => {
  it('starts empty and one undo brings the previous design back', () => {
    const store = createAppStore(emptyDesign('precious'));
    startNewDesign(store);
    expect(store.getState().doc).toEqual(emptyDesign());
    expect(store.getState().notices[0]?.text).toBe('New design. Undo restores the previous one.');
    store.getState().undo();
    expect(store.getState().doc.name).toBe('precious');
  });
});
