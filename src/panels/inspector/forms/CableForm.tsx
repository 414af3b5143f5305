// A cable joins two ports (MODEL.md cables[]): a host NIC and a switch port, or
// two switch ports. Each end offers the ports that have no other cable.
import type { Cable, Design } from '../../../model/types';
import { SelectField } from '../fields/SelectField';
import { portRefOptions } from '../options';
import { useUpdate } from '../useEdit';
import { IdNameFields, NotesField } from './CommonFields';

export function CableForm({ cable, doc }: { cable: Cable; doc: Design }) {
  const update = useUpdate(cable.id);
  const taken = new Set((doc.cables ?? []).filter((c) => c.id !== cable.id).flatMap((c) => [c.a, c.b]));
  const free = (current: string) =>
    portRefOptions(doc).filter((o) => o.value === current || !taken.has(o.value));
  return (
    <>
      <IdNameFields kind="cable" el={cable} />
      <SelectField
        label="End A"
        testId="inspector.cable.a"
        value={cable.a}
        options={free(cable.a)}
        onCommit={(a) => update({ a })}
      />
      <SelectField
        label="End B"
        testId="inspector.cable.b"
        value={cable.b}
        options={free(cable.b)}
        onCommit={(b) => update({ b })}
      />
      <NotesField kind="cable" el={cable} />
    </>
  );
}
