// Nothing selected: the design's own fields and a hint.
import { updateDesign } from '../../../model/commands/updateElement';
import { setFirewallDefault } from '../../../model/commands/firewallRules';
import { firewallDefault } from '../../../model/defaults';
import type { Action, Design } from '../../../model/types';
import { ACTIONS } from '../../firewall/useRuleFields';
import { anyText, optionalText } from '../fields/parsers';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { useRun } from '../useEdit';

export function DesignForm({ doc }: { doc: Design }) {
  const run = useRun();
  return (
    <>
      <h2 className="inspector-title">Design</h2>
      <p className="muted" data-testid="inspector.hint">
        Select an element on the canvas to edit it. Delete removes the selection; Ctrl+Z undoes.
      </p>
      <TextField
        label="Design name"
        testId="inspector.design.name"
        value={doc.name ?? ''}
        parse={anyText}
        onCommit={(name) => run(updateDesign, { changes: { name } })}
      />
      <TextField
        label="Notes"
        testId="inspector.design.notes"
        value={doc.notes ?? ''}
        parse={optionalText}
        multiline
        onCommit={(notes) => run(updateDesign, { changes: { notes } })}
      />
      <SelectField
        label="Distributed firewall default"
        testId="inspector.design.firewallDefault"
        value={firewallDefault(doc)}
        options={ACTIONS}
        onCommit={(action) => run(setFirewallDefault, { action: action as Action })}
      />
    </>
  );
}
