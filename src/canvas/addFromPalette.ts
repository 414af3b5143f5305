// Runs an add from the palette (drop or click): the new element is selected,
// or the refusal is shown.
import { addElement, newElementId, type AddElementArgs } from '../model/commands/addElement';
import type { AppStore } from '../store/createAppStore';

export function addFromPalette(store: AppStore, args: AddElementArgs): void {
  const state = store.getState();
  const id = args.id ?? newElementId(state.doc, args.kind);
  const reason = state.apply(addElement, { ...args, id });
  if (reason) state.notify({ kind: 'error', text: reason });
  else store.getState().select([id]);
}
