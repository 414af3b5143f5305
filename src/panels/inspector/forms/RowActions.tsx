// Buttons at the end of a table row: move up, move down, remove. Each is a
// real button with a label that names the row, so keyboard and screen reader
// users know what they act on.
import { useState } from 'react';

export interface RowActionsProps {
  testId: string;
  what: string;
  onUp?: (() => string | null) | undefined;
  onDown?: (() => string | null) | undefined;
  onRemove: () => string | null;
  /** Words instead of arrows, for the end of a card rather than a table row. */
  text?: boolean;
}

export function RowActions({ testId, what, onUp, onDown, onRemove, text = false }: RowActionsProps) {
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => string | null) => () => setError(action());
  return (
    <div className="row-actions">
      {onUp && (
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${what} up`}
          title="Move up"
          data-testid={`${testId}.up`}
          onClick={run(onUp)}
        >
          {text ? 'Move up' : '↑'}
        </button>
      )}
      {onDown && (
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${what} down`}
          title="Move down"
          data-testid={`${testId}.down`}
          onClick={run(onDown)}
        >
          {text ? 'Move down' : '↓'}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={`Remove ${what}`}
        title="Remove"
        data-testid={`${testId}.remove`}
        onClick={run(onRemove)}
      >
        {text ? 'Remove' : '×'}
      </button>
      {error && (
        <span className="field-error" role="alert" data-testid={`${testId}.error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** A button that runs a command and shows its refusal (no free NIC, already first...) beside it. */
export function CommandButton({
  testId,
  label,
  onClick,
}: {
  testId: string;
  label: string;
  onClick: () => string | null;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="add-row">
      <button type="button" data-testid={testId} onClick={() => setError(onClick())}>
        {label}
      </button>
      {error && (
        <span className="field-error" role="alert" data-testid={`${testId}.error`}>
          {error}
        </span>
      )}
    </div>
  );
}

export function AddButton({
  testId,
  label,
  onAdd,
}: {
  testId: string;
  label: string;
  onAdd: () => string | null;
}) {
  return <CommandButton testId={testId} label={`+ ${label}`} onClick={onAdd} />;
}

/** The list with item `index` swapped with its neighbour; the same list when there is none. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const other = index + step;
  const a = list[index];
  const b = list[other];
  if (a === undefined || b === undefined) return [...list];
  const copy = [...list];
  copy[index] = b;
  copy[other] = a;
  return copy;
}
