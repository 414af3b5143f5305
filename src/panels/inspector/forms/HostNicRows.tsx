// A host's physical NICs: renaming or removing one carries through to the
// cables and uplinks on it (model/commands/ports.ts).
import { addPort, removePort, renamePort, updatePort } from '../../../model/commands/ports';
import type { Host } from '../../../model/types';
import { nicUp } from '../../../model/defaults';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';
import { useRun } from '../useEdit';
import { AddButton, RowActions } from './RowActions';
import { RowsHead } from './RowsHead';
import { parsePortName } from '../fields/fieldParsers';

export function HostNicRows({ host }: { host: Host }) {
  const run = useRun();
  const nics = host.nics ?? [];
  return (
    <fieldset className="section">
      <legend>Physical NICs</legend>
      {nics.length > 0 && (
        <table className="rows">
          <RowsHead columns={['Name', 'Up']} />
          <tbody>
            {nics.map((nic, i) => {
              const testId = `inspector.host.nics.${i}`;
              return (
                <tr key={nic.name}>
                  <td>
                    <TextField
                      label={`NIC ${i + 1} name`}
                      hideLabel
                      testId={`${testId}.name`}
                      value={nic.name}
                      parse={parsePortName}
                      onCommit={(to) => run(renamePort, { owner: host.id, from: nic.name, to })}
                    />
                  </td>
                  <td>
                    <CheckboxField
                      label={`${nic.name} is up`}
                      hideLabel
                      testId={`${testId}.up`}
                      checked={nicUp(nic)}
                      onCommit={(up) =>
                        run(updatePort, {
                          owner: host.id,
                          name: nic.name,
                          changes: { up: up ? undefined : false },
                        })
                      }
                    />
                  </td>
                  <td>
                    <RowActions
                      testId={testId}
                      what={nic.name}
                      onRemove={() => run(removePort, { owner: host.id, name: nic.name })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddButton
        testId="inspector.host.nics.add"
        label="Add NIC"
        onAdd={() => run(addPort, { owner: host.id })}
      />
    </fieldset>
  );
}
