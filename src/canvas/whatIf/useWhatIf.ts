import { useCallback } from 'react';
import type { Command } from '../../model/commands/command';
import { useAppStoreApi } from '../../store/StoreProvider';

/** Runs a what-if command as one undo step; a refusal becomes a notice, the design stays as it was. */
export function useWhatIf(): <A>(command: Command<A>, args: A) => void {
  const store = useAppStoreApi();
  return useCallback(
    <A>(command: Command<A>, args: A) => {
      const { apply, notify } = store.getState();
      const reason = apply(command, args);
      if (reason) notify({ kind: 'error', text: `${command.label}: ${reason}` });
    },
    [store],
  );
}
