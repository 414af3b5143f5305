// The names a VM adapter answers to (selectors.ts namesOf): its own id, its
// VM, port group, switch and host, and its VM's tags; an id that names two
// kinds of element (possible only while a document is invalid) names the
// first kind in resolution order and no other.
import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { nameId } from './selectors';
import { design } from './test/builder';

function namesOfAdapter(doc: ReturnType<ReturnType<typeof design>['build']>, adapterId: string): number[] {
  const ctx = buildContext(doc);
  const m = ctx.net.memberById.get(adapterId)!;
  return [...ctx.selectors.namesOf(m)].sort((a, b) => a - b);
}

const ids = (...texts: string[]) => texts.map(nameId).sort((a, b) => a - b);

describe('namesOf', () => {
  it('names an adapter by its id, VM, port group, switch, host and tags when ids are unique', () => {
    const doc = design()
      .host('esx1')
      .standard('vss0', 'esx1')
      .portGroup('pg', 'vss0', 10)
      .vm('web', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }], { tags: ['web', 'prod'] })
      .build();
    expect(namesOfAdapter(doc, 'web-n0')).toEqual(
      ids('web-n0', 'web', 'pg', 'vss0', 'esx1', 'tag:web', 'tag:prod'),
    );
  });

  it('leaves out a host whose id a VM also has: the id selector resolves to the VM', () => {
    const doc = design()
      .host('esx1')
      .standard('vss0', 'esx1')
      .portGroup('pg', 'vss0', 10)
      .vm('esx1', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
      .vm('web', 'esx1', [{ network: 'pg', ip: '10.0.0.2/24' }])
      .build();
    expect(namesOfAdapter(doc, 'web-n0')).toEqual(ids('web-n0', 'web', 'pg', 'vss0'));
    expect(namesOfAdapter(doc, 'esx1-n0')).toEqual(ids('esx1-n0', 'esx1', 'pg', 'vss0'));
  });
});
