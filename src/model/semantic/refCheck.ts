// Resolving one reference: it must name an element, and the right kind of element.
import { findEntry, type SemanticContext } from './context';
import { kindPhrase, quote, type ErrorList } from './phrases';
import type { IdEntry } from './registry';

export interface RefRule {
  /** What the field must name, with its article: "a host". */
  what: string;
  accepts: (entry: IdEntry) => boolean;
  /** A message for a reference to the wrong kind of element, when the generic one would not help. */
  wrongKind?: (value: string, entry: IdEntry) => string | undefined;
  /** Added to the message for an id that names nothing, such as a likely mistake. */
  unknownHint?: (value: string) => string | undefined;
}

/**
 * The element a reference names, when it is of a kind the rule accepts; otherwise
 * the error is reported at `path` (the field that holds the reference) and the
 * result is undefined.
 */
export function resolveRef(
  ctx: SemanticContext,
  errors: ErrorList,
  value: string,
  path: string,
  rule: RefRule,
): IdEntry | undefined {
  const first = ctx.ids.get(value);
  if (!first) {
    const hint = rule.unknownHint?.(value);
    errors.add(path, `${quote(value)} is not ${rule.what} in this design${hint ? `; ${hint}` : ''}`);
    return undefined;
  }
  const accepted = findEntry(ctx, value, rule.accepts);
  if (!accepted)
    errors.add(
      path,
      rule.wrongKind?.(value, first) ?? `${quote(value)} is ${kindPhrase(first)}, not ${rule.what}`,
    );
  return accepted;
}

export const HOST: RefRule = { what: 'a host', accepts: (e) => e.kind === 'host' };
