// A text box for a value not yet in the document (a new flow's ends, the
// "Test from here" destination): checked as it is typed, committed by a button.
import { FieldShell } from '../inspector/fields/FieldShell';
import { type Parser } from '../inspector/fields/parsers';

export interface DraftInputProps {
  label: string;
  testId: string;
  value: string;
  error: string | null;
  onChange: (text: string) => void;
  placeholder: string;
  list?: string | undefined;
  autoFocus?: boolean;
}

export function DraftInput(props: DraftInputProps) {
  const { label, testId, value, error, onChange, placeholder, list, autoFocus } = props;
  return (
    <FieldShell label={label} testId={testId} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          value={value}
          list={list}
          autoFocus={autoFocus}
          placeholder={placeholder}
          spellCheck={false}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-testid={testId}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

/** The error for text already typed; an untouched empty box shows none yet. */
export const draftError = <T,>(parse: Parser<T>, text: string): string | null => {
  if (text.trim() === '') return null;
  const parsed = parse(text);
  return parsed.ok ? null : parsed.error;
};
