// A VM adapter's settings (MODEL.md vms[].nics): network, address, gateway, MTU,
// adapter type, connected, and the guest's VLAN tag where the port group lets
// the guest tag its own frames.
import { adapterConnected, DEFAULT_MTU } from '../../../model/defaults';
import { mtuAdapter, vlanId } from '../../../model/fields';
import type { Design, VmNic } from '../../../model/types';
import { CheckboxField } from '../fields/CheckboxField';
import { IpField } from '../fields/IpField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { NONE_OPTION, networkOptions } from '../options';
import { useUpdate } from '../useEdit';
import { NameField } from './CommonFields';
import { parseOptionalIpv4 } from '../fields/fieldParsers';

const ADAPTER_TYPES = [
  { value: 'vmxnet3', label: 'VMXNET 3' },
  { value: 'e1000', label: 'E1000' },
  { value: 'e1000e', label: 'E1000E' },
  { value: 'sriov', label: 'SR-IOV passthrough' },
];

/** Whether the adapter's port group lets the guest tag (4095 or a trunk), so its `vlan` matters. */
function guestTagging(doc: Design, network: string | undefined): boolean {
  const pg = (doc.portGroups ?? []).find((p) => p.id === network);
  return pg !== undefined && (pg.vlan === 4095 || (typeof pg.vlan === 'object' && 'trunk' in pg.vlan));
}

export interface VmNicFieldsProps {
  nic: VmNic;
  doc: Design;
  prefix: string;
  showName?: boolean;
}

export function VmNicFields({ nic, doc, prefix, showName = true }: VmNicFieldsProps) {
  const update = useUpdate(nic.id);
  return (
    <>
      {showName && <NameField el={nic} testId={`${prefix}.name`} />}
      <SelectField
        label="Network"
        testId={`${prefix}.network`}
        value={nic.network ?? ''}
        options={[NONE_OPTION, ...networkOptions(doc)]}
        onCommit={(network) => update({ network: network || undefined })}
      />
      <IpField label="IP address" testId={`${prefix}.ip`} value={nic.ip} onCommit={(ip) => update({ ip })} />
      <TextField
        label="Gateway"
        testId={`${prefix}.gateway`}
        value={nic.gateway ?? ''}
        parse={parseOptionalIpv4}
        onCommit={(gateway) => update({ gateway })}
      />
      <NumberField
        label="MTU"
        testId={`${prefix}.mtu`}
        value={nic.mtu}
        schema={mtuAdapter}
        defaultValue={DEFAULT_MTU}
        onCommit={(mtu) => update({ mtu })}
      />
      <SelectField
        label="Adapter type"
        testId={`${prefix}.adapter`}
        value={nic.adapter ?? 'vmxnet3'}
        options={ADAPTER_TYPES}
        onCommit={(adapter) =>
          update({ adapter: adapter === 'vmxnet3' && nic.adapter === undefined ? undefined : adapter })
        }
      />
      <CheckboxField
        label="Connected"
        testId={`${prefix}.connected`}
        checked={adapterConnected(nic)}
        onCommit={(on) => update({ connected: on ? undefined : false })}
      />
      {(guestTagging(doc, nic.network) || nic.vlan !== undefined) && (
        <NumberField
          label="Guest VLAN tag"
          testId={`${prefix}.vlan`}
          value={nic.vlan}
          schema={vlanId}
          onCommit={(vlan) => update({ vlan })}
        />
      )}
    </>
  );
}
