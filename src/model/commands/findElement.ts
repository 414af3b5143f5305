// One element by id, as `indexDesign(doc).get(id)` would give it, without
// indexing the whole document: the walk (eachElement) stops at the first
// element with that id. A click on a what-if toggle needs one element of a
// design of thousands, and indexing all of them for it cost more than the
// rest of the edit. With duplicate ids (only in invalid documents) the same
// occurrence wins as in the index; findElement.test.ts holds the two to each other.
import { eachElement, type IndexedElement } from '../elementIndex';
import type { Design } from '../types';

export function findElement(doc: Design, id: string): IndexedElement | undefined {
  for (const entry of eachElement(doc)) if (entry.id === id) return entry;
  return undefined;
}
