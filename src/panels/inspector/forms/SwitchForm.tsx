import { DEFAULT_MTU, hostKind } from '../../../model/defaults';
import { mtuSwitch } from '../../../model/fields';
import type { Design, DistributedSwitch, StandardSwitch, Switch } from '../../../model/types';
import { useAppStore } from '../../../store/StoreProvider';
import { CheckboxField } from '../fields/CheckboxField';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { hostOptions, labelOf } from '../options';
import { useUpdate } from '../useEdit';
import { IdNameFields, NotesField } from './CommonFields';
import { DesktopNetworkForm } from './DesktopNetworkForm';
import { PvlanTable } from './PvlanTable';
import { SwitchSecurityFields } from './SecurityFields';
import { UplinkTable } from './UplinkTable';

export function SwitchForm({ sw, doc }: { sw: Switch; doc: Design }) {
  if (sw.type === 'standard') return <StandardSwitchForm sw={sw} doc={doc} />;
  if (sw.type === 'distributed') return <DistributedSwitchForm sw={sw} doc={doc} />;
  return <DesktopNetworkForm net={sw} doc={doc} />;
}

function MtuField({ sw }: { sw: StandardSwitch | DistributedSwitch }) {
  const update = useUpdate(sw.id);
  return (
    <NumberField
      label="MTU"
      testId="inspector.switch.mtu"
      value={sw.mtu}
      schema={mtuSwitch}
      defaultValue={DEFAULT_MTU}
      onCommit={(mtu) => update({ mtu })}
    />
  );
}

function StandardSwitchForm({ sw, doc }: { sw: StandardSwitch; doc: Design }) {
  const update = useUpdate(sw.id);
  return (
    <>
      <IdNameFields kind="switch" el={sw} />
      <SelectField
        label="Host"
        testId="inspector.switch.host"
        value={sw.host}
        options={hostOptions(doc, 'esxi')}
        hint="Uplinks name this host's NICs"
        onCommit={(host) => update({ host })}
      />
      <MtuField sw={sw} />
      <UplinkTable sw={sw} doc={doc} />
      <SwitchSecurityFields sw={sw} onCommit={(security) => update({ security })} />
      <PortGroupList sw={sw} doc={doc} />
      <NotesField kind="switch" el={sw} />
    </>
  );
}

function DistributedSwitchForm({ sw, doc }: { sw: DistributedSwitch; doc: Design }) {
  const update = useUpdate(sw.id);
  const members = sw.hosts ?? [];
  // Leaving the switch takes the host's uplinks with it: they must name a member (MODEL.md 1.1).
  const setMember = (host: string, on: boolean) =>
    update({
      hosts: on ? [...members, host] : members.filter((h) => h !== host),
      ...(on || !sw.uplinks ? {} : { uplinks: sw.uplinks.filter((u) => u.host !== host) }),
    });
  const esxiHosts = (doc.hosts ?? []).filter((h) => hostKind(h) === 'esxi' || members.includes(h.id));
  return (
    <>
      <IdNameFields kind="switch" el={sw} />
      <MtuField sw={sw} />
      <fieldset className="checkbox-group">
        <legend>Member hosts</legend>
        {esxiHosts.length === 0 && <p className="muted">No ESXi hosts in the design yet.</p>}
        {esxiHosts.map((h) => (
          <CheckboxField
            key={h.id}
            label={labelOf(h)}
            testId={`inspector.switch.hosts.${h.id}`}
            checked={members.includes(h.id)}
            onCommit={(on) => setMember(h.id, on)}
          />
        ))}
      </fieldset>
      <UplinkTable sw={sw} doc={doc} />
      <PvlanTable sw={sw} />
      <SwitchSecurityFields sw={sw} onCommit={(security) => update({ security })} />
      <PortGroupList sw={sw} doc={doc} />
      <NotesField kind="switch" el={sw} />
    </>
  );
}

/** The switch's port groups, each a button that selects it. */
function PortGroupList({ sw, doc }: { sw: Switch; doc: Design }) {
  const select = useAppStore((s) => s.select);
  const groups = (doc.portGroups ?? []).filter((pg) => pg.switch === sw.id);
  if (groups.length === 0) return null;
  return (
    <fieldset className="section">
      <legend>Port groups</legend>
      <ul className="plain-list">
        {groups.map((pg) => (
          <li key={pg.id}>
            <button type="button" className="link-button" onClick={() => select([pg.id])}>
              {labelOf(pg)}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
