// Actions that node components trigger and the canvas carries out (it has the
// scene they need). A context, so that node data stays plain model data.
import { createContext, useContext } from 'react';

export interface CanvasActions {
  toggleCollapsed: (hostId: string) => void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('canvas nodes must be rendered inside <DesignCanvas>');
  return actions;
}
