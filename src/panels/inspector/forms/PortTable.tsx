// A physical switch's ports: access (one untagged VLAN) or trunk (allowed list
// and native VLAN), their own MTU and state; one card per port, to fit the
// inspector's width. Renaming or removing a port carries through to its cable
// (model/commands/ports.ts).
import { addPort, removePort, renamePort, updatePort } from '../../../model/commands/ports';
import { accessVlan, DEFAULT_MTU, portMode, portUp, trunkNative } from '../../../model/defaults';
import { mtuPhysical, vlanId } from '../../../model/fields';
import type { PhysicalPort, PhysicalSwitch } from '../../../model/types';
import { CheckboxField } from '../fields/CheckboxField';
import { parseOptionalVlanList, parsePortName } from '../fields/fieldParsers';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useRun } from '../useEdit';
import { AddButton, RowActions } from './RowActions';

const MODES = [
  { value: 'access', label: 'Access' },
  { value: 'trunk', label: 'Trunk' },
];

export function PortTable({ ps }: { ps: PhysicalSwitch }) {
  const run = useRun();
  const edit = (port: PhysicalPort, changes: Record<string, unknown>) =>
    run(updatePort, { owner: ps.id, name: port.name, changes });
  // A mode's own settings go when the port changes mode; the other mode never reads them.
  const setMode = (port: PhysicalPort, mode: string) =>
    mode === 'trunk'
      ? edit(port, { mode: 'trunk', vlan: undefined })
      : edit(port, {
          mode: port.mode === undefined ? undefined : 'access',
          allowed: undefined,
          native: undefined,
        });
  return (
    <fieldset className="section">
      <legend>Ports</legend>
      {(ps.ports ?? []).map((port, i) => {
        const testId = `inspector.physicalSwitch.ports.${i}`;
        return (
          <fieldset key={port.name} className="subsection">
            <legend>{port.name}</legend>
            <div className="field-grid">
              <TextField
                label="Name"
                testId={`${testId}.name`}
                value={port.name}
                parse={parsePortName}
                onCommit={(to) => run(renamePort, { owner: ps.id, from: port.name, to })}
              />
              <SelectField
                label="Mode"
                testId={`${testId}.mode`}
                value={portMode(port)}
                options={MODES}
                onCommit={(mode) => setMode(port, mode)}
              />
              {portMode(port) === 'trunk' ? (
                <>
                  <TextField
                    label="Allowed VLANs"
                    testId={`${testId}.allowed`}
                    value={port.allowed ?? ''}
                    parse={parseOptionalVlanList}
                    placeholder="1-4094 (default)"
                    onCommit={(allowed) => edit(port, { allowed })}
                  />
                  <NumberField
                    label="Native VLAN"
                    testId={`${testId}.native`}
                    value={port.native}
                    schema={vlanId}
                    defaultValue={trunkNative({ name: port.name })}
                    onCommit={(native) => edit(port, { native })}
                  />
                </>
              ) : (
                <NumberField
                  label="Access VLAN"
                  testId={`${testId}.vlan`}
                  value={port.vlan}
                  schema={vlanId}
                  defaultValue={accessVlan({ name: port.name })}
                  onCommit={(vlan) => edit(port, { vlan })}
                />
              )}
              <NumberField
                label="MTU"
                testId={`${testId}.mtu`}
                value={port.mtu}
                schema={mtuPhysical}
                placeholder={`${ps.mtu ?? DEFAULT_MTU} (switch)`}
                onCommit={(mtu) => edit(port, { mtu })}
              />
            </div>
            <CheckboxField
              label="Link up"
              testId={`${testId}.up`}
              checked={portUp(port)}
              onCommit={(up) => edit(port, { up: up ? undefined : false })}
            />
            <RowActions
              testId={testId}
              what={`port ${port.name}`}
              text
              onRemove={() => run(removePort, { owner: ps.id, name: port.name })}
            />
          </fieldset>
        );
      })}
      <AddButton
        testId="inspector.physicalSwitch.ports.add"
        label="Add port"
        onAdd={() => run(addPort, { owner: ps.id })}
      />
    </fieldset>
  );
}
