import { emptyDesign } from '../../model/emptyDesign';
import type { AppStore } from '../../store/createAppStore';

/** An empty design, as an undoable step: an accidental click is one Ctrl+Z away. */
export function startNewDesign(store: AppStore): void {
  const state = store.getState();
  state.replaceDocument(emptyDesign(), 'New design');
  state.notify({ kind: 'info', text: 'New design. Undo restores the previous one.' });
}
