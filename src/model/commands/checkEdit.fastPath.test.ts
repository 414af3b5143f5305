// At 5,000 VMs a whole validation takes about a second. An inspector edit of
// such a design must not pay it: an edit of an inert field validates the
// edited element alone, any other valid edit adds the semantic checks, and
// only an edit that breaks something validates the whole document (to name
// the error exactly as a load would).
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDesign } from '../../../bench/generate';
import type { Design } from '../types';
import type * as ValidateModule from '../validate';
import type * as SemanticModule from '../semantic/index';
import { validateDesign } from '../validate';
import { semanticErrors } from '../semantic/index';
import { updateElement } from './updateElement';

vi.mock('../validate', async (importOriginal) => {
  const original = await importOriginal<typeof ValidateModule>();
  return { ...original, validateDesign: vi.fn(original.validateDesign) };
});
vi.mock('../semantic/index', async (importOriginal) => {
  const original = await importOriginal<typeof SemanticModule>();
  return { ...original, semanticErrors: vi.fn(original.semanticErrors) };
});

let doc: Design;
beforeAll(() => {
  doc = generateDesign('L', 1);
  expect(validateDesign(doc).ok).toBe(true);
}, 120_000);
beforeEach(() => vi.clearAllMocks());

const vm = () => doc.vms![1234]!;

describe('checkEdit on a 5,000-VM design', () => {
  it('accepts a rename or a power change without validating the document', () => {
    for (const changes of [{ name: 'billing-db-01' }, { power: 'off' }, { notes: 'to be retired' }]) {
      const result = updateElement.run(doc, { id: vm().id, changes });
      expect(result.ok).toBe(true);
    }
    expect(validateDesign).not.toHaveBeenCalled();
    expect(semanticErrors).not.toHaveBeenCalled();
  });

  it('runs only the semantic checks for an edit that could break a rule between elements', () => {
    const nic = vm().nics![0]!;
    const result = updateElement.run(doc, { id: nic.id, changes: { ip: '10.254.254.7/24' } });
    expect(result.ok).toBe(true);
    expect(validateDesign).not.toHaveBeenCalled();
    expect(semanticErrors).toHaveBeenCalledTimes(1);
  });

  it('keeps the shortcut for the next edit of the edited document', () => {
    const first = updateElement.run(doc, { id: vm().nics![0]!.id, changes: { ip: '10.254.254.8/24' } });
    if (!first.ok) throw new Error(first.reason);
    const second = updateElement.run(first.doc, {
      id: vm().nics![0]!.id,
      changes: { ip: '10.254.254.9/24' },
    });
    expect(second.ok).toBe(true);
    expect(validateDesign).not.toHaveBeenCalled();
  });

  it('refuses a breaking edit with the error a full validation names', { timeout: 60_000 }, () => {
    const nic = vm().nics![0]!;
    expect(updateElement.run(doc, { id: nic.id, changes: { ip: '10.0.0.300/24' } })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('10.0.0.300'),
    });
    expect(updateElement.run(doc, { id: nic.id, changes: { network: 'nowhere' } })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('nowhere'),
    });
    expect(validateDesign).toHaveBeenCalled();
  });
});
