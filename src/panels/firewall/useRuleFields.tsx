// The editable fields of one firewall rule, built once and laid out either as
// a table row (RuleTable) or as a form (the inspector's RuleForm). Gateway
// rules have no appliedTo and no direction (MODEL.md routers[]).
import type { ReactNode } from 'react';
import { setRuleEnabled } from '../../model/commands/firewallRules';
import { ruleCategory, ruleDirection, ruleEnabled } from '../../model/defaults';
import type { FirewallRule, GatewayRule } from '../../model/types';
import { CheckboxField } from '../inspector/fields/CheckboxField';
import { formatList, type Parser } from '../inspector/fields/parsers';
import { SelectField } from '../inspector/fields/SelectField';
import { SelectorListField } from '../inspector/fields/SelectorListField';
import { TextField } from '../inspector/fields/TextField';
import { useRun, useUpdate } from '../inspector/useEdit';
import { categoryLabel, CATEGORIES } from './ruleOrder';
import { parseOptionalName, parseServiceList } from '../inspector/fields/fieldParsers';

export interface RuleField {
  key: string;
  header: string;
  node: ReactNode;
}

export const ACTIONS = [
  { value: 'allow', label: 'Allow' },
  { value: 'drop', label: 'Drop' },
  { value: 'reject', label: 'Reject' },
];
const DIRECTIONS = [
  { value: 'in-out', label: 'In/Out' },
  { value: 'in', label: 'In' },
  { value: 'out', label: 'Out' },
];
const CATEGORY_OPTIONS = CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) }));
const serviceList = parseServiceList;
/** Clearing the services removes the key: "any", as the format's default. */
const parseServices: Parser<string[] | undefined> = (text) =>
  text.trim() === '' ? { ok: true, value: undefined } : serviceList(text);

export interface RuleFieldOptions {
  prefix: string;
  knownIds: ReadonlySet<string>;
  /** Table cells label their controls by column for screen readers only. */
  compact: boolean;
}

export function useRuleFields(
  rule: FirewallRule | GatewayRule,
  gateway: boolean,
  o: RuleFieldOptions,
): RuleField[] {
  const update = useUpdate(rule.id);
  const run = useRun();
  const what = rule.name ?? rule.id;
  const common = (key: string, header: string) => ({
    // In a table the label is hidden and must say which row; in a form the heading says it.
    label: o.compact ? `${header} of ${what}` : header,
    testId: `${o.prefix}.${key}`,
    hideLabel: o.compact,
  });
  const selectors = (
    key: 'sources' | 'destinations' | 'appliedTo',
    header: string,
    value: string[] | undefined,
  ) => ({
    key,
    header,
    node: (
      <SelectorListField
        {...common(key, header)}
        value={value}
        knownIds={o.knownIds}
        onCommit={(list) => update({ [key]: list })}
      />
    ),
  });
  const fields: RuleField[] = [
    {
      key: 'enabled',
      header: 'On',
      node: (
        <CheckboxField
          {...common('enabled', 'Enabled')}
          checked={ruleEnabled(rule)}
          onCommit={(enabled) => run(setRuleEnabled, { id: rule.id, enabled })}
        />
      ),
    },
    {
      key: 'name',
      header: 'Name',
      node: (
        <TextField
          {...common('name', 'Name')}
          value={rule.name ?? ''}
          placeholder={rule.id}
          parse={parseOptionalName}
          onCommit={(name) => update({ name })}
        />
      ),
    },
    {
      key: 'category',
      header: 'Category',
      node: (
        <SelectField
          {...common('category', 'Category')}
          value={ruleCategory(rule)}
          options={CATEGORY_OPTIONS}
          onCommit={(category) =>
            update({
              category: category === 'application' && rule.category === undefined ? undefined : category,
            })
          }
        />
      ),
    },
    selectors('sources', 'Sources', rule.sources),
    selectors('destinations', 'Destinations', rule.destinations),
    {
      key: 'services',
      header: 'Services',
      node: (
        <TextField
          {...common('services', 'Services')}
          value={formatList(rule.services)}
          placeholder="any"
          parse={parseServices}
          onCommit={(services) => update({ services })}
        />
      ),
    },
    {
      key: 'action',
      header: 'Action',
      node: (
        <SelectField
          {...common('action', 'Action')}
          value={rule.action}
          options={ACTIONS}
          onCommit={(action) => update({ action })}
        />
      ),
    },
  ];
  if (!gateway) {
    const dfw = rule as FirewallRule;
    fields.push(selectors('appliedTo', 'Applied to', dfw.appliedTo), {
      key: 'direction',
      header: 'Direction',
      node: (
        <SelectField
          {...common('direction', 'Direction')}
          value={ruleDirection(dfw)}
          options={DIRECTIONS}
          onCommit={(direction) =>
            update({
              direction: direction === 'in-out' && dfw.direction === undefined ? undefined : direction,
            })
          }
        />
      ),
    });
  }
  return fields;
}
