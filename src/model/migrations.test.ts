// The migration list and the framework that runs it (MODEL.md 1, Versions;
// ARCHITECTURE.md rule 6): ordered, contiguous, named, pure, tested on a frozen
// v1 fixture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, type Migration } from './migrations';
import { CURRENT_VERSION } from './schema';
import { parseDesignText, validateDesign } from './validate';

const FROZEN_V1 = readFileSync(new URL('./fixtures/v1-frozen.json', import.meta.url), 'utf8');

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

const frozenV1 = (): Record<string, unknown> => deepFreeze(JSON.parse(FROZEN_V1) as Record<string, unknown>);

/** The frozen fixture upgraded to `version` by the real list. */
function fixtureAt(version: number): Record<string, unknown> {
  const result = migrate(JSON.parse(FROZEN_V1), MIGRATIONS, version);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.doc;
}

describe('the migration list', () => {
  it('is ordered and contiguous, from version 1 to the current version', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1),
    );
    for (const m of MIGRATIONS) expect(m.to).toBe(m.from + 1);
  });

  it('names every migration, each differently', () => {
    for (const m of MIGRATIONS) expect(m.name.trim()).not.toBe('');
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('never mutates its input', () => {
    for (const m of MIGRATIONS) {
      const input = deepFreeze(fixtureAt(m.from));
      const before = JSON.stringify(input);
      expect(() => m.up(input), m.name).not.toThrow();
      expect(JSON.stringify(input)).toBe(before);
    }
  });

  it('loads the frozen v1 fixture, which validates at the current version', () => {
    const result = parseDesignText(FROZEN_V1);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.doc.version).toBe(CURRENT_VERSION);
  });

  it('refuses a version above the current one, naming both', () => {
    const result = validateDesign({ format: 'vnet-design', version: CURRENT_VERSION + 1 });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: '/version',
          message: expect.stringMatching(
            new RegExp(`version ${CURRENT_VERSION + 1}\\b.*versions up to ${CURRENT_VERSION}\\b`),
          ),
        },
      ],
    });
  });

  it.each([0, -1, 1.5, '1', null])('refuses the version %j', (version) => {
    expect(validateDesign({ format: 'vnet-design', version })).toEqual({
      ok: false,
      errors: [
        { path: '/version', message: expect.stringContaining('"version" must be a whole number from 1') },
      ],
    });
  });

  it('refuses a file that is not a design before looking at its version', () => {
    expect(validateDesign({ format: 'drawio', version: 1 })).toEqual({
      ok: false,
      errors: [
        { path: '/format', message: expect.stringContaining('"drawio" is not a vNet Designer file format') },
      ],
    });
    expect(validateDesign([])).toEqual({
      ok: false,
      errors: [{ path: '', message: 'a design must be a JSON object' }],
    });
  });
});

describe('the migration framework', () => {
  // A made-up v2 that renames hosts[].kind "esxi" to "hypervisor", to prove the upgrade path.
  const renameKind: Migration = {
    name: 'rename host kind esxi to hypervisor',
    from: 1,
    to: 2,
    up: (doc) => ({
      ...doc,
      hosts: (doc.hosts as Record<string, unknown>[] | undefined)?.map((h) =>
        h.kind === 'esxi' ? { ...h, kind: 'hypervisor' } : h,
      ),
    }),
  };

  it('upgrades a v1 document to the current version in order, without touching the input', () => {
    const input = frozenV1();
    const result = migrate(input, [renameKind], 2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toEqual(['rename host kind esxi to hypervisor']);
    expect(result.doc.version).toBe(2);
    expect((result.doc.hosts as { id: string; kind?: string }[]).find((h) => h.id === 'esx2')?.kind).toBe(
      'hypervisor',
    );
    expect(JSON.parse(FROZEN_V1)).toEqual(input);
  });

  it('stamps the version of each step, so a step need not', () => {
    const result = migrate(frozenV1(), [renameKind], 2);
    expect(result.ok && result.doc.version).toBe(2);
  });

  it('runs several steps in the order of their versions, whatever the order of the list', () => {
    const seen: string[] = [];
    const step = (from: number): Migration => ({
      name: `step ${from}`,
      from,
      to: from + 1,
      up: (doc) => {
        seen.push(`${from}:${String(doc.version)}`);
        return { ...doc };
      },
    });
    const result = migrate({ format: 'vnet-design', version: 1 }, [step(2), step(1), step(3)], 4);
    expect(result).toEqual({
      ok: true,
      doc: { format: 'vnet-design', version: 4 },
      applied: ['step 1', 'step 2', 'step 3'],
    });
    expect(seen).toEqual(['1:1', '2:2', '3:3']);
  });

  it('reports a gap in the list', () => {
    const result = migrate({ format: 'vnet-design', version: 1 }, [renameKind], 3);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/version', message: expect.stringContaining('no migration from version 2 to 3') }],
    });
  });

  it('would catch a migration that mutates its input: the frozen fixture throws', () => {
    const mutating: Migration = {
      name: 'mutates',
      from: 1,
      to: 2,
      up: (doc) => Object.assign(doc, { name: 'changed' }),
    };
    expect(() => migrate(frozenV1(), [mutating], 2)).toThrow(TypeError);
  });

  it('refuses a version above the given current one, naming both', () => {
    expect(migrate({ format: 'vnet-design', version: 3 }, [renameKind], 2)).toEqual({
      ok: false,
      errors: [
        {
          path: '/version',
          message: expect.stringContaining('version 3, but this app reads versions up to 2'),
        },
      ],
    });
  });
});
