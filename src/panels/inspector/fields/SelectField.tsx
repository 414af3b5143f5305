import { useState } from 'react';
import { FieldShell } from './FieldShell';
import type { Commit } from './useDraft';

export interface Option {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  testId: string;
  value: string;
  options: readonly Option[];
  /** A choice commits at once; a refusal is shown under the field. */
  onCommit: Commit<string>;
  hideLabel?: boolean | undefined;
  hint?: string | undefined;
}

export function SelectField({ label, testId, value, options, onCommit, hideLabel, hint }: SelectFieldProps) {
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setError(null);
  }
  // A value the options lack (a dangling choice in an older file) is still shown, not silently replaced.
  const shown = options.some((o) => o.value === value) ? options : [{ value, label: value }, ...options];
  return (
    <FieldShell label={label} testId={testId} error={error} hideLabel={hideLabel} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-testid={testId}
          onChange={(event) => setError(onCommit(event.target.value))}
        >
          {shown.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
