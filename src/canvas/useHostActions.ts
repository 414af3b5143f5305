import { useMemo } from 'react';
import { setHostCollapsed } from '../model/commands/setLayout';
import type { AppStore } from '../store/createAppStore';
import type { CanvasActions } from './canvasActions';
import { pinsFor } from './paletteDrop';
import { sceneOf } from './sceneOf';

export function useHostActions(store: AppStore): CanvasActions {
  return useMemo(
    () => ({
      toggleCollapsed: (host) => {
        const { doc, apply, notify } = store.getState();
        const collapsed = !(doc.layout?.[host]?.collapsed ?? false);
        const reason = apply(setHostCollapsed, { host, collapsed, pins: pinsFor(doc, sceneOf(doc)) });
        if (reason) notify({ kind: 'error', text: reason });
      },
    }),
    [store],
  );
}
