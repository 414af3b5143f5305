// checkEdit's shortcut must never change a verdict: every edit below is judged
// both by checkEdit and by validating the whole edited document, and the two agree.
import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../bench/generate';
import { listElements } from '../elementIndex';
import { baseDesign } from '../fixtures/testDesign';
import type { Design } from '../types';
import { validateDesign } from '../validate';
import { checkEdit, judgeErrors, validWhereEdited } from './checkEdit';
import { replaceAt } from './documentPaths';
import { richDesign } from './fixtures/richDesign';

/** The verdict of validating the whole edited document, as checkEdit gave it before its shortcut. */
function fullVerdict(before: Design, after: Design): boolean {
  const result = validateDesign(after);
  return result.ok || judgeErrors(before, after, result.errors).ok;
}

/** Values to try for a key: a good one and bad ones, some of them breaking a rule across elements. */
function valuesFor(key: string, doc: Design): unknown[] {
  const ids = listElements(doc).map((e) => e.id);
  const [first, second] = [ids[0], ids[1]];
  switch (key) {
    case 'name':
      return ['renamed', '', 'x'.repeat(81), 7];
    case 'notes':
      return ['a note', 3];
    case 'power':
      return ['off', 'on', 'sleeping'];
    case 'mtu':
      return [9000, 1500, 10, '9000'];
    case 'connected':
    case 'up':
    case 'disabled':
    case 'df':
      return [false, true, 'no'];
    case 'ip':
      return ['10.99.0.7/24', '10.99.0.300/24', 'fe80::1'];
    case 'id':
      return ['brand-new-id', first, second, 'has space'];
    case 'tags':
      return [['web'], ['bad tag!'], 'web'];
    case 'services':
      return [['vmotion'], ['teleport']];
    case 'action':
      return ['drop', 'explode'];
    case 'size':
      return [9000, -1];
    case 'expect':
      return ['deny', 'maybe'];
    default:
      return [first, 'nowhere', undefined, 42];
  }
}

/** Every single-field edit of the elements of `doc` (a sample of each kind on big designs). */
function* edits(doc: Design, perKind = Infinity): Generator<{ label: string; after: Design }> {
  const seen = new Map<string, number>();
  for (const entry of listElements(doc)) {
    const n = seen.get(entry.kind) ?? 0;
    if (n >= perKind) continue;
    seen.set(entry.kind, n + 1);
    const el = entry.el as unknown as Record<string, unknown>;
    const keys = new Set([...Object.keys(el), 'name', 'notes', 'mtu', 'power', 'connected', 'ip']);
    for (const key of keys)
      for (const value of valuesFor(key, doc)) {
        const { [key]: _old, ...rest } = el;
        const edited = value === undefined ? rest : { ...rest, [key]: value };
        yield {
          label: `${entry.path}/${key} = ${JSON.stringify(value)}`,
          after: replaceAt(doc, entry.path, edited),
        };
      }
  }
}

function verdicts(doc: Design, perKind?: number) {
  const rows: { label: string; quick: boolean; full: boolean }[] = [];
  for (const { label, after } of edits(doc, perKind))
    rows.push({ label, quick: checkEdit(doc, after).ok, full: fullVerdict(doc, after) });
  return rows;
}

describe('checkEdit', () => {
  it.each([
    ['a design with one of everything', richDesign()],
    ['the validation fixture', baseDesign()],
  ])(
    'gives the verdict of a full validation for every single-field edit of %s',
    { timeout: 120_000 },
    (_name, doc) => {
      expect(validateDesign(doc).ok).toBe(true);
      const rows = verdicts(doc);
      expect(rows.length).toBeGreaterThan(500);
      expect(rows.filter((r) => r.quick !== r.full)).toEqual([]);
      // Both verdicts occur: the edits test the gate, not just its open door.
      expect(new Set(rows.map((r) => r.quick))).toEqual(new Set([true, false]));
    },
  );

  it('gives the same verdicts on a design that was invalid to begin with', { timeout: 120_000 }, () => {
    const doc = richDesign();
    const invalid: Design = { ...doc, vms: [...(doc.vms ?? []), { id: 'stray', host: 'nowhere' }] };
    expect(validateDesign(invalid).ok).toBe(false);
    const rows = verdicts(invalid);
    expect(rows.filter((r) => r.quick !== r.full)).toEqual([]);
  });

  it('gives the verdict of a full validation on a generated data centre', { timeout: 120_000 }, () => {
    const doc = generateDesign({ hosts: 4, vms: 40, rules: 40, flows: 20 }, 1);
    expect(validateDesign(doc).ok).toBe(true);
    const rows = verdicts(doc, 1);
    expect(rows.filter((r) => r.quick !== r.full)).toEqual([]);
  });
});

describe('validWhereEdited (the shortcut)', () => {
  const doc = richDesign();
  const vm = listElements(doc).find((e) => e.kind === 'vm')!;
  const edit = (changes: Record<string, unknown>): Design =>
    replaceAt(doc, vm.path, { ...(vm.el as unknown as Record<string, unknown>), ...changes });

  it('proves an edit of inert fields without knowing whether the document was valid', () => {
    const unknown = structuredClone(doc);
    expect(validWhereEdited(unknown, { ...unknown, name: 'renamed' })).toBe(true);
    const vmEntry = listElements(unknown).find((e) => e.kind === 'vm')!;
    const powered = replaceAt(unknown, vmEntry.path, { ...vmEntry.el, power: 'off', name: 'x' });
    expect(validWhereEdited(unknown, powered)).toBe(true);
  });

  it('runs the semantic checks for other fields, only on a document known to be valid', () => {
    validateDesign(doc);
    const otherHost = (doc.hosts ?? []).find((h) => h.id !== vm.el.host && h.kind !== 'workstation')!;
    expect(validWhereEdited(doc, edit({ host: otherHost.id }))).toBe(true);
    expect(validWhereEdited(doc, edit({ host: 'nowhere' }))).toBe(false);
    expect(validWhereEdited(structuredClone(doc), edit({ host: otherHost.id }))).toBe(false);
  });

  it('leaves shape errors, added or removed elements and layout edits to the full validation', () => {
    validateDesign(doc);
    expect(validWhereEdited(doc, edit({ name: '' }))).toBe(false);
    expect(validWhereEdited(doc, edit({ power: 'sleeping' }))).toBe(false);
    expect(validWhereEdited(doc, { ...doc, vms: (doc.vms ?? []).slice(1) })).toBe(false);
    expect(validWhereEdited(doc, { ...doc, layout: {} })).toBe(false);
  });
});
