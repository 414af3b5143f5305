// Documents known to be valid: those validateDesign accepted, and those an
// edit check accepted. Documents are values that nothing mutates (commands
// copy what they change), so a document once valid stays valid, and an edit
// of it needs to check only what the edit could have broken (checkEdit.ts).
import type { Design } from './types';

const valid = new WeakSet<Design>();

export function rememberValid(doc: Design): void {
  valid.add(doc);
}

export function isKnownValid(doc: Design): boolean {
  return valid.has(doc);
}
