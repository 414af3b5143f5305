// A port group's VLAN (MODEL.md portGroups[]), offering only the forms its
// switch allows: untagged, a tag, guest tagging (4095 on a standard switch, a
// trunk range on a distributed one) or a private VLAN from the switch's table.
import { useState } from 'react';
import { vlanId } from '../../../model/fields';
import type { PortGroupVlan, Pvlan } from '../../../model/types';
import { NumberField } from './NumberField';
import { SelectField, type Option } from './SelectField';
import { TextField } from './TextField';
import type { Commit } from './useDraft';
import { parseVlanList } from './fieldParsers';

type Mode = 'none' | 'tag' | 'guest' | 'trunk' | 'pvlan';

function modeOf(vlan: PortGroupVlan | undefined): Mode {
  if (vlan === undefined || vlan === 0) return 'none';
  if (vlan === 4095) return 'guest';
  if (typeof vlan === 'number') return 'tag';
  return 'trunk' in vlan ? 'trunk' : 'pvlan';
}

export interface VlanFieldProps {
  testId: string;
  value: PortGroupVlan | undefined;
  switchType: 'standard' | 'distributed';
  pvlans: readonly Pvlan[];
  onCommit: Commit<PortGroupVlan | undefined>;
}

export function VlanField({ testId, value, switchType, pvlans, onCommit }: VlanFieldProps) {
  const [mode, setMode] = useState<Mode>(modeOf(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setMode(modeOf(value));
  }
  const secondaries = pvlans;
  const modes: Option[] = [
    { value: 'none', label: 'None (untagged)' },
    { value: 'tag', label: 'VLAN' },
    ...(switchType === 'standard' ? [{ value: 'guest', label: 'Guest tagging (4095)' }] : []),
    ...(switchType === 'distributed' ? [{ value: 'trunk', label: 'VLAN trunking' }] : []),
    ...(switchType === 'distributed' && secondaries.length > 0
      ? [{ value: 'pvlan', label: 'Private VLAN' }]
      : []),
  ];
  const choose = (next: string): string | null => {
    if (next === 'none') return onCommit(undefined);
    if (next === 'guest') return onCommit(4095);
    // VMware's own default for a new trunk port group: every VLAN.
    if (next === 'trunk') return onCommit({ trunk: '1-4094' });
    const first = secondaries[0];
    if (next === 'pvlan' && first) return onCommit({ pvlan: first.secondary });
    setMode(next as Mode);
    return null;
  };
  const pvlanOptions = secondaries.map((p) => ({
    value: String(p.secondary),
    label: `${p.secondary} ${p.type} (primary ${p.primary})`,
  }));
  return (
    <div className="field-group">
      <SelectField
        label="VLAN type"
        testId={`${testId}.mode`}
        value={mode}
        options={modes}
        onCommit={choose}
      />
      {mode === 'tag' && (
        <NumberField
          label="VLAN ID"
          testId={testId}
          value={typeof value === 'number' && value > 0 && value < 4095 ? value : undefined}
          schema={vlanId}
          required
          onCommit={(v) => onCommit(v)}
        />
      )}
      {mode === 'trunk' && typeof value === 'object' && 'trunk' in value && (
        <TextField
          label="Trunk VLANs"
          testId={`${testId}.trunk`}
          value={value.trunk}
          parse={parseVlanList}
          onCommit={(trunk) => onCommit({ trunk })}
          placeholder="100-200,300"
        />
      )}
      {mode === 'pvlan' && typeof value === 'object' && 'pvlan' in value && (
        <SelectField
          label="Private VLAN"
          testId={`${testId}.pvlan`}
          value={String(value.pvlan)}
          options={pvlanOptions}
          onCommit={(v) => onCommit({ pvlan: Number(v) })}
        />
      )}
    </div>
  );
}
