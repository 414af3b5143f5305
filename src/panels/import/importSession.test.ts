import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importInventory, type ImportResult, type InputFile } from '../../io/import/index';
import { emptyDesign } from '../../model/emptyDesign';
import type { Design } from '../../model/types';
import { createAppStore } from '../../store/createAppStore';
import type { ImportRun } from '../../worker/importClient';
import { createImportSession, failureText, type ImportServices, type NamedFile } from './importSession';

const file = (name: string, text: string): NamedFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
};

const govcHosts = readFileSync(new URL('../../../test/fixtures/govc/hosts.json', import.meta.url), 'utf8');

/** Runs the real importer in-thread, reporting progress; `gate` holds the answer back until released. */
function services(options: { gate?: Promise<void>; layoutFails?: boolean } = {}) {
  const calls = { layouts: 0 };
  const value: ImportServices = {
    runImport: (files: InputFile[], onProgress): ImportRun => {
      let cancelled = false;
      const result = (async (): Promise<ImportResult | null> => {
        await options.gate;
        return cancelled ? null : importInventory(files, { onProgress });
      })();
      return { result, cancel: () => (cancelled = true) };
    },
    layout: async (doc: Design) => {
      calls.layouts++;
      if (options.layoutFails) throw new Error('no ELK today');
      return {
        positions: new Map((doc.hosts ?? []).map((h, i) => [h.id, { x: i * 500, y: 40 }])),
        timings: { elkMs: 0, otherMs: 0 },
      };
    },
  };
  return { value, calls };
}

describe('import session', () => {
  it('imports, lays out, replaces the design as one undo step and opens the report', async () => {
    const app = createAppStore(emptyDesign('before'));
    const { value } = services();
    let warmed = 0;
    const session = createImportSession(app, { ...value, warmUpLayout: () => warmed++ });
    const phases: string[] = [];
    session.state.subscribe((s) => phases.push(s.phase.kind));
    expect(await session.importFiles([file('hosts.json', govcHosts)])).toBe(true);
    const doc = app.getState().doc;
    const hosts = (doc.hosts ?? []).map((h) => h.id);
    expect(hosts).toHaveLength(2);
    expect(doc.layout?.[hosts[1]!]).toEqual({ x: 500, y: 40 });
    expect(app.getState().past.map((p) => p.label)).toEqual(['Import hosts.json']);
    expect(phases).toContain('importing');
    expect(phases).toContain('laying-out');
    expect(warmed).toBe(1);
    expect(session.state.getState()).toMatchObject({ phase: { kind: 'idle' }, reportOpen: true });
    expect(session.state.getState().report?.report.counts.hosts).toBe(2);
    expect(app.getState().notices.at(-1)?.text).toBe(
      'Imported hosts.json: 2 hosts, 0 VMs. Undo returns to the previous design.',
    );
    app.getState().undo();
    expect(app.getState().doc).toEqual(emptyDesign('before'));
  });

  it('refuses a file that is not an inventory with a notice naming it, and leaves the design untouched', async () => {
    const app = createAppStore(emptyDesign('before'));
    const before = app.getState().doc;
    const session = createImportSession(app, services().value);
    expect(await session.importFiles([file('broken.xlsx', 'PK not really a zip')])).toBe(false);
    expect(app.getState().doc).toBe(before);
    expect(app.getState().past).toEqual([]);
    const notice = app.getState().notices.at(-1);
    expect(notice?.kind).toBe('error');
    expect(notice?.text).toMatch(/^broken\.xlsx was not imported: .+\. Your design is unchanged\.$/);
    expect(session.state.getState().report).toBeNull();
  });

  it('cancels a running import and keeps the design', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const app = createAppStore(emptyDesign('before'));
    const session = createImportSession(app, services({ gate }).value);
    const importing = session.importFiles([file('hosts.json', govcHosts)]);
    await Promise.resolve();
    session.cancel();
    release();
    expect(await importing).toBe(false);
    expect(app.getState().doc).toEqual(emptyDesign('before'));
    expect(app.getState().notices.at(-1)?.text).toBe(
      'The import of hosts.json was cancelled. Your design is unchanged.',
    );
  });

  it('still imports when the layout fails, in the default placement', async () => {
    const app = createAppStore();
    const session = createImportSession(app, services({ layoutFails: true }).value);
    expect(await session.importFiles([file('hosts.json', govcHosts)])).toBe(true);
    expect(app.getState().doc.layout).toBeUndefined();
    expect(app.getState().notices.some((n) => n.text.includes('no ELK today'))).toBe(true);
  });

  it('refuses an oversized file without reading it', async () => {
    const app = createAppStore();
    const session = createImportSession(app, services().value);
    const huge: NamedFile = {
      name: 'huge.xlsx',
      size: 200 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    };
    expect(await session.importFiles([huge])).toBe(false);
    expect(app.getState().notices.at(-1)?.text).toMatch(
      /^huge\.xlsx was not imported: it is .+ over the .+ limit/,
    );
  });
});

describe('Tidy up', () => {
  const design: Design = { format: 'vnet-design', version: 1, hosts: [{ id: 'esx1' }, { id: 'esx2' }] };

  it('moves the nodes as one undo step, and a second Tidy up changes nothing', async () => {
    const app = createAppStore(design);
    const { value, calls } = services();
    const session = createImportSession(app, value);
    expect(await session.tidyUp()).toBe(true);
    expect(app.getState().doc.layout).toEqual({ esx1: { x: 0, y: 40 }, esx2: { x: 500, y: 40 } });
    expect(app.getState().past.map((p) => p.label)).toEqual(['Tidy up']);
    expect(await session.tidyUp()).toBe(false);
    expect(app.getState().past).toHaveLength(1);
    expect(calls.layouts).toBe(2);
    app.getState().undo();
    expect(app.getState().doc).toEqual(design);
  });

  it('moves nothing when the design changed while ELK ran', async () => {
    const app = createAppStore(design);
    const { value } = services();
    const session = createImportSession(app, {
      ...value,
      layout: async (doc) => {
        app.getState().replaceDocument({ ...design, name: 'edited meanwhile' }, 'Edit');
        return value.layout(doc);
      },
    });
    expect(await session.tidyUp()).toBe(false);
    expect(app.getState().doc.layout).toBeUndefined();
    expect(app.getState().notices.at(-1)?.text).toMatch(/changed while it was being laid out/);
  });
});

describe('failureText', () => {
  it('names the file once', () => {
    expect(failureText({ file: 'a.xlsx', message: 'a.xlsx: not a workbook' }, 'a.xlsx')).toBe(
      'a.xlsx was not imported: not a workbook. Your design is unchanged.',
    );
    expect(failureText({ file: '', message: 'import one workbook at a time.' }, '3 files (a.xlsx, …)')).toBe(
      '3 files (a.xlsx, …) was not imported: import one workbook at a time. Your design is unchanged.',
    );
  });
});
