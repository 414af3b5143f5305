// The persistence start-up step, called once from main.tsx before the first
// render: restore the saved design, then autosave from there on.
import type { AppStore } from './createAppStore';
import { browserPageHide, startAutosave } from './autosave';
import type { Autosave, PageHideSource } from './autosave';
import { createIndexedDbStorage } from './autosaveIndexedDb';
import { restoreSavedDesign } from './autosaveRestore';
import type { DesignStorage } from './autosaveStorage';

export async function startPersistence(
  store: AppStore,
  {
    storage = createIndexedDbStorage(),
    onPageHide = browserPageHide,
  }: {
    storage?: DesignStorage;
    onPageHide?: PageHideSource;
  } = {},
): Promise<Autosave> {
  const readable = await restoreSavedDesign(store, storage);
  return startAutosave(store, { storage, onPageHide, failing: !readable });
}
