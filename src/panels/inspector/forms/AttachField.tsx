// Where a router interface sits (MODEL.md routers[].interfaces[].attach): on a
// port group or desktop network (on every host of a distributed switch, or one
// host), on a physical switch in a VLAN, or outside the design.
import { attachVlan } from '../../../model/defaults';
import { vlanId } from '../../../model/fields';
import type { Attach, Design } from '../../../model/types';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import type { Commit } from '../fields/useDraft';
import { hostOptions, networkOptions, physicalSwitchOptions } from '../options';

const MODES = [
  { value: 'none', label: 'Not attached' },
  { value: 'network', label: 'Port group or network' },
  { value: 'switch', label: 'Physical switch VLAN' },
  { value: 'external', label: 'External (leaves the design)' },
];

const modeOf = (attach: Attach | undefined) =>
  attach === undefined
    ? 'none'
    : 'network' in attach
      ? 'network'
      : 'switch' in attach
        ? 'switch'
        : 'external';

export function AttachField({
  attach,
  doc,
  testId,
  onCommit,
}: {
  attach: Attach | undefined;
  doc: Design;
  testId: string;
  onCommit: Commit<Attach | undefined>;
}) {
  const choose = (mode: string): string | null => {
    if (mode === 'none') return onCommit(undefined);
    if (mode === 'external') return onCommit({ external: true });
    if (mode === 'network') {
      const first = networkOptions(doc)[0];
      return first
        ? onCommit({ network: first.value })
        : 'the design has no port group or network to attach to yet';
    }
    const first = physicalSwitchOptions(doc)[0];
    return first ? onCommit({ switch: first.value }) : 'the design has no physical switch to attach to yet';
  };
  return (
    <div className="field-group">
      <SelectField
        label="Attached to"
        testId={`${testId}.mode`}
        value={modeOf(attach)}
        options={MODES}
        onCommit={choose}
      />
      {attach && 'network' in attach && (
        <>
          <SelectField
            label="Network"
            testId={`${testId}.network`}
            value={attach.network}
            options={networkOptions(doc)}
            onCommit={(network) => onCommit({ ...attach, network })}
          />
          <SelectField
            label="On host"
            testId={`${testId}.host`}
            value={attach.host ?? ''}
            options={[{ value: '', label: 'Every host of the switch' }, ...hostOptions(doc, 'esxi')]}
            onCommit={(host) => {
              const { host: _old, ...rest } = attach;
              return onCommit(host ? { ...rest, host } : rest);
            }}
          />
        </>
      )}
      {attach && 'switch' in attach && (
        <>
          <SelectField
            label="Physical switch"
            testId={`${testId}.switch`}
            value={attach.switch}
            options={physicalSwitchOptions(doc)}
            onCommit={(sw) => onCommit({ ...attach, switch: sw })}
          />
          <NumberField
            label="VLAN"
            testId={`${testId}.vlan`}
            value={attach.vlan}
            schema={vlanId}
            defaultValue={attachVlan({})}
            onCommit={(vlan) => {
              const { vlan: _old, ...rest } = attach;
              return onCommit(vlan === undefined ? rest : { ...rest, vlan });
            }}
          />
        </>
      )}
    </div>
  );
}
