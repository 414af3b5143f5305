import { switchSecurity } from '../../../model/defaults';
import type { Design, PortGroup } from '../../../model/types';
import { SelectField } from '../fields/SelectField';
import { VlanField } from '../fields/VlanField';
import { virtualSwitchOptions } from '../options';
import { useUpdate } from '../useEdit';
import { IdNameFields, NotesField } from './CommonFields';
import { PortGroupSecurityFields } from './SecurityFields';

export function PortGroupForm({ pg, doc }: { pg: PortGroup; doc: Design }) {
  const update = useUpdate(pg.id);
  const sw = (doc.switches ?? []).find((s) => s.id === pg.switch);
  const virtual = sw && (sw.type === 'standard' || sw.type === 'distributed') ? sw : undefined;
  return (
    <>
      <IdNameFields kind="portGroup" el={pg} />
      <SelectField
        label="Switch"
        testId="inspector.portGroup.switch"
        value={pg.switch}
        options={virtualSwitchOptions(doc)}
        onCommit={(id) => update({ switch: id })}
      />
      {virtual && (
        <VlanField
          testId="inspector.portGroup.vlan"
          value={pg.vlan}
          switchType={virtual.type}
          pvlans={virtual.type === 'distributed' ? (virtual.pvlans ?? []) : []}
          onCommit={(vlan) => update({ vlan })}
        />
      )}
      <PortGroupSecurityFields
        security={pg.security}
        inherited={virtual ? switchSecurity(virtual) : null}
        onCommit={(security) => update({ security })}
      />
      <NotesField kind="portGroup" el={pg} />
    </>
  );
}
