// A switch's uplinks in failover order (MODEL.md 2.1 rule 3: the first active,
// then standby, up and cabled uplink is the primary), with their roles. A
// distributed switch's uplinks also name a member host.
import { uplinkRole } from '../../../model/defaults';
import type { Design, DistributedSwitch, StandardSwitch, UplinkRole } from '../../../model/types';
import { SelectField } from '../fields/SelectField';
import { hostNicNames, options, usedUplinkNics } from '../options';
import { useUpdate } from '../useEdit';
import { AddButton, moved, RowActions } from './RowActions';
import { RowsHead } from './RowsHead';

const ROLES = [
  { value: 'active', label: 'Active' },
  { value: 'standby', label: 'Standby' },
  { value: 'unused', label: 'Unused' },
];

type Uplink = { host?: string; nic: string; role?: UplinkRole | undefined };

export function UplinkTable({ sw, doc }: { sw: StandardSwitch | DistributedSwitch; doc: Design }) {
  const update = useUpdate(sw.id);
  const uplinks: Uplink[] = sw.uplinks ?? [];
  const hostOf = (u: Uplink): string => (sw.type === 'standard' ? sw.host : (u.host ?? ''));
  const members = sw.type === 'standard' ? [sw.host] : (sw.hosts ?? []);
  const used = usedUplinkNics(doc);
  const setUplinks = (next: Uplink[]) => update({ uplinks: next });
  const edit = (i: number, change: Partial<Uplink>) =>
    setUplinks(uplinks.map((u, j) => (j === i ? withRole({ ...u, ...change }) : u)));
  const add = (): string | null => {
    for (const host of members) {
      const nic = hostNicNames(doc, host).find((n) => !used.has(`${host}:${n}`));
      if (nic) return setUplinks([...uplinks, sw.type === 'standard' ? { nic } : { host, nic }]);
    }
    return members.length === 0
      ? 'add a member host first'
      : 'every NIC of the member hosts is already an uplink: add a NIC to a host first';
  };
  return (
    <fieldset className="section">
      <legend>Uplinks (failover order)</legend>
      {uplinks.length > 0 && (
        <table className="rows">
          <RowsHead columns={[...(sw.type === 'distributed' ? ['Host'] : []), 'NIC', 'Role']} />
          <tbody>
            {uplinks.map((u, i) => {
              const testId = `inspector.switch.uplinks.${i}`;
              const host = hostOf(u);
              const nics = hostNicNames(doc, host).filter((n) => n === u.nic || !used.has(`${host}:${n}`));
              return (
                <tr key={`${host}:${u.nic}`}>
                  {sw.type === 'distributed' && (
                    <td>
                      <SelectField
                        label={`Uplink ${i + 1} host`}
                        hideLabel
                        testId={`${testId}.host`}
                        value={host}
                        options={options(members)}
                        onCommit={(h) => {
                          const free = hostNicNames(doc, h).find((n) => !used.has(`${h}:${n}`));
                          return free ? edit(i, { host: h, nic: free }) : `${h} has no free NIC`;
                        }}
                      />
                    </td>
                  )}
                  <td>
                    <SelectField
                      label={`Uplink ${i + 1} NIC`}
                      hideLabel
                      testId={`${testId}.nic`}
                      value={u.nic}
                      options={options(nics)}
                      onCommit={(nic) => edit(i, { nic })}
                    />
                  </td>
                  <td>
                    <SelectField
                      label={`Uplink ${i + 1} role`}
                      hideLabel
                      testId={`${testId}.role`}
                      value={uplinkRole(u)}
                      options={ROLES}
                      onCommit={(role) => edit(i, { role: role as UplinkRole })}
                    />
                  </td>
                  <td>
                    <RowActions
                      testId={testId}
                      what={`uplink ${host}:${u.nic}`}
                      onUp={i > 0 ? () => setUplinks(moved(uplinks, i, -1)) : undefined}
                      onDown={i < uplinks.length - 1 ? () => setUplinks(moved(uplinks, i, 1)) : undefined}
                      onRemove={() => setUplinks(uplinks.filter((_, j) => j !== i))}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddButton testId="inspector.switch.uplinks.add" label="Add uplink" onAdd={add} />
    </fieldset>
  );
}

/** Active is the default role: it is left out rather than written. */
function withRole(u: Uplink): Uplink {
  if (u.role !== 'active') return u;
  const { role: _active, ...rest } = u;
  return rest;
}
