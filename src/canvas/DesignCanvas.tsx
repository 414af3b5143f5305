import { useCallback, useEffect, useState } from 'react';
import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Viewport,
} from '@xyflow/react';
import { useAppStore, useAppStoreApi } from '../store/StoreProvider';
import { CanvasActionsContext } from './canvasActions';
import type { FlowEdge, FlowNode } from './flowTypes';
import { edgeTypes, nodeTypes } from './nodeTypes';
import { useConnections } from './useConnections';
import { useDragAndSelect } from './useDragAndSelect';
import { useFlowElements } from './useFlowElements';
import { useHostActions } from './useHostActions';
import { Legend } from './legend/Legend';
import { LinkTooltip } from './linkTooltip/LinkTooltip';
import { useLinkHover } from './linkTooltip/useLinkHover';
import { usePaletteDrop } from './usePaletteDrop';
import './canvas.css';

const FIT_VIEW = { padding: 0.1, maxZoom: 1 };

/** Fits the view to a design that was opened, imported or restored. */
function useFitViewOnLoad() {
  const loadCount = useAppStore((s) => s.loadCount);
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (loadCount > 0) void fitView(FIT_VIEW);
  }, [loadCount, fitView]);
}

/** The design as a diagram. The logic lives in toFlow, fromFlow and the model commands. */
export function DesignCanvas() {
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const selection = useAppStore((s) => s.selection);
  const setViewport = useAppStore((s) => s.setViewport);
  // React Flow copies every callback prop into its store when it changes, and each such update
  // makes every drawn edge check its position: a new function per render would cost every edit that.
  const onMoveEnd = useCallback(
    (_event: unknown, viewport: Viewport) => setViewport(viewport),
    [setViewport],
  );
  const { dragPositions, handlers } = useDragAndSelect(store);
  const { nodes, edges } = useFlowElements(doc, selection, dragPositions);
  const connections = useConnections(store);
  const drop = usePaletteDrop(store);
  const actions = useHostActions(store);
  const linkHover = useLinkHover();
  useFitViewOnLoad();
  // React Flow's fitView prop waits for the first nodes: on an empty canvas it would jump the view
  // when the first element is dropped, away from where the user put it. Fit only what was there.
  const [fitOnInit] = useState(() => nodes.length > 0);

  return (
    <CanvasActionsContext.Provider value={actions}>
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        onlyRenderVisibleElements
        fitView={fitOnInit}
        fitViewOptions={FIT_VIEW}
        minZoom={0.05}
        onMoveEnd={onMoveEnd}
        {...handlers}
        {...connections}
        {...drop}
        {...linkHover.handlers}
        data-testid="canvas"
      >
        <Background />
        <Controls />
        <MiniMap pannable zoomable />
        <Legend />
      </ReactFlow>
      <LinkTooltip hover={linkHover.hover} />
    </CanvasActionsContext.Provider>
  );
}
