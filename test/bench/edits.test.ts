// The benchmark's edits: valid documents, made as the editor makes them
// (untouched subtrees shared), and described exactly by their patches.
import { describe, expect, it } from 'vitest';
import { DesignEditor, type EditKind } from '../../bench/edits';
import { generateDesign } from '../../bench/generate';
import { Rng } from '../../bench/prng';
import { formatError, validateDesign } from '../../src/model/validate';
import { applyPatch } from '../../src/worker/docPatch';

const base = generateDesign('S', 1);
const KINDS: EditKind[] = ['adapter-ip', 'adapter-vlan', 'rule-at-top', 'vds-mtu'];

describe.each(KINDS)('%s', (kind) => {
  const editor = new DesignEditor(base, new Rng(11));
  const before = editor.current;
  const edit = editor.next(kind);

  it('changes the document into a valid one', () => {
    expect(edit.doc).not.toEqual(before);
    const result = validateDesign(edit.doc);
    expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
  });

  it('is described exactly by its patch', () => {
    expect(applyPatch(structuredClone(before), edit.ops)).toEqual(edit.doc);
  });

  it('shares what it did not touch', () => {
    const touched = new Set(edit.ops.map((op) => op.path[0]));
    for (const key of ['hosts', 'switches', 'vms', 'firewall', 'flows', 'routers'] as const)
      if (!touched.has(key)) expect(edit.doc[key]).toBe(before[key]);
  });

  it('leaves the previous document as it was', () => {
    expect(JSON.stringify(before)).toBe(JSON.stringify(base));
  });
});

describe('a series of edits', () => {
  it('builds each edit on the last, and stays valid', () => {
    const editor = new DesignEditor(base, new Rng(5));
    let previous = editor.current;
    for (let i = 0; i < 24; i++) {
      const edit = editor.next(KINDS[i % KINDS.length]!);
      expect(applyPatch(structuredClone(previous), edit.ops)).toEqual(edit.doc);
      previous = edit.doc;
    }
    expect(validateDesign(previous).ok).toBe(true);
    expect(previous.firewall?.rules?.slice(0, 6).map((r) => r.id)).toEqual([
      'bench-top-6',
      'bench-top-5',
      'bench-top-4',
      'bench-top-3',
      'bench-top-2',
      'bench-top-1',
    ]);
  });

  it('never hands out an address twice', () => {
    const duplicated = (doc: typeof base) => {
      const addresses = (doc.vms ?? []).flatMap((vm) => (vm.nics ?? []).map((n) => n.ip));
      return new Set(addresses.filter((a, i) => addresses.indexOf(a) !== i));
    };
    const editor = new DesignEditor(base, new Rng(9));
    for (let i = 0; i < 40; i++) editor.next(i % 2 ? 'adapter-ip' : 'adapter-vlan');
    // The generator's one deliberate duplicate at most: an edit may have moved one of its two VMs.
    expect(duplicated(base).size).toBe(1);
    for (const address of duplicated(editor.current)) expect(duplicated(base).has(address)).toBe(true);
  });
});
