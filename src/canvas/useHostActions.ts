import { useMemo } from 'react';
import { setHostCollapsed } from '../model/commands/setLayout';
import { CANVAS_SCENE, collapsedByDefault, isCollapsed } from '../scene/collapse';
import type { AppStore } from '../store/createAppStore';
import type { CanvasActions } from './canvasActions';
import { pinsFor } from './paletteDrop';
import { sceneOf } from './sceneOf';

export function useHostActions(store: AppStore): CanvasActions {
  return useMemo(
    () => ({
      toggleCollapsed: (host) => {
        const { doc, apply, notify } = store.getState();
        const byDefault = collapsedByDefault(doc, CANVAS_SCENE);
        const collapsed = !isCollapsed(doc.layout, host, byDefault);
        const pins = pinsFor(doc, sceneOf(doc));
        const reason = apply(setHostCollapsed, { host, collapsed, byDefault, pins });
        if (reason) notify({ kind: 'error', text: reason });
      },
    }),
    [store],
  );
}
