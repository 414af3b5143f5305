// Global keyboard shortcuts. Typing in a form field keeps the browser's own
// undo for that field; everywhere else Ctrl+Z undoes the design. A modal
// dialog has the keyboard to itself: the design behind it is out of reach, so
// no shortcut edits it, and Escape closes the dialog without doing more.
import type { AppStore } from '../store/createAppStore';

export interface Shortcut {
  /** e.g. "mod+z", "mod+shift+z", "delete". `mod` is Ctrl, or Cmd on a Mac. */
  keys: string;
  run: () => void;
  /** Also fire while focus is in a text field. */
  inFields?: boolean;
}

/** Controls that take no typing (a checkbox, a select): shortcuts work there as anywhere else. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether the key goes to text being typed, which has its own undo and its own Delete. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target instanceof HTMLTextAreaElement;
}

const inModalDialog = (target: EventTarget | null): boolean =>
  target instanceof Element && target.closest('dialog[open]') !== null;

export function eventKeys(event: KeyboardEvent): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('mod');
  if (event.shiftKey) parts.push('shift');
  if (event.altKey) parts.push('alt');
  parts.push(event.key.toLowerCase());
  return parts.join('+');
}

export function installShortcuts(shortcuts: readonly Shortcut[]): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return; // the key belongs to an input method composing text
    const keys = eventKeys(event);
    const match = shortcuts.find((s) => s.keys === keys);
    if (!match || inModalDialog(event.target)) return;
    if (!match.inFields && isEditableTarget(event.target)) return;
    event.preventDefault();
    match.run();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}

export function historyShortcuts(store: AppStore): Shortcut[] {
  const undo = () => store.getState().undo();
  const redo = () => store.getState().redo();
  return [
    { keys: 'mod+z', run: undo },
    { keys: 'mod+shift+z', run: redo },
    { keys: 'mod+y', run: redo },
  ];
}
