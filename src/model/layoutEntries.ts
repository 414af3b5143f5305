// `layout` is a plain object keyed by element ids, and an id may be any run
// of [A-Za-z0-9._-]: "__proto__", "constructor" and "toString" are valid ids.
// Read as `layout[id]`, such an id finds an inherited member; written as
// `layout[id] = entry`, "__proto__" replaces the object's prototype and the
// entry is lost. Code that reads or writes an entry by id goes through here.
import type { Layout, LayoutEntry } from './types';

/** The entry saved for `id`, never an inherited member of Object. */
export function layoutEntry(layout: Layout | undefined, id: string): LayoutEntry | undefined {
  return layout !== undefined && Object.hasOwn(layout, id) ? layout[id] : undefined;
}

/** Saves `entry` for `id` as an own property of `layout` (a copy the caller owns). */
export function putLayoutEntry(layout: Layout, id: string, entry: LayoutEntry): void {
  Object.defineProperty(layout, id, { value: entry, enumerable: true, writable: true, configurable: true });
}
