import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../../bench/generate';
import { indexDesign, listElements } from '../elementIndex';
import type { Design } from '../types';
import { findElement } from './findElement';
import { richDesign } from './fixtures/richDesign';

/** Every id of the document (and one it lacks) finds what the full index holds for it. */
function expectAgreement(doc: Design) {
  const index = indexDesign(doc);
  for (const { id } of listElements(doc)) expect(findElement(doc, id)).toEqual(index.get(id));
  expect(findElement(doc, 'no-such-id')).toBeUndefined();
}

describe('findElement', () => {
  it('finds every element of a design with one of everything, as indexDesign does', () => {
    expectAgreement(richDesign());
  });

  it('agrees with indexDesign on a generated design', () => {
    expectAgreement(generateDesign('S', 3));
  });

  it('finds the same occurrence as indexDesign when ids repeat across kinds (an invalid document)', () => {
    const doc = richDesign();
    const [vm, other] = doc.vms!;
    const rule = doc.firewall!.rules![0]!;
    const flow = doc.flows![0]!;
    // A VM named like a port group, an adapter like a later VM, a rule like a flow, a flow like a cable.
    const dup: Design = {
      ...doc,
      vms: [
        { ...vm!, id: doc.portGroups![0]!.id },
        { ...other!, nics: [{ ...other!.nics![0]!, id: vm!.id }] },
      ],
      firewall: { ...doc.firewall, rules: [{ ...rule, id: flow.id }] },
      flows: [{ ...flow, id: doc.cables![0]!.id }],
    };
    expectAgreement(dup);
  });
});
