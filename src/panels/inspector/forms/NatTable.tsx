// A router's NAT rules (MODEL.md routers[].nat): source NAT hides a range behind
// an interface; destination NAT sends an address (and service) to another.
import { addNatRule } from '../../../model/commands/routerParts';
import { portNumber } from '../../../model/fields';
import type { NatRule, Router } from '../../../model/types';
import { NumberField } from '../fields/NumberField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { options } from '../options';
import { useRun, useUpdate } from '../useEdit';
import { AddButton, RowActions } from './RowActions';
import {
  parseIpv4,
  parseOptionalCidr,
  parseOptionalIpv4,
  parseOptionalService,
} from '../fields/fieldParsers';

const TYPES = [
  { value: 'snat', label: 'Source NAT' },
  { value: 'dnat', label: 'Destination NAT' },
];

type Snat = Extract<NatRule, { type: 'snat' }>;
type Dnat = Extract<NatRule, { type: 'dnat' }>;

/** Unset keys are left out: an optional NAT field set to nothing means its default. */
function compact<T extends object>(rule: T): T {
  return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined)) as T;
}

export function NatTable({ router }: { router: Router }) {
  const update = useUpdate(router.id);
  const run = useRun();
  const rules = router.nat ?? [];
  const interfaces = router.interfaces ?? [];
  const set = (next: NatRule[]) => update({ nat: next });
  const replace = (i: number, rule: NatRule) => set(rules.map((r, j) => (j === i ? compact(rule) : r)));
  const retype = (rule: NatRule, type: string): NatRule | string => {
    if (type === 'snat') return { type: 'snat', interface: rule.interface };
    // The interface's own address is the usual published address: start from it.
    const address = interfaces.find((f) => f.id === rule.interface)?.ip?.split('/')[0];
    if (!address) return `give ${rule.interface} an address first: destination NAT publishes one`;
    return { type: 'dnat', interface: rule.interface, destination: address, translated: address };
  };
  return (
    <fieldset className="section">
      <legend>NAT</legend>
      {rules.map((rule, i) => {
        const testId = `inspector.router.nat.${i}`;
        const field = (label: string) => `NAT rule ${i + 1} ${label}`;
        return (
          <fieldset key={i} className="subsection">
            <legend>{rule.type === 'snat' ? 'Source NAT' : 'Destination NAT'}</legend>
            <SelectField
              label={field('type')}
              testId={`${testId}.type`}
              value={rule.type}
              options={TYPES}
              onCommit={(type) => {
                const next = retype(rule, type);
                return typeof next === 'string' ? next : replace(i, next);
              }}
            />
            <SelectField
              label={field('interface')}
              testId={`${testId}.interface`}
              value={rule.interface}
              options={options(interfaces.map((f) => f.id))}
              onCommit={(iface) => replace(i, { ...rule, interface: iface })}
            />
            {rule.type === 'snat' ? (
              <SnatFields rule={rule} testId={testId} field={field} onChange={(r) => replace(i, r)} />
            ) : (
              <DnatFields rule={rule} testId={testId} field={field} onChange={(r) => replace(i, r)} />
            )}
            <RowActions
              testId={testId}
              what={field('')}
              onRemove={() => set(rules.filter((_, j) => j !== i))}
              text
            />
          </fieldset>
        );
      })}
      <AddButton
        testId="inspector.router.nat.add"
        label="Add NAT rule"
        onAdd={() => run(addNatRule, { router: router.id })}
      />
    </fieldset>
  );
}

interface RuleFieldsProps<R> {
  rule: R;
  testId: string;
  field: (label: string) => string;
  onChange: (rule: R) => string | null;
}

function SnatFields({ rule, testId, field, onChange }: RuleFieldsProps<Snat>) {
  return (
    <>
      <TextField
        label={field('source')}
        testId={`${testId}.source`}
        value={rule.source ?? ''}
        parse={parseOptionalCidr}
        placeholder="everything"
        onCommit={(source) => onChange({ ...rule, source })}
      />
      <TextField
        label={field('translated address')}
        testId={`${testId}.translated`}
        value={rule.translated ?? ''}
        parse={parseOptionalIpv4}
        placeholder="the interface's address"
        onCommit={(translated) => onChange({ ...rule, translated })}
      />
    </>
  );
}

function DnatFields({ rule, testId, field, onChange }: RuleFieldsProps<Dnat>) {
  return (
    <>
      <TextField
        label={field('destination')}
        testId={`${testId}.destination`}
        value={rule.destination}
        parse={parseIpv4}
        onCommit={(destination) => onChange({ ...rule, destination })}
      />
      <TextField
        label={field('service')}
        testId={`${testId}.service`}
        value={rule.service ?? ''}
        parse={parseOptionalService}
        placeholder="any"
        onCommit={(service) => onChange({ ...rule, service })}
      />
      <TextField
        label={field('translated address')}
        testId={`${testId}.translated`}
        value={rule.translated}
        parse={parseIpv4}
        onCommit={(translated) => onChange({ ...rule, translated })}
      />
      <NumberField
        label={field('translated port')}
        testId={`${testId}.port`}
        value={rule.port}
        schema={portNumber}
        onCommit={(port) => onChange({ ...rule, port })}
      />
    </>
  );
}
