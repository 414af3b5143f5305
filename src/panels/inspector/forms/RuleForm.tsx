// A firewall rule selected on its own (from a problem, say): the fields of its
// table row as a form, with its owner for a gateway rule.
import { useMemo } from 'react';
import { moveRule } from '../../../model/commands/firewallRules';
import type { Design, FirewallRule, GatewayRule, Router } from '../../../model/types';
import { useRuleFields } from '../../firewall/useRuleFields';
import { selectorIds } from '../selectorIds';
import { useRun } from '../useEdit';
import { IdNameFields, NotesField } from './CommonFields';
import { OwnerLink } from './OwnerLink';
import { CommandButton } from './RowActions';

export function RuleForm({
  rule,
  router,
  doc,
}: {
  rule: FirewallRule | GatewayRule;
  router?: Router;
  doc: Design;
}) {
  const run = useRun();
  const kind = router ? 'gatewayRule' : 'rule';
  const knownIds = useMemo(() => selectorIds(doc), [doc]);
  const fields = useRuleFields(rule, router !== undefined, {
    prefix: `inspector.${kind}`,
    knownIds,
    compact: false,
  });
  return (
    <>
      {router && (
        <OwnerLink what="Gateway firewall rule" owner={router} testId="inspector.gatewayRule.owner" />
      )}
      <IdNameFields kind={kind} el={rule} />
      {fields
        .filter((f) => f.key !== 'name')
        .map((f) => (
          <div key={f.key}>{f.node}</div>
        ))}
      <div className="button-row">
        <CommandButton
          testId={`inspector.${kind}.up`}
          label="Evaluate earlier"
          onClick={() => run(moveRule, { id: rule.id, direction: 'up' })}
        />
        <CommandButton
          testId={`inspector.${kind}.down`}
          label="Evaluate later"
          onClick={() => run(moveRule, { id: rule.id, direction: 'down' })}
        />
      </div>
      <NotesField kind={kind} el={rule} />
    </>
  );
}
