import { useId, useState } from 'react';
import type { Commit } from './useDraft';

export interface CheckboxFieldProps {
  label: string;
  testId: string;
  checked: boolean;
  onCommit: Commit<boolean>;
  hideLabel?: boolean | undefined;
}

export function CheckboxField({ label, testId, checked, onCommit, hideLabel }: CheckboxFieldProps) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(checked);
  if (seen !== checked) {
    setSeen(checked);
    setError(null);
  }
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
        onChange={(event) => setError(onCommit(event.target.checked))}
      />
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert" data-testid={`${testId}.error`}>
          {error}
        </span>
      )}
    </div>
  );
}
