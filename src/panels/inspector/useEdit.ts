// How panels reach the document: a content-only view of it (layout moves do
// not re-render forms, so a drag stays smooth), and edit functions that run a
// command and hand back the refusal reason for the field to show.
import { useCallback } from 'react';
import type { Command } from '../../model/commands/command';
import { updateElement, type Changes } from '../../model/commands/updateElement';
import type { Design } from '../../model/types';
import { useAppStore } from '../../store/StoreProvider';

let lastContent: Design | null = null;

/** The document, kept the same object while only `layout` changes; its layout may be stale. */
export function contentOf(doc: Design): Design {
  const last = lastContent;
  if (last) {
    const keys = new Set([...Object.keys(last), ...Object.keys(doc)]);
    keys.delete('layout');
    const same = [...keys].every((k) => last[k as keyof Design] === doc[k as keyof Design]);
    if (same) return last;
  }
  lastContent = doc;
  return doc;
}

export function useDesignContent(): Design {
  return useAppStore((s) => contentOf(s.doc));
}

export type Run = <A>(command: Command<A>, args: A) => string | null;

export function useRun(): Run {
  return useAppStore((s) => s.apply);
}

/** Edits one element's top-level keys; `undefined` removes a key. */
export function useUpdate(id: string): (changes: Changes) => string | null {
  const apply = useRun();
  return useCallback((changes: Changes) => apply(updateElement, { id, changes }), [apply, id]);
}
