// Global keyboard shortcuts. Typing in a form field keeps the browser's own
// undo for that field; everywhere else Ctrl+Z undoes the design.
import type { AppStore } from '../store/createAppStore';

export interface Shortcut {
  /** e.g. "mod+z", "mod+shift+z", "delete". `mod` is Ctrl, or Cmd on a Mac. */
  keys: string;
  run: () => void;
  /** Also fire while focus is in a text field. */
  inFields?: boolean;
}

export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

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
    const keys = eventKeys(event);
    const match = shortcuts.find((s) => s.keys === keys);
    if (!match) return;
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
