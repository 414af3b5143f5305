import type { Shortcut } from '../../app/shortcuts';
import type { AppStore } from '../../store/createAppStore';

/** Escape lets go of a highlighted flow path (outside text fields, where it reverts the field). */
export function pathShortcuts(store: AppStore): Shortcut[] {
  return [{ keys: 'escape', run: () => store.getState().clearHighlight() }];
}
