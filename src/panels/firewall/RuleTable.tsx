// A firewall's rules as a table in evaluation order, grouped by category, with
// enable, edit, move (within the category) and remove. The distributed firewall
// panel and each router's gateway firewall use it.
import { Fragment } from 'react';
import { moveRule, removeRule } from '../../model/commands/firewallRules';
import type { FirewallRule, GatewayRule } from '../../model/types';
import { RowActions } from '../inspector/forms/RowActions';
import { RowsHead } from '../inspector/forms/RowsHead';
import { useRun } from '../inspector/useEdit';
import { categoryLabel, evaluationOrder, type OrderedRule } from './ruleOrder';
import { useRuleFields } from './useRuleFields';

export interface RuleTableProps {
  rules: readonly (FirewallRule | GatewayRule)[];
  gateway: boolean;
  prefix: string;
  knownIds: ReadonlySet<string>;
}

const HEADERS = ['#', 'On', 'Name', 'Category', 'Sources', 'Destinations', 'Services', 'Action'];

export function RuleTable({ rules, gateway, prefix, knownIds }: RuleTableProps) {
  const ordered = evaluationOrder(rules);
  if (ordered.length === 0)
    return <p className="muted">No rules: the default action decides every packet.</p>;
  const headers = gateway ? HEADERS : [...HEADERS, 'Applied to', 'Direction'];
  return (
    <table className="rows rule-table" data-testid={`${prefix}.table`}>
      <RowsHead columns={headers} />
      <tbody>
        {ordered.map((entry, i) => (
          <Fragment key={entry.rule.id}>
            {entry.category !== ordered[i - 1]?.category && (
              <tr className="group-row">
                <th colSpan={headers.length + 1} scope="rowgroup">
                  {categoryLabel(entry.category)}
                </th>
              </tr>
            )}
            <RuleRow
              entry={entry}
              gateway={gateway}
              prefix={`${prefix}.${entry.rule.id}`}
              knownIds={knownIds}
            />
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

interface RuleRowProps {
  entry: OrderedRule<FirewallRule | GatewayRule>;
  gateway: boolean;
  prefix: string;
  knownIds: ReadonlySet<string>;
}

function RuleRow({ entry, gateway, prefix, knownIds }: RuleRowProps) {
  const run = useRun();
  const { rule } = entry;
  const fields = useRuleFields(rule, gateway, { prefix, knownIds, compact: true });
  const what = `rule ${rule.name ?? rule.id}`;
  return (
    <tr className={rule.disabled ? 'rule-disabled' : undefined} data-testid={`${prefix}.row`}>
      <td className="rule-position" data-testid={`${prefix}.position`}>
        {entry.position}
      </td>
      {fields.map((f) => (
        <td key={f.key}>{f.node}</td>
      ))}
      <td>
        <RowActions
          testId={prefix}
          what={what}
          onUp={entry.hasPrevious ? () => run(moveRule, { id: rule.id, direction: 'up' }) : undefined}
          onDown={entry.hasNext ? () => run(moveRule, { id: rule.id, direction: 'down' }) : undefined}
          onRemove={() => run(removeRule, { id: rule.id })}
        />
      </td>
    </tr>
  );
}
