import { hostKind } from '../../../model/defaults';
import type { Design, Host } from '../../../model/types';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useUpdate } from '../useEdit';
import { IdNameFields, NotesField } from './CommonFields';
import { HostNicRows } from './HostNicRows';
import { VmkernelRows } from './VmkernelRows';
import { parseOptionalHostAddress } from '../fields/fieldParsers';

const KINDS = [
  { value: 'esxi', label: 'ESXi host' },
  { value: 'workstation', label: 'Workstation / Fusion host' },
];

export function HostForm({ host, doc }: { host: Host; doc: Design }) {
  const update = useUpdate(host.id);
  const kind = hostKind(host);
  return (
    <>
      <IdNameFields kind="host" el={host} />
      <SelectField
        label="Kind"
        testId="inspector.host.kind"
        value={kind}
        options={KINDS}
        onCommit={(k) => update({ kind: k === 'esxi' ? undefined : k })}
      />
      {(kind === 'workstation' || host.ip !== undefined) && (
        <TextField
          label="LAN address"
          testId="inspector.host.ip"
          value={host.ip ?? ''}
          parse={parseOptionalHostAddress}
          placeholder="192.168.1.50/24"
          hint="The laptop's own address; the prefix defaults to /24"
          onCommit={(ip) => update({ ip })}
        />
      )}
      <HostNicRows host={host} />
      {(kind === 'esxi' || (host.vmkernels ?? []).length > 0) && <VmkernelRows host={host} doc={doc} />}
      <NotesField kind="host" el={host} />
    </>
  );
}
