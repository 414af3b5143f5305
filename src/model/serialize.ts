// A design as the file a user saves: pretty JSON, two-space indents and a
// final newline, keys in the order the document holds them. Documents are kept
// exactly as written (defaults not filled in), so opening and saving a file
// gives it back unchanged, apart from whitespace.
import type { Design } from './types';

export function serializeDesign(doc: Design): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
