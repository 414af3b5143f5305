// Loading is always parse → migrate → validate (shape, then meaning). A
// document that fails never reaches the caller, so it cannot touch the open
// design. Every error is reported, not just the first.
import { migrate } from './migrations';
import { designSchema } from './schema';
import { semanticErrors } from './semantic/index';
import type { Design, ValidationError } from './types';
import { issuesToErrors } from './zodIssues';

export type ValidationResult = { ok: true; doc: Design } | { ok: false; errors: ValidationError[] };

export function validateDesign(input: unknown): ValidationResult {
  const migrated = migrate(input);
  if (!migrated.ok) return migrated;
  const parsed = designSchema.safeParse(migrated.doc);
  const shapeErrors = parsed.success ? [] : issuesToErrors(parsed.error.issues, migrated.doc);
  if (shapeErrors.length > 0) return { ok: false, errors: shapeErrors };
  // The input, not zod's output: zod would drop `x-` keys, and a saved file must come back unchanged.
  const doc = migrated.doc as Design;
  const errors = semanticErrors(doc);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, doc };
}

export function parseDesignText(text: string): ValidationResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ path: '', message: `the file is not valid JSON: ${detail}` }] };
  }
  return validateDesign(input);
}

export function formatError(error: ValidationError): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}
