// The flows the user expects to work, or to be denied (MODEL.md flows[]): an
// editable list with each flow's verdict, a summary, and a form to add one.
// Selecting a flow highlights its path on the canvas and lists its hops.
import { useMemo } from 'react';
import { useAppStore } from '../../store/StoreProvider';
import { DockPanel } from '../inspector/DockPanel';
import { RowsHead } from '../inspector/forms/RowsHead';
import { useDesignContent } from '../inspector/useEdit';
import { flowSummary, resultsById, summaryText } from '../trace/flowSummary';
import { AddFlowForm } from './AddFlowForm';
import { EndpointsProvider } from './EndpointField';
import { FlowRows } from './FlowRows';
import './flows.css';

const FLOW_HEADERS = ['Verdict', 'Name', 'From', 'To', 'Service', 'Size', 'DF', 'Expect'];

export function FlowsPanel() {
  const doc = useDesignContent();
  const flows = doc.flows ?? [];
  const evaluated = useAppStore((s) => s.evaluation?.flows);
  const highlighted = useAppStore((s) => (s.highlight?.kind === 'flow' ? s.highlight.id : null));
  const results = useMemo(() => resultsById(evaluated), [evaluated]);
  const summary = summaryText(
    flowSummary(
      flows.map((f) => f.id),
      results,
    ),
  );
  const count = `${flows.length} flow${flows.length === 1 ? '' : 's'}`;
  return (
    <DockPanel panel="flows" title="Flows" summary={flows.length > 0 ? `${count} · ${summary}` : count}>
      <EndpointsProvider doc={doc}>
        {flows.length > 0 ? (
          <>
            <p className="flow-summary" data-testid="flows.summary">
              {summary}
              <span className="muted"> · select a flow to see its path</span>
            </p>
            <table className="rows flow-table" data-testid="flows.table">
              <RowsHead columns={FLOW_HEADERS} />
              {flows.map((flow) => (
                <FlowRows
                  key={flow.id}
                  flow={flow}
                  result={results.get(flow.id)}
                  highlighted={highlighted === flow.id}
                />
              ))}
            </table>
          </>
        ) : (
          <p className="muted">No flows yet: add the traffic you expect to work, or to be denied.</p>
        )}
        <AddFlowForm />
      </EndpointsProvider>
    </DockPanel>
  );
}
