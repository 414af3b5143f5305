// The flows the user expects to work, or to be denied (MODEL.md flows[]): an
// editable list and a form to add one. Verdicts join each row later.
import { deleteElements } from '../../model/commands/deleteElements';
import type { Flow } from '../../model/types';
import { useAppStore } from '../../store/StoreProvider';
import { DockPanel } from '../inspector/DockPanel';
import { RowActions } from '../inspector/forms/RowActions';
import { useDesignContent, useRun } from '../inspector/useEdit';
import { AddFlowForm } from './AddFlowForm';
import { EndpointsProvider } from './EndpointField';
import { useFlowFields } from './useFlowFields';
import './flows.css';

const HEADERS = ['Name', 'From', 'To', 'Service', 'Size', 'DF', 'Expect'];

export function FlowsPanel() {
  const doc = useDesignContent();
  const flows = doc.flows ?? [];
  return (
    <DockPanel panel="flows" title="Flows" summary={`${flows.length} flow${flows.length === 1 ? '' : 's'}`}>
      <EndpointsProvider doc={doc}>
        {flows.length > 0 ? (
          <table className="rows flow-table" data-testid="flows.table">
            <thead>
              <tr>
                {HEADERS.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
                <th scope="col" aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {flows.map((flow) => (
                <FlowRow key={flow.id} flow={flow} />
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No flows yet: add the traffic you expect to work, or to be denied.</p>
        )}
        <AddFlowForm />
      </EndpointsProvider>
    </DockPanel>
  );
}

function FlowRow({ flow }: { flow: Flow }) {
  const run = useRun();
  const selected = useAppStore((s) => s.selection.includes(flow.id));
  const prefix = `flows.flow.${flow.id}`;
  const fields = useFlowFields(flow, prefix, true);
  return (
    <tr className={selected ? 'row-selected' : undefined} data-testid={`${prefix}.row`}>
      {fields.map((f) => (
        <td key={f.key}>{f.node}</td>
      ))}
      <td>
        <RowActions
          testId={prefix}
          what={`flow ${flow.name ?? flow.id}`}
          onRemove={() => run(deleteElements, { ids: [flow.id] })}
        />
      </td>
    </tr>
  );
}
