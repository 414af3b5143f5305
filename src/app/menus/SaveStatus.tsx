import { useAppStore } from '../../store/StoreProvider';
import type { SaveStatus as Status } from '../../store/persistenceSlice';

const LABELS: Record<Exclude<Status, 'error'>, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
};

/** Autosave's state, always in view: the user should never have to wonder. */
export function SaveStatus() {
  const status = useAppStore((s) => s.saveStatus);
  const error = useAppStore((s) => s.saveError);
  const lastSavedAt = useAppStore((s) => s.lastSavedAt);
  const text = status === 'error' ? `Not saved: ${error ?? 'unknown error'}` : LABELS[status];
  const title =
    status === 'error'
      ? 'Autosave failed. Save the design as a file (Ctrl+S) so that nothing is lost.'
      : lastSavedAt
        ? `Autosaved in this browser at ${new Date(lastSavedAt).toLocaleTimeString()}`
        : 'Autosaved in this browser';
  return (
    <span className="save-status" data-testid="save-status" data-state={status} role="status" title={title}>
      {text}
    </span>
  );
}
