import { useCallback } from 'react';
import type { Connection, Edge, FinalConnectionState } from '@xyflow/react';
import { connect, planConnection } from '../model/commands/connect';
import type { AppStore } from '../store/createAppStore';
import { connectArgs } from './fromFlow';

/** Connection gestures → the connect command; a refused one shows its reason when dropped. */
export function useConnections(store: AppStore) {
  const isValidConnection = useCallback(
    (connection: Connection | Edge) => {
      const args = connectArgs(connection);
      return args !== null && typeof planConnection(store.getState().doc, args) !== 'string';
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const args = connectArgs(connection);
      if (!args) return;
      const reason = store.getState().apply(connect, args);
      if (reason) store.getState().notify({ kind: 'error', text: reason });
    },
    [store],
  );

  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      const { fromHandle, toHandle } = state;
      if (state.isValid !== false || !fromHandle || !toHandle) return;
      if (fromHandle.nodeId === toHandle.nodeId && fromHandle.id === toHandle.id) return;
      const plan = planConnection(store.getState().doc, {
        source: { node: fromHandle.nodeId, handle: fromHandle.id ?? '' },
        target: { node: toHandle.nodeId, handle: toHandle.id ?? '' },
      });
      if (typeof plan === 'string') store.getState().notify({ kind: 'error', text: plan });
    },
    [store],
  );

  return { isValidConnection, onConnect, onConnectEnd };
}
