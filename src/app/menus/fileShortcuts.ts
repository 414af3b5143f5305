import type { Shortcut } from '../shortcuts';

/** Ctrl+O and Ctrl+S, also from inside a text field, where the browser would otherwise save the page. */
export function fileShortcuts(actions: { open: () => void; save: () => void }): Shortcut[] {
  return [
    { keys: 'mod+o', run: actions.open, inFields: true },
    { keys: 'mod+s', run: actions.save, inFields: true },
  ];
}
