// Security policy: on a switch, three settings shown with their defaults applied
// (MODEL.md: standard switches allow MAC changes and forged transmits,
// distributed ones do not); on a port group, each one inherits, accepts or rejects.
import { switchSecurity } from '../../../model/defaults';
import type { DistributedSwitch, Security, StandardSwitch } from '../../../model/types';
import { CheckboxField } from '../fields/CheckboxField';
import { SelectField } from '../fields/SelectField';

type Key = 'promiscuous' | 'macChanges' | 'forgedTransmits';

const SETTINGS: { key: Key; label: string }[] = [
  { key: 'promiscuous', label: 'Promiscuous mode' },
  { key: 'macChanges', label: 'MAC address changes' },
  { key: 'forgedTransmits', label: 'Forged transmits' },
];

/** The policy with one key set or removed; no policy at all when nothing is left. */
function withSetting(
  security: Security | undefined,
  key: Key,
  value: boolean | undefined,
): Security | undefined {
  const next: Security = { ...security };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

export function SwitchSecurityFields({
  sw,
  onCommit,
}: {
  sw: StandardSwitch | DistributedSwitch;
  onCommit: (security: Security | undefined) => string | null;
}) {
  const effective = switchSecurity(sw);
  return (
    <fieldset className="checkbox-group">
      <legend>Security (accept)</legend>
      {SETTINGS.map(({ key, label }) => (
        <CheckboxField
          key={key}
          label={label}
          testId={`inspector.switch.security.${key}`}
          checked={effective[key]}
          onCommit={(on) => onCommit(withSetting(sw.security, key, on))}
        />
      ))}
    </fieldset>
  );
}

export function PortGroupSecurityFields({
  security,
  inherited,
  onCommit,
}: {
  security: Security | undefined;
  inherited: Required<Pick<Security, Key>> | null;
  onCommit: (security: Security | undefined) => string | null;
}) {
  const word = (on: boolean) => (on ? 'accept' : 'reject');
  return (
    <fieldset className="section">
      <legend>Security overrides</legend>
      {SETTINGS.map(({ key, label }) => {
        const own = security?.[key];
        const inheritLabel = inherited ? `Inherit (${word(inherited[key] ?? false)})` : 'Inherit';
        return (
          <SelectField
            key={key}
            label={label}
            testId={`inspector.portGroup.security.${key}`}
            value={own === undefined ? 'inherit' : word(own)}
            options={[
              { value: 'inherit', label: inheritLabel },
              { value: 'accept', label: 'Accept' },
              { value: 'reject', label: 'Reject' },
            ]}
            onCommit={(v) =>
              onCommit(withSetting(security, key, v === 'inherit' ? undefined : v === 'accept'))
            }
          />
        );
      })}
    </fieldset>
  );
}
