import { describe, expect, it } from 'vitest';
import { richDesign } from '../../model/commands/fixtures/richDesign';
import { setVmPower } from '../../model/commands/whatIf';
import { listElements } from '../../model/elementIndex';
import type { Design } from '../../model/types';
import { selectorIds } from './selectorIds';

const fresh = (doc: Design) =>
  new Set(
    listElements(doc)
      .filter((e) => ['vm', 'vmNic', 'portGroup', 'switch', 'host'].includes(e.kind))
      .map((e) => e.id),
  );

describe('selectorIds', () => {
  it('names the VMs, adapters, port groups, switches and hosts, and nothing else', () => {
    const doc = richDesign();
    const ids = selectorIds(doc);
    expect(ids).toEqual(fresh(doc));
    expect(ids.has('esx1')).toBe(true);
    expect(ids.has('esx1-vmk0')).toBe(false);
  });

  it('gives the same set after an edit that keeps every id, and a new one when an id changes', () => {
    const doc = richDesign();
    const before = selectorIds(doc);
    const powered = setVmPower.run(doc, { vm: 'web-01', on: false });
    if (!powered.ok) throw new Error(powered.reason);
    expect(selectorIds(powered.doc)).toBe(before);
    const [first, ...rest] = powered.doc.vms!;
    const renamed: Design = { ...powered.doc, vms: [{ ...first!, id: 'web-99' }, ...rest] };
    expect(selectorIds(renamed)).toEqual(fresh(renamed));
    expect(selectorIds(renamed).has('web-99')).toBe(true);
    const [vm, ...others] = renamed.vms!;
    const nicRenamed: Design = {
      ...renamed,
      vms: [{ ...vm!, nics: [{ ...vm!.nics![0]!, id: 'web-99-n9' }] }, ...others],
    };
    expect(selectorIds(nicRenamed).has('web-99-n9')).toBe(true);
    expect(selectorIds(nicRenamed)).toEqual(fresh(nicRenamed));
  });
});
