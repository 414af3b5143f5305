// A distributed switch's private VLAN table (MODEL.md switches[].pvlans).
import { vlanId } from '../../../model/fields';
import type { DistributedSwitch, Pvlan } from '../../../model/types';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { useUpdate } from '../useEdit';
import { AddButton, RowActions } from './RowActions';
import { RowsHead } from './RowsHead';

const TYPES = [
  { value: 'promiscuous', label: 'Promiscuous' },
  { value: 'isolated', label: 'Isolated' },
  { value: 'community', label: 'Community' },
];

/** A promiscuous primary to start a table; then the next secondary in the first primary. */
function nextPvlan(pvlans: readonly Pvlan[]): Pvlan {
  const first = pvlans[0];
  if (!first) return { primary: 100, secondary: 100, type: 'promiscuous' };
  const highest = Math.max(...pvlans.map((p) => p.secondary));
  return { primary: first.primary, secondary: Math.min(highest + 1, 4094), type: 'isolated' };
}

export function PvlanTable({ sw }: { sw: DistributedSwitch }) {
  const update = useUpdate(sw.id);
  const pvlans = sw.pvlans ?? [];
  const set = (next: Pvlan[]) => update({ pvlans: next.length > 0 ? next : undefined });
  const edit = (i: number, change: Partial<Pvlan>) =>
    set(pvlans.map((p, j) => (j === i ? { ...p, ...change } : p)));
  return (
    <fieldset className="section">
      <legend>Private VLANs</legend>
      {pvlans.length > 0 && (
        <table className="rows">
          <RowsHead columns={['Primary', 'Secondary', 'Type']} />
          <tbody>
            {pvlans.map((p, i) => {
              const testId = `inspector.switch.pvlans.${i}`;
              return (
                <tr key={i}>
                  <td>
                    <NumberField
                      label={`PVLAN ${i + 1} primary`}
                      hideLabel
                      testId={`${testId}.primary`}
                      value={p.primary}
                      schema={vlanId}
                      required
                      onCommit={(v) => edit(i, { primary: v ?? p.primary })}
                    />
                  </td>
                  <td>
                    <NumberField
                      label={`PVLAN ${i + 1} secondary`}
                      hideLabel
                      testId={`${testId}.secondary`}
                      value={p.secondary}
                      schema={vlanId}
                      required
                      onCommit={(v) => edit(i, { secondary: v ?? p.secondary })}
                    />
                  </td>
                  <td>
                    <SelectField
                      label={`PVLAN ${i + 1} type`}
                      hideLabel
                      testId={`${testId}.type`}
                      value={p.type}
                      options={TYPES}
                      onCommit={(type) => edit(i, { type: type as Pvlan['type'] })}
                    />
                  </td>
                  <td>
                    <RowActions
                      testId={testId}
                      what={`private VLAN ${p.secondary}`}
                      onRemove={() => set(pvlans.filter((_, j) => j !== i))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddButton
        testId="inspector.switch.pvlans.add"
        label="Add private VLAN"
        onAdd={() => set([...pvlans, nextPvlan(pvlans)])}
      />
    </fieldset>
  );
}
