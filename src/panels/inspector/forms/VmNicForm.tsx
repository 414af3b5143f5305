import type { Design, Vm, VmNic } from '../../../model/types';
import { IdNameFields, NotesField } from './CommonFields';
import { OwnerLink } from './OwnerLink';
import { VmNicFields } from './VmNicFields';

export function VmNicForm({ nic, vm, doc }: { nic: VmNic; vm: Vm; doc: Design }) {
  return (
    <>
      <OwnerLink what="Network adapter" owner={vm} testId="inspector.vmNic.owner" />
      <IdNameFields kind="vmNic" el={nic} />
      <VmNicFields nic={nic} doc={doc} prefix="inspector.vmNic" showName={false} />
      <NotesField kind="vmNic" el={nic} />
    </>
  );
}
