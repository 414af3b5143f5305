import type { Design, Host, VmKernel } from '../../../model/types';
import { IdNameFields, NotesField } from './CommonFields';
import { OwnerLink } from './OwnerLink';
import { VmkernelFields } from './VmkernelFields';

export function VmkernelForm({ vmk, host, doc }: { vmk: VmKernel; host: Host; doc: Design }) {
  return (
    <>
      <OwnerLink what="VMkernel adapter" owner={host} testId="inspector.vmkernel.owner" />
      <IdNameFields kind="vmkernel" el={vmk} />
      <VmkernelFields vmk={vmk} doc={doc} prefix="inspector.vmkernel" showName={false} />
      <NotesField kind="vmkernel" el={vmk} />
    </>
  );
}
