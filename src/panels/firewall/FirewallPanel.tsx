// The distributed firewall (MODEL.md firewall, 2.4): its default action and its
// rules in evaluation order.
import { useMemo } from 'react';
import { addRule, setFirewallDefault } from '../../model/commands/firewallRules';
import { firewallDefault } from '../../model/defaults';
import { DockPanel } from '../inspector/DockPanel';
import { SelectField } from '../inspector/fields/SelectField';
import { AddButton } from '../inspector/forms/RowActions';
import { selectorIds } from '../inspector/selectorIds';
import { useDesignContent, useRun } from '../inspector/useEdit';
import { RuleTable } from './RuleTable';
import { ACTIONS } from './useRuleFields';
import './firewall.css';

export function FirewallPanel() {
  const doc = useDesignContent();
  const run = useRun();
  const rules = doc.firewall?.rules ?? [];
  const knownIds = useMemo(() => selectorIds(doc), [doc]);
  const count = `${rules.length} rule${rules.length === 1 ? '' : 's'}, default ${firewallDefault(doc)}`;
  return (
    <DockPanel
      panel="firewall"
      title="Distributed firewall"
      summary={count}
      actions={
        <>
          <SelectField
            label="Default action"
            testId="firewall.default"
            value={firewallDefault(doc)}
            options={ACTIONS}
            onCommit={(action) => run(setFirewallDefault, { action: action as 'allow' | 'drop' | 'reject' })}
          />
          <AddButton testId="firewall.add" label="Add rule" onAdd={() => run(addRule, {})} />
        </>
      }
    >
      <RuleTable rules={rules} gateway={false} prefix="firewall.rule" knownIds={knownIds} />
    </DockPanel>
  );
}
