// Immutable edits at a JSON pointer (the paths elementIndex.ts gives every
// element): only the objects on the way down are copied, the rest is shared,
// so the store's history stays cheap and unchanged parts keep their identity.
import type { Design } from '../types';

function keysOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function replaceIn(container: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (Array.isArray(container)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= container.length)
      throw new Error(`no array item at "${key}"`);
    const copy = [...container];
    copy[index] = replaceIn(container[index], rest, value);
    return copy;
  }
  if (container !== null && typeof container === 'object') {
    const record = container as Record<string, unknown>;
    if (!(key in record)) throw new Error(`no key "${key}"`);
    return { ...record, [key]: replaceIn(record[key], rest, value) };
  }
  throw new Error(`cannot descend into a ${typeof container} at "${key}"`);
}

/** The document with the value at `pointer` replaced; throws when the pointer leads nowhere. */
export function replaceAt(doc: Design, pointer: string, value: unknown): Design {
  return replaceIn(doc, keysOf(pointer), value) as Design;
}

/**
 * A copy of `el` with `changes` applied: a key whose change is `undefined` is removed, so that a
 * value set back to its default leaves the document as the user would have written it.
 */
export function withChanges<T extends object>(el: T, changes: Readonly<Record<string, unknown>>): T {
  const copy = { ...el } as Record<string, unknown>;
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
  }
  return copy as T;
}

/** Whether applying `changes` to `el` would change anything (values compared as JSON). */
export function changesAnything(el: object, changes: Readonly<Record<string, unknown>>): boolean {
  const record = el as Record<string, unknown>;
  return Object.entries(changes).some(([key, value]) =>
    value === undefined ? key in record : JSON.stringify(record[key]) !== JSON.stringify(value),
  );
}
