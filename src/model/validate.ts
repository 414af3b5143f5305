// Loading is always parse → migrate → validate (shape, then meaning). A
// document that fails never reaches the caller, so it cannot touch the open
// design. Every error is reported, not just the first: when the shape is wrong,
// the semantic checks still run over the elements the schema accepted.
import { rememberValid } from './knownValid';
import { migrate } from './migrations';
import { designSchema } from './schema';
import { inDocumentOrder } from './semantic/errorOrder';
import { semanticErrors } from './semantic/index';
import type { Design, ValidationError } from './types';
import { issuesToErrors } from './zodIssues';

export type ValidationResult = { ok: true; doc: Design } | { ok: false; errors: ValidationError[] };

export function validateDesign(input: unknown): ValidationResult {
  const migrated = migrate(input);
  if (!migrated.ok) return migrated;
  const parsed = designSchema.safeParse(migrated.doc);
  const shapeErrors = parsed.success ? [] : issuesToErrors(parsed.error.issues, migrated.doc);
  // The input, not zod's output: zod would drop `x-` keys, and a saved file must come back unchanged.
  const doc = migrated.doc as Design;
  const semantic =
    shapeErrors.length === 0 ? semanticErrors(doc) : bestEffortSemanticErrors(doc, shapeErrors);
  const errors = [...shapeErrors, ...semantic];
  if (errors.length > 0) return { ok: false, errors: inDocumentOrder(doc, errors) };
  rememberValid(doc);
  return { ok: true, doc };
}

/**
 * On a malformed document the semantic checks are a bonus: the shape errors
 * already make it invalid. They skip every element with a shape error and read
 * the rest defensively; should one still trip over malformed input, the shape
 * errors alone are reported rather than an exception.
 */
function bestEffortSemanticErrors(doc: Design, shapeErrors: readonly ValidationError[]): ValidationError[] {
  try {
    return semanticErrors(
      doc,
      shapeErrors.map((e) => e.path),
    );
  } catch {
    return [];
  }
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
