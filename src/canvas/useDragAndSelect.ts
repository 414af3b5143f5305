import { useCallback, useRef, useState } from 'react';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { moveNodes } from '../model/commands/setLayout';
import type { AppStore } from '../store/createAppStore';
import type { FlowEdge, FlowNode } from './flowTypes';
import { dragMoves, nextSelection, withDragChanges, type DragPositions } from './fromFlow';
import { pinsFor } from './paletteDrop';
import { canvasIds, sceneOf } from './sceneOf';

const NO_DRAG: DragPositions = {};

/** Node drags (local until they stop, then one command) and selection, wired to the store. */
export function useDragAndSelect(store: AppStore) {
  const [dragPositions, setDragPositions] = useState<DragPositions>(NO_DRAG);
  // The handlers read the latest positions between renders.
  const dragRef = useRef<DragPositions>(NO_DRAG);

  const select = useCallback(
    (nodeChanges: NodeChange<FlowNode>[], edgeChanges: EdgeChange<FlowEdge>[]) => {
      const state = store.getState();
      const onCanvas = canvasIds(sceneOf(state.doc));
      const next = nextSelection(state.selection, nodeChanges, edgeChanges, (id) => onCanvas.has(id));
      if (next) state.select(next);
    },
    [store],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const next = withDragChanges(dragRef.current, changes);
      if (next !== dragRef.current) {
        dragRef.current = next;
        setDragPositions(next);
      }
      select(changes, []);
    },
    [select],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => select([], changes), [select]);

  const onDragStop = useCallback(() => {
    const positions = dragRef.current;
    if (positions === NO_DRAG) return;
    const state = store.getState();
    const scene = sceneOf(state.doc);
    const reason = state.apply(moveNodes, {
      moves: dragMoves(state.doc, scene, positions),
      pins: pinsFor(state.doc, scene),
    });
    if (reason) state.notify({ kind: 'error', text: reason });
    dragRef.current = NO_DRAG;
    setDragPositions(NO_DRAG);
  }, [store]);

  const onPaneClick = useCallback(() => store.getState().select([]), [store]);

  return {
    dragPositions,
    handlers: {
      onNodesChange,
      onEdgesChange,
      onNodeDragStop: onDragStop,
      onSelectionDragStop: onDragStop,
      onPaneClick,
    },
  };
}
