import type { z } from 'zod';
import { integer, optional } from './parsers';
import { TextField } from './TextField';
import type { Commit } from './useDraft';

export interface NumberFieldProps {
  label: string;
  testId: string;
  value: number | undefined;
  /** The range schema of model/fields.ts (mtuAdapter, vlanId...). */
  schema: z.ZodType<number>;
  onCommit: Commit<number | undefined>;
  /** Shown when the key is absent; with it, clearing the field removes the key. */
  defaultValue?: number | undefined;
  required?: boolean | undefined;
  hideLabel?: boolean | undefined;
  /** Overrides the "N (default)" placeholder when the default is not one number. */
  placeholder?: string | undefined;
}

export function NumberField({
  schema,
  value,
  defaultValue,
  required,
  onCommit,
  placeholder,
  ...rest
}: NumberFieldProps) {
  const parse = required ? integer(schema) : optional(integer(schema));
  return (
    <TextField
      {...rest}
      value={value === undefined ? '' : String(value)}
      parse={parse}
      onCommit={onCommit}
      inputMode="numeric"
      placeholder={placeholder ?? (defaultValue === undefined ? undefined : `${defaultValue} (default)`)}
    />
  );
}
