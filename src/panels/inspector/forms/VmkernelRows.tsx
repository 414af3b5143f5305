import { addVmkernel } from '../../../model/commands/adapters';
import { deleteElements } from '../../../model/commands/deleteElements';
import type { Design, Host } from '../../../model/types';
import { labelOf } from '../options';
import { useRun } from '../useEdit';
import { AddButton, RowActions } from './RowActions';
import { VmkernelFields } from './VmkernelFields';

export function VmkernelRows({ host, doc }: { host: Host; doc: Design }) {
  const run = useRun();
  return (
    <fieldset className="section">
      <legend>VMkernel adapters</legend>
      {(host.vmkernels ?? []).map((vmk, i) => {
        const prefix = `inspector.host.vmkernels.${i}`;
        return (
          <fieldset key={vmk.id} className="subsection">
            <legend>{labelOf(vmk)}</legend>
            <VmkernelFields vmk={vmk} doc={doc} prefix={prefix} />
            <RowActions
              testId={prefix}
              what={labelOf(vmk)}
              onRemove={() => run(deleteElements, { ids: [vmk.id] })}
              text
            />
          </fieldset>
        );
      })}
      <AddButton
        testId="inspector.host.vmkernels.add"
        label="Add VMkernel adapter"
        onAdd={() => run(addVmkernel, { host: host.id })}
      />
    </fieldset>
  );
}
