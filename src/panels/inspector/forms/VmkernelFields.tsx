// A VMkernel adapter's settings (MODEL.md hosts[].vmkernels): network, address,
// gateway, MTU and the services it carries.
import { mtuAdapter } from '../../../model/fields';
import { DEFAULT_MTU } from '../../../model/defaults';
import type { Design, VmKernel, VmkService } from '../../../model/types';
import { CheckboxField } from '../fields/CheckboxField';
import { IpField } from '../fields/IpField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { NONE_OPTION, portGroupOptions } from '../options';
import { useUpdate } from '../useEdit';
import { NameField } from './CommonFields';
import { parseOptionalIpv4 } from '../fields/fieldParsers';

const SERVICES: { value: VmkService; label: string }[] = [
  { value: 'management', label: 'Management' },
  { value: 'vmotion', label: 'vMotion' },
  { value: 'vsan', label: 'vSAN' },
  { value: 'iscsi', label: 'iSCSI' },
  { value: 'nfs', label: 'NFS' },
  { value: 'ft', label: 'Fault tolerance' },
];

export interface VmkernelFieldsProps {
  vmk: VmKernel;
  doc: Design;
  prefix: string;
  /** Off when the form above already shows the name with the id. */
  showName?: boolean;
}

export function VmkernelFields({ vmk, doc, prefix, showName = true }: VmkernelFieldsProps) {
  const update = useUpdate(vmk.id);
  const services = vmk.services ?? [];
  const toggle = (service: VmkService, on: boolean) => {
    const next = SERVICES.map((s) => s.value).filter((s) => (s === service ? on : services.includes(s)));
    return update({ services: next.length > 0 ? next : undefined });
  };
  return (
    <>
      {showName && <NameField el={vmk} testId={`${prefix}.name`} />}
      <SelectField
        label="Port group"
        testId={`${prefix}.network`}
        value={vmk.network ?? ''}
        options={[NONE_OPTION, ...portGroupOptions(doc)]}
        onCommit={(network) => update({ network: network || undefined })}
      />
      <IpField label="IP address" testId={`${prefix}.ip`} value={vmk.ip} onCommit={(ip) => update({ ip })} />
      <TextField
        label="Gateway"
        testId={`${prefix}.gateway`}
        value={vmk.gateway ?? ''}
        parse={parseOptionalIpv4}
        onCommit={(gateway) => update({ gateway })}
      />
      <NumberField
        label="MTU"
        testId={`${prefix}.mtu`}
        value={vmk.mtu}
        schema={mtuAdapter}
        defaultValue={DEFAULT_MTU}
        onCommit={(mtu) => update({ mtu })}
      />
      <fieldset className="checkbox-group">
        <legend>Services</legend>
        {SERVICES.map((s) => (
          <CheckboxField
            key={s.value}
            label={s.label}
            testId={`${prefix}.services.${s.value}`}
            checked={services.includes(s.value)}
            onCommit={(on) => toggle(s.value, on)}
          />
        ))}
      </fieldset>
    </>
  );
}
