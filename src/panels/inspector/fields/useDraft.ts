// A field's life: the user types (checked on every keystroke, error shown
// inline), then Enter or leaving the field commits a valid value through a
// command; Escape reverts. A refused command's reason is shown the same way.
// When the document changes underneath (undo, another edit), the draft follows.
import { useState } from 'react';
import type { Parser } from './parsers';

/** Runs the edit; returns why it was refused, or null when it applied. */
export type Commit<T> = (value: T) => string | null;

export interface Draft {
  text: string;
  error: string | null;
  change: (text: string) => void;
  submit: () => void;
  revert: () => void;
}

export function useDraft<T>(committed: string, parse: Parser<T>, commit: Commit<T>): Draft {
  const [text, setText] = useState(committed);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(committed);
  // Adjusting state while rendering (React's documented pattern): a new committed value resets the draft.
  if (seen !== committed) {
    setSeen(committed);
    setText(committed);
    setError(null);
  }
  return {
    text,
    error,
    change: (next) => {
      setText(next);
      const parsed = parse(next);
      setError(parsed.ok ? null : parsed.error);
    },
    submit: () => {
      if (text === committed) return setError(null);
      const parsed = parse(text);
      if (!parsed.ok) return setError(parsed.error);
      setError(commit(parsed.value));
    },
    revert: () => {
      setText(committed);
      setError(null);
    },
  };
}
