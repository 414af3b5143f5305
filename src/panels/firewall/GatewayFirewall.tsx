// A router's gateway firewall inside the router form: the same table as the
// distributed firewall, without appliedTo and direction.
import { useMemo } from 'react';
import { addRule, setFirewallDefault } from '../../model/commands/firewallRules';
import type { Design, Router } from '../../model/types';
import { SelectField } from '../inspector/fields/SelectField';
import { AddButton } from '../inspector/forms/RowActions';
import { selectorIds } from '../inspector/selectorIds';
import { useRun } from '../inspector/useEdit';
import { RuleTable } from './RuleTable';
import { ACTIONS } from './useRuleFields';
import './firewall.css';

export function GatewayFirewall({ router, doc }: { router: Router; doc: Design }) {
  const run = useRun();
  const knownIds = useMemo(() => selectorIds(doc), [doc]);
  return (
    <fieldset className="section">
      <legend>Gateway firewall</legend>
      <SelectField
        label="Default action"
        testId="inspector.router.firewall.default"
        value={router.firewall?.default ?? 'allow'}
        options={ACTIONS}
        onCommit={(action) =>
          run(setFirewallDefault, { router: router.id, action: action as 'allow' | 'drop' | 'reject' })
        }
      />
      <div className="table-scroll">
        <RuleTable
          rules={router.firewall?.rules ?? []}
          gateway
          prefix="inspector.router.firewall.rule"
          knownIds={knownIds}
        />
      </div>
      <AddButton
        testId="inspector.router.firewall.add"
        label="Add rule"
        onAdd={() => run(addRule, { router: router.id })}
      />
    </fieldset>
  );
}
