// Errors in the order a person reads the file: by the position of each path's
// keys in the document itself (a missing key sorts after its object's keys),
// array items by index. Duplicates are dropped.
import type { ValidationError } from '../types';

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The path as a list of positions: key order in each object, index in each array. */
function positionsOf(doc: unknown, path: string): number[] {
  const positions: number[] = [];
  if (path === '') return positions;
  let value: unknown = doc;
  for (const raw of path.slice(1).split('/')) {
    const key = unescape(raw);
    if (Array.isArray(value)) {
      const index = /^\d+$/.test(key) ? Number(key) : value.length;
      positions.push(index);
      value = value[index];
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      const index = keys.indexOf(key);
      positions.push(index < 0 ? keys.length : index);
      value = index < 0 ? undefined : (value as Record<string, unknown>)[key];
    } else {
      positions.push(0);
      value = undefined;
    }
  }
  return positions;
}

function compare(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

export function inDocumentOrder(doc: unknown, errors: readonly ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => {
    const key = `${e.path}\n${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const keyed = unique.map((error) => ({ error, at: positionsOf(doc, error.path) }));
  keyed.sort((x, y) => compare(x.at, y.at));
  return keyed.map((k) => k.error);
}
