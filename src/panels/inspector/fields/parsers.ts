// Text typed into a field, turned into a document value with the format's own
// field schemas (model/fields.ts), so the inspector says exactly what loading
// the file would say. An empty optional field means "leave the key out".
import type { z } from 'zod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
export type Parser<T> = (text: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** What fromSchema needs of a zod schema; structural, so TypeScript infers T from the schema alone. */
interface SafeParser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}

export function fromSchema<T>(schema: SafeParser<T>): Parser<T> {
  return (text) => {
    const result = schema.safeParse(text.trim());
    return result.success ? ok(result.data) : fail(result.error.issues[0]?.message ?? 'not a valid value');
  };
}

/** Whole numbers, checked by the schema that holds the range (MTU, VLAN, port...). */
export function integer(schema: z.ZodType<number>): Parser<number> {
  return (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return fail('a value is required');
    if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return fail(`${JSON.stringify(trimmed)} is not a whole number`);
    const result = schema.safeParse(Number(trimmed));
    return result.success ? ok(result.data) : fail(result.error.issues[0]?.message ?? 'not a valid number');
  };
}

/** Empty text means "absent": the key is removed and its default applies. */
export function optional<T>(parse: Parser<T>): Parser<T | undefined> {
  return (text) => (text.trim() === '' ? ok(undefined) : parse(text));
}

/** A comma-separated list, each item checked alone; the first bad item is reported. */
export function commaList<T>(item: Parser<T>): Parser<T[]> {
  return (text) => {
    const parts = text
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const values: T[] = [];
    for (const part of parts) {
      const parsed = item(part);
      if (!parsed.ok) return fail(parsed.error);
      values.push(parsed.value);
    }
    return ok(values);
  };
}

/** Adds a check of its own after a parser succeeds (e.g. "must be a /24"). */
export function refine<T>(parse: Parser<T>, check: (value: T) => string | null): Parser<T> {
  return (text) => {
    const parsed = parse(text);
    if (!parsed.ok) return parsed;
    const error = check(parsed.value);
    return error === null ? parsed : fail(error);
  };
}

export const anyText: Parser<string> = (text) => ok(text);
export const optionalText: Parser<string | undefined> = (text) => ok(text === '' ? undefined : text);
export const formatList = (list: readonly string[] | undefined): string => (list ?? []).join(', ');
