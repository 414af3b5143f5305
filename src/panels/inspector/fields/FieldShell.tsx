// The frame every field shares: a label tied to its control, the control, and
// an inline error the control points to (aria-describedby) when there is one.
import { useId, type ReactNode } from 'react';

export interface ShellProps {
  label: string;
  testId: string;
  error: string | null;
  /** Tables label their cells by column; the label stays for screen readers. */
  hideLabel?: boolean | undefined;
  hint?: string | undefined;
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

export function FieldShell({ label, testId, error, hideLabel, hint, children }: ShellProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  // The hint gives way to the error, so it is described only while it is shown.
  const shownHint = hint && !error;
  const describedBy = error ? errorId : shownHint ? hintId : undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children({ id, describedBy, invalid: error !== null })}
      {shownHint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert" data-testid={`${testId}.error`}>
          {error}
        </span>
      )}
    </div>
  );
}
