import type { KeyboardEvent } from 'react';
import { FieldShell } from './FieldShell';
import type { Parser } from './parsers';
import { useDraft, type Commit } from './useDraft';

export interface TextFieldProps<T> {
  label: string;
  testId: string;
  /** The committed value, as text. */
  value: string;
  parse: Parser<T>;
  onCommit: Commit<T>;
  placeholder?: string | undefined;
  hideLabel?: boolean | undefined;
  hint?: string | undefined;
  multiline?: boolean | undefined;
  /** The id of a <datalist> offering suggestions. */
  list?: string | undefined;
  inputMode?: 'numeric' | 'decimal' | 'text' | undefined;
}

export function TextField<T>(props: TextFieldProps<T>) {
  const draft = useDraft(props.value, props.parse, props.onCommit);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !(props.multiline && event.shiftKey)) {
      event.preventDefault();
      draft.submit();
    } else if (event.key === 'Escape') {
      draft.revert();
    }
  };
  return (
    <FieldShell
      label={props.label}
      testId={props.testId}
      error={draft.error}
      hideLabel={props.hideLabel}
      hint={props.hint}
    >
      {({ id, describedBy, invalid }) => {
        const common = {
          id,
          value: draft.text,
          placeholder: props.placeholder,
          'aria-invalid': invalid,
          'aria-describedby': describedBy,
          'data-testid': props.testId,
          onChange: (event: { target: { value: string } }) => draft.change(event.target.value),
          onBlur: draft.submit,
          onKeyDown,
        };
        return props.multiline ? (
          <textarea {...common} rows={3} />
        ) : (
          <input {...common} type="text" list={props.list} inputMode={props.inputMode} spellCheck={false} />
        );
      }}
    </FieldShell>
  );
}
