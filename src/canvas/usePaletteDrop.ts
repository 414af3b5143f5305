import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { isNewElementKind } from '../model/commands/addElement';
import { PALETTE_MIME } from '../panels/palette/paletteItems';
import type { AppStore } from '../store/createAppStore';
import { addFromPalette } from './addFromPalette';
import { planDrop } from './paletteDrop';
import { sceneOf } from './sceneOf';

/** HTML5 drops of palette items onto the canvas. */
export function usePaletteDrop(store: AppStore) {
  const { screenToFlowPosition } = useReactFlow();

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!isNewElementKind(kind)) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const doc = store.getState().doc;
      addFromPalette(store, planDrop(doc, sceneOf(doc), kind, point));
    },
    [store, screenToFlowPosition],
  );

  return { onDragOver, onDrop };
}
