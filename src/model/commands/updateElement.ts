// The inspector's edit: set (or, with `undefined`, remove) top-level keys of
// one element, found by id. Lists inside an element (uplinks, ports, routes...)
// are set whole. Changing `id` renames it everywhere it is referenced. The
// result must still be a valid document, or the edit is refused.
import { indexDesign } from '../elementIndex';
import type { Design } from '../types';
import { checkEdit } from './checkEdit';
import { defineCommand, done, refuse } from './command';
import { changesAnything, replaceAt, withChanges } from './documentPaths';
import { renameId } from './renameId';

export type Changes = Readonly<Record<string, unknown>>;

export interface UpdateElementArgs {
  id: string;
  changes: Changes;
}

export const updateElement = defineCommand<UpdateElementArgs>('Edit', (doc, { id, changes }) => {
  const entry = indexDesign(doc).get(id);
  if (!entry) return refuse(`there is no element with id "${id}"`);
  if (!changesAnything(entry.el, changes)) return done(doc);
  const { id: newId, ...rest } = changes;
  if ('id' in changes && typeof newId !== 'string') return refuse('an id cannot be removed');
  let edited = replaceAt(doc, entry.path, withChanges(entry.el, rest));
  if (typeof newId === 'string' && newId !== id) {
    const renamed = renameId(edited, id, newId);
    if ('reason' in renamed) return refuse(renamed.reason);
    edited = renamed.doc;
  }
  return checkEdit(doc, edited);
});

/** The design's own keys: name and notes (the firewall default has its own command). */
export interface UpdateDesignArgs {
  changes: Readonly<{ name?: string | undefined; notes?: string | undefined }>;
}

export const updateDesign = defineCommand<UpdateDesignArgs>('Edit design', (doc, { changes }) => {
  if (!changesAnything(doc, changes)) return done(doc);
  return checkEdit(doc, withChanges<Design>(doc, changes));
});
