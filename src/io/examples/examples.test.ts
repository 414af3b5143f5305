// Every design the Examples menu offers is valid, listed exactly once and
// opens as the file's own content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firewallDefault, ruleCategory } from '../../model/defaults';
import { formatError, parseDesignText } from '../../model/validate';
import type { Design } from '../../model/types';
import { createAppStore } from '../../store/createAppStore';
import { emptyDesign } from '../../model/emptyDesign';
import { exampleIndexSchema } from './exampleIndex';
import { fetchExampleIndex, openExample } from './loadExample';
import type { Fetch } from './loadExample';

const folder = join(import.meta.dirname, '../../../public/examples');
const read = (file: string) => readFileSync(join(folder, file), 'utf8');
const index = exampleIndexSchema.parse(JSON.parse(read('index.json')));

function validDesign(file: string): Design {
  const result = parseDesignText(read(file));
  if (!result.ok) throw new Error(`${file}: ${result.errors.map(formatError).join('; ')}`);
  return result.doc;
}

/** Serves public/ as the dev server would. */
const servePublic: Fetch = async (url) => {
  const file = url.replace(/^\/examples\//, '');
  try {
    const text = read(file);
    return { ok: true, status: 200, text: async () => text };
  } catch {
    return { ok: false, status: 404, text: async () => '' };
  }
};

describe('public/examples', () => {
  it('lists every design file exactly once, and nothing else', () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(index.map((e) => e.file).sort()).toEqual(files.sort());
    expect(new Set(index.map((e) => e.title)).size).toBe(index.length);
    expect(index.length).toBeGreaterThanOrEqual(4);
  });

  it.each(index.map((e) => [e.file]))('%s is a valid design with flows', (file) => {
    const result = parseDesignText(read(file));
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
    expect(result.ok && (result.doc.flows ?? []).length).toBeGreaterThan(0);
  });

  it('covers the four designs the product promises', () => {
    const docs = index.map((e) => validDesign(e.file));
    const some = (test: (doc: Design) => boolean) => docs.some(test);
    const switchTypes = (doc: Design) => new Set((doc.switches ?? []).map((s) => s.type));
    // A Workstation NAT lab: NAT and host-only networks, a port forward.
    expect(
      some(
        (d) =>
          switchTypes(d).has('hostonly') &&
          (d.switches ?? []).some((s) => s.type === 'nat' && (s.portForwards ?? []).length > 0),
      ),
    ).toBe(true);
    // A cluster of two or more hosts on a distributed switch.
    expect(some((d) => (d.hosts ?? []).length >= 2 && switchTypes(d).has('distributed'))).toBe(true);
    // Three tiers: a router, tagged rules in more than one category, default drop.
    expect(
      some(
        (d) =>
          (d.routers ?? []).length > 0 &&
          firewallDefault(d) === 'drop' &&
          new Set((d.firewall?.rules ?? []).map(ruleCategory)).size > 1 &&
          (d.flows ?? []).some((f) => f.expect === 'deny'),
      ),
    ).toBe(true);
    // Jumbo frames: 9000-byte adapters, 9216 ports and one port left at 1500.
    expect(
      some(
        (d) =>
          (d.hosts ?? []).some((h) => (h.vmkernels ?? []).some((k) => k.mtu === 9000)) &&
          (d.physicalSwitches ?? []).some(
            (p) => p.mtu === 9216 && (p.ports ?? []).some((port) => port.mtu === 1500),
          ),
      ),
    ).toBe(true);
  });
});

describe('the Examples menu', () => {
  it('reads the index', async () => {
    expect(await fetchExampleIndex(servePublic)).toEqual(index);
  });

  it('opens an example as its file content, as one undoable step', async () => {
    const store = createAppStore(emptyDesign('mine'));
    const entry = index[0]!;
    expect(await openExample(store, entry, servePublic)).toBe(true);
    expect(store.getState().doc).toEqual(JSON.parse(read(entry.file)));
    store.getState().undo();
    expect(store.getState().doc.name).toBe('mine');
  });

  it('tells the user when an example cannot be fetched, and changes nothing', async () => {
    const store = createAppStore(emptyDesign('mine'));
    const missing = { file: 'gone.json', title: 'Gone', description: 'x' };
    expect(await openExample(store, missing, servePublic)).toBe(false);
    expect(store.getState().doc.name).toBe('mine');
    expect(store.getState().notices[0]?.text).toMatch(/"Gone" could not be loaded: .*HTTP 404/);
  });
});
