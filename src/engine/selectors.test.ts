// The names a VM adapter answers to (selectors.ts namesOf): its own id, its
// VM, port group, switch and host, and its VM's tags; an id that names two
// kinds of element (possible only while a document is invalid) names the
// first kind in resolution order and no other.
import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { ContextBuilder } from './contextBuilder';
import { parseIpv4 } from '../model/ipv4';
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

describe('swap', () => {
  const base = () =>
    design()
      .host('esx1')
      .host('esx2')
      .standard('vss1', 'esx1')
      .standard('vss2', 'esx2')
      .portGroup('pg1', 'vss1', 10)
      .portGroup('pg2', 'vss2', 10)
      .vm('a', 'esx1', [{ network: 'pg1', ip: '10.0.0.1/24' }], { tags: ['web'] })
      .vm('b', 'esx1', [{ network: 'pg1', ip: '10.0.0.2/24' }], { tags: ['web', 'db'] })
      .vm('c', 'esx1', [{ network: 'pg1', ip: '10.0.0.3/24' }], { tags: ['db'] })
      .build();

  const named = (ctx: ReturnType<typeof buildContext>, text: string) =>
    ctx.selectors
      .members({ text, name: nameId(text) })
      .map((m) => m.id)
      .sort();

  type Vms = NonNullable<ReturnType<typeof base>['vms']>;
  const edits: ((vms: Vms) => void)[] = [
    (vms) => (vms[1] = { ...vms[1]!, tags: ['db'] }),
    (vms) => (vms[0] = { ...vms[0]!, tags: ['web', 'db'] }),
    (vms) => (vms[2] = { ...vms[2]!, tags: [] }),
    (vms) => (vms[1] = { ...vms[1]!, nics: [{ ...vms[1]!.nics![0]!, ip: '10.0.0.9/24' }], tags: ['web'] }),
    (vms) => (vms[0] = { ...vms[0]!, nics: [{ ...vms[0]!.nics![0]!, ip: '10.0.0.2/24' }] }),
  ];
  const TEXTS = ['tag:web', 'tag:db', 'esx1', 'pg1', 'vss1', 'a', 'b', 'c', 'b-n0'];

  /** Each version after an edit, patched by one builder (the index swapped in place) and built fresh. */
  function* versions(before: (ctx: ReturnType<typeof buildContext>) => void = () => {}) {
    const builder = new ContextBuilder();
    let doc = base();
    before(builder.build(doc).ctx);
    for (const edit of edits) {
      const vms = [...doc.vms!];
      edit(vms);
      doc = { ...doc, vms };
      const patched = builder.build(doc).ctx;
      yield { patched, fresh: buildContext(doc) };
      before(patched);
    }
  }

  it('leaves every name holding the adapters a fresh index gives, after VMs are edited in place', () => {
    for (const { patched, fresh } of versions()) {
      for (const text of TEXTS) {
        expect(named(patched, text), text).toEqual(named(fresh, text));
        // The adapters themselves, not the ones they replaced.
        for (const m of patched.selectors.members({ text, name: nameId(text) }))
          expect(patched.net.memberById.get(m.id), text).toBe(m);
      }
    }
  });

  it('answers by position and by address as a fresh index does, though it answered before each edit', () => {
    const addresses = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.9'].map((a) => parseIpv4(a)!);
    const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b);
    // Ids, not positions, where positions may differ between a patched and a fresh index.
    const answers = ({ selectors }: ReturnType<typeof buildContext>) => ({
      named: TEXTS.map((text) =>
        selectors
          .positions({ text, name: nameId(text) })
          .map((p) => selectors.adapters[p]!.id)
          .sort(),
      ),
      adapters: selectors.adapters
        .map((m, p) => ({
          id: m.id,
          names: sorted(selectors.namesAtPosition(p)),
          address: selectors.addressAtPosition(p),
        }))
        .sort((x, y) => x.id.localeCompare(y.id)),
      addresses: addresses.map((a) => sorted(selectors.namesAt(a))),
    });
    // Which adapter comes first may differ from a fresh index (a swap appends): it must follow the index's own order.
    const firsts = ({ selectors }: ReturnType<typeof buildContext>) =>
      TEXTS.map((text) => {
        const first = selectors.firstNamed({ text, name: nameId(text) });
        return first && { id: selectors.adapters[first.position]!.id, address: first.address };
      });
    const firstsByMembers = ({ selectors }: ReturnType<typeof buildContext>) =>
      TEXTS.map((text) => {
        const members = selectors.members({ text, name: nameId(text) });
        const owner = members.find((m) => selectors.addressOf(m) !== null);
        return members[0] ? { id: members[0].id, address: owner ? selectors.addressOf(owner) : null } : null;
      });
    let compared = 0;
    for (const { patched, fresh } of versions((ctx) => [answers(ctx), firsts(ctx)])) {
      expect(answers(patched)).toEqual(answers(fresh));
      expect(firsts(patched)).toEqual(firstsByMembers(patched));
      compared++;
    }
    expect(compared).toBe(edits.length);
  });
});
