// Delete the selection: one command (one undo step), then clear the selection
// (its ids are gone). The Delete and Backspace keys do it outside text fields.
import { deleteElements } from '../../model/commands/deleteElements';
import type { Shortcut } from '../../app/shortcuts';
import type { AppStore } from '../../store/createAppStore';

export function deleteSelection(store: AppStore): string | null {
  const { selection, apply, select, notify } = store.getState();
  if (selection.length === 0) return null;
  const refusal = apply(deleteElements, { ids: selection });
  if (refusal !== null) {
    notify({ kind: 'error', text: `Cannot delete: ${refusal}` });
    return refusal;
  }
  select([]);
  return null;
}

export function deleteShortcuts(store: AppStore): Shortcut[] {
  const run = () => void deleteSelection(store);
  return [
    { keys: 'delete', run },
    { keys: 'backspace', run },
  ];
}
