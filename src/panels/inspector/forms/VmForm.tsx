import { addVmAdapter } from '../../../model/commands/adapters';
import { deleteElements } from '../../../model/commands/deleteElements';
import { vmPowered } from '../../../model/defaults';
import type { Design, Vm } from '../../../model/types';
import { CheckboxField } from '../fields/CheckboxField';
import { formatList } from '../fields/parsers';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { hostOptions, labelOf } from '../options';
import { useRun, useUpdate } from '../useEdit';
import { TestFromHereButton } from '../../testFromHere/TestFromHereButton';
import { IdNameFields, NotesField } from './CommonFields';
import { AddButton, RowActions } from './RowActions';
import { VmNicFields } from './VmNicFields';
import { parseTagList } from '../fields/fieldParsers';

const parseTags = parseTagList;

export function VmForm({ vm, doc }: { vm: Vm; doc: Design }) {
  const update = useUpdate(vm.id);
  const run = useRun();
  return (
    <>
      <TestFromHereButton vm={vm.id} />
      <IdNameFields kind="vm" el={vm} />
      <SelectField
        label="Host"
        testId="inspector.vm.host"
        value={vm.host}
        options={hostOptions(doc)}
        onCommit={(host) => update({ host })}
      />
      <CheckboxField
        label="Powered on"
        testId="inspector.vm.power"
        checked={vmPowered(vm)}
        onCommit={(on) => update({ power: on ? undefined : 'off' })}
      />
      <TextField
        label="Tags"
        testId="inspector.vm.tags"
        value={formatList(vm.tags)}
        parse={parseTags}
        placeholder="web, prod"
        hint="Comma-separated; firewall rules select them as tag:NAME"
        onCommit={(tags) => update({ tags: tags.length > 0 ? tags : undefined })}
      />
      <fieldset className="section">
        <legend>Network adapters</legend>
        {(vm.nics ?? []).map((nic, i) => {
          const prefix = `inspector.vm.nics.${i}`;
          return (
            <fieldset key={nic.id} className="subsection">
              <legend>{labelOf(nic)}</legend>
              <VmNicFields nic={nic} doc={doc} prefix={prefix} />
              <RowActions
                testId={prefix}
                what={labelOf(nic)}
                onRemove={() => run(deleteElements, { ids: [nic.id] })}
                text
              />
            </fieldset>
          );
        })}
        <AddButton
          testId="inspector.vm.nics.add"
          label="Add network adapter"
          onAdd={() => run(addVmAdapter, { vm: vm.id })}
        />
      </fieldset>
      <NotesField kind="vm" el={vm} />
    </>
  );
}
