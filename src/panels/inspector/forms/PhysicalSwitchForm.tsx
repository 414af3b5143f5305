import { DEFAULT_MTU } from '../../../model/defaults';
import { mtuPhysical } from '../../../model/fields';
import type { PhysicalSwitch } from '../../../model/types';
import { NumberField } from '../fields/NumberField';
import { useUpdate } from '../useEdit';
import { IdNameFields, NotesField } from './CommonFields';
import { PortTable } from './PortTable';

export function PhysicalSwitchForm({ ps }: { ps: PhysicalSwitch }) {
  const update = useUpdate(ps.id);
  return (
    <>
      <IdNameFields kind="physicalSwitch" el={ps} />
      <NumberField
        label="MTU"
        testId="inspector.physicalSwitch.mtu"
        value={ps.mtu}
        schema={mtuPhysical}
        defaultValue={DEFAULT_MTU}
        onCommit={(mtu) => update({ mtu })}
      />
      <PortTable ps={ps} />
      <NotesField kind="physicalSwitch" el={ps} />
    </>
  );
}
