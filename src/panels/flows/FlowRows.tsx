// One flow in the flows table: its verdict (a toggle that highlights its
// path), its editable fields, the engine's message, and, while highlighted,
// its hops. A click anywhere on the row that is not on a control toggles too.
import { useEffect, useRef, type MouseEvent } from 'react';
import type { FlowResult } from '../../engine/types';
import { deleteElements } from '../../model/commands/deleteElements';
import type { Flow } from '../../model/types';
import { useAppStore } from '../../store/StoreProvider';
import { RowActions } from '../inspector/forms/RowActions';
import { useRun } from '../inspector/useEdit';
import { Trace } from '../trace/Trace';
import { useRevealPath } from '../trace/useReveal';
import { VerdictBadge } from '../trace/VerdictBadge';
import { useFlowFields } from './useFlowFields';

/** Columns of the table: the verdict, the fields, the actions. */
const COLUMNS = 9;
const CONTROLS = 'input, select, textarea, button, a, label';

interface FlowRowsProps {
  flow: Flow;
  result: FlowResult | undefined;
  highlighted: boolean;
}

export function FlowRows({ flow, result, highlighted }: FlowRowsProps) {
  const run = useRun();
  const selected = useAppStore((s) => s.selection.includes(flow.id));
  const highlightFlow = useAppStore((s) => s.highlightFlow);
  const prefix = `flows.flow.${flow.id}`;
  const fields = useFlowFields(flow, prefix, true);
  const what = flow.name ?? flow.id;
  const revealPath = useRevealPath();
  const toggle = () => {
    highlightFlow(highlighted ? null : flow.id);
    if (!highlighted && result) revealPath(result);
  };
  const onRowClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest(CONTROLS)) return;
    toggle();
  };
  // The dock is short: bring the hops just opened into view.
  const traceRow = useRef<HTMLTableRowElement>(null);
  const traced = highlighted && result !== undefined;
  useEffect(() => {
    if (traced) traceRow.current?.scrollIntoView({ block: 'nearest' });
  }, [traced]);
  const classes = ['flow-rows', selected ? 'row-selected' : '', highlighted ? 'is-highlighted' : ''];
  return (
    <tbody className={classes.filter(Boolean).join(' ')} data-testid={`${prefix}.rows`}>
      <tr data-testid={`${prefix}.row`} onClick={onRowClick}>
        <td>
          <button
            type="button"
            className="flow-trace-toggle"
            aria-pressed={highlighted}
            aria-label={`${highlighted ? 'Hide' : 'Show'} the path of ${what}`}
            data-testid={`${prefix}.trace`}
            onClick={toggle}
          >
            <VerdictBadge result={result} testId={`flow-verdict:${flow.id}`} />
          </button>
        </td>
        {fields.map((f) => (
          <td key={f.key}>{f.node}</td>
        ))}
        <td>
          <RowActions
            testId={prefix}
            what={`flow ${what}`}
            onRemove={() => run(deleteElements, { ids: [flow.id] })}
          />
        </td>
      </tr>
      <tr className="flow-message-row" onClick={onRowClick}>
        <td />
        <td colSpan={COLUMNS - 1} className="flow-message" data-testid={`${prefix}.message`}>
          {result ? result.message : 'Evaluating…'}
        </td>
      </tr>
      {highlighted && result && (
        <tr className="flow-trace-row" ref={traceRow}>
          <td />
          <td colSpan={COLUMNS - 1}>
            <Trace result={result} title={what} />
          </td>
        </tr>
      )}
    </tbody>
  );
}
