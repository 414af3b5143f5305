// Renaming an id rewrites every reference to it (references.ts), so a rename
// never leaves anything pointing at the old id.
import { indexDesign } from '../elementIndex';
import { ID_PATTERN } from '../fields';
import type { Design } from '../types';
import { replaceAt } from './documentPaths';
import { mapReferences } from './references';

const DOTTED = /^\d+(\.\d+){3}$/;

/** The document with element `from` renamed to `to`, or the reason it cannot be. */
export function renameId(doc: Design, from: string, to: string): { doc: Design } | { reason: string } {
  if (from === to) return { doc };
  const index = indexDesign(doc);
  const entry = index.get(from);
  if (!entry) return { reason: `there is no element with id "${from}"` };
  if (!ID_PATTERN.test(to))
    return {
      reason: `${JSON.stringify(to)} is not a valid id: use 1–64 characters from A–Z, a–z, 0–9, ".", "_" and "-"`,
    };
  // Selectors and flow ends read a dotted quad as an address, so such an id could never be named.
  if (DOTTED.test(to))
    return { reason: `"${to}" would read as an IPv4 address: choose an id that is not one` };
  const taken = index.get(to);
  if (taken) return { reason: `the id "${to}" is already used by a ${taken.kind} in this design` };
  const renamed = replaceAt(doc, entry.path, { ...entry.el, id: to });
  return { doc: mapReferences(renamed, (id) => (id === from ? to : id)) };
}
