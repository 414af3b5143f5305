// The gate every edit passes: the edited document must still be valid
// (MODEL.md 1.1). An edit that introduces an error is refused with that error's
// message, so the inspector can show it next to the field and the open design
// never becomes one the app would refuse to load.
//
// Validating a whole 5,000-VM design takes about a second, far too long for
// each keystroke of the inspector, and most of it checks what the edit did not
// touch. So an edit that only replaced elements is checked where it acted:
// each edited element against its schema (before and after, so that an element
// that was malformed, and therefore skipped by the semantic checks, cannot
// slip in unchecked), then, unless it changed only fields that no semantic
// check reads (inertFields.ts), the semantic checks, which are linear, on a
// document known to have been valid before. Anything else is validated whole.
import type { z } from 'zod';
import { isKnownValid, rememberValid } from '../knownValid';
import { designSchema } from '../schema';
import { semanticErrors } from '../semantic/index';
import { validateDesign } from '../validate';
import type { Design, ValidationError } from '../types';
import { issuesToErrors } from '../zodIssues';
import { done, refuse, type CommandResult } from './command';
import { editScope } from './editScope';

const keyOf = (error: ValidationError): string => `${error.path} ${error.message}`;

export function checkEdit(before: Design, after: Design): CommandResult {
  if (validWhereEdited(before, after)) {
    if (isKnownValid(before)) rememberValid(after);
    return done(after);
  }
  const result = validateDesign(after);
  return result.ok ? done(after) : judgeErrors(before, after, result.errors);
}

/** The value passes the schema, as validateDesign would judge it (`x-` keys allowed). */
function fitsShape(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success || issuesToErrors(parsed.error.issues, value).length === 0;
}

/**
 * True when the edit provably adds no error: it only replaced elements, each of them fits its
 * schema before and after, and either it changed only inert fields or `after` passes the semantic
 * checks while `before` was valid. False means "not proven", never "invalid".
 */
export function validWhereEdited(before: Design, after: Design): boolean {
  const scope = editScope(before, after);
  if (!scope) return false;
  const design = designSchema.shape as Record<string, z.ZodType>;
  for (const key of scope.designKeys)
    if (!design[key] || !fitsShape(design[key], (after as unknown as Record<string, unknown>)[key]))
      return false;
  for (const edit of scope.edits)
    if (!fitsShape(edit.rules.schema, edit.before) || !fitsShape(edit.rules.schema, edit.after)) return false;
  if (scope.edits.every((edit) => edit.inert)) return true;
  return isKnownValid(before) && semanticErrors(after).length === 0;
}

/** The verdict on an edited document whose validation found `errors`. */
export function judgeErrors(
  before: Design,
  after: Design,
  errors: readonly ValidationError[],
): CommandResult {
  // Errors the document already had are not this edit's fault (only an invalid document loaded by
  // other means could have them); refusing for them would make it impossible to repair it.
  const previous = isKnownValid(before) ? null : validateDesign(before);
  const known = new Set(!previous || previous.ok ? [] : previous.errors.map(keyOf));
  const fresh = errors.filter((error) => !known.has(keyOf(error)));
  const first = fresh[0];
  if (!first) return done(after);
  const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : '';
  return refuse(`${first.message}${more}`);
}
