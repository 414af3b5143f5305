// The gate every edit passes: the edited document must still be valid
// (MODEL.md 1.1). An edit that introduces an error is refused with that error's
// message, so the inspector can show it next to the field and the open design
// never becomes one the app would refuse to load.
import { validateDesign } from '../validate';
import type { Design, ValidationError } from '../types';
import { done, refuse, type CommandResult } from './command';

const keyOf = (error: ValidationError): string => `${error.path} ${error.message}`;

export function checkEdit(before: Design, after: Design): CommandResult {
  const result = validateDesign(after);
  return result.ok ? done(after) : judgeErrors(before, after, result.errors);
}

/** The verdict on an edited document whose validation found `errors`. */
export function judgeErrors(
  before: Design,
  after: Design,
  errors: readonly ValidationError[],
): CommandResult {
  // Errors the document already had are not this edit's fault (only an invalid document loaded by
  // other means could have them); refusing for them would make it impossible to repair it.
  const previous = validateDesign(before);
  const known = new Set(previous.ok ? [] : previous.errors.map(keyOf));
  const fresh = errors.filter((error) => !known.has(keyOf(error)));
  const first = fresh[0];
  if (!first) return done(after);
  const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : '';
  return refuse(`${first.message}${more}`);
}
