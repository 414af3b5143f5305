// Bringing what a trace or a problem names into view: its elements (selected,
// as a click on the canvas would), or a whole path (the selection is left alone).
import { useCallback } from 'react';
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { sceneOf } from '../../canvas/sceneOf';
import type { FlowResult } from '../../engine/types';
import { useAppStoreApi } from '../../store/StoreProvider';
import { problemTargets } from '../problems/problemTargets';

const ZOOM = { padding: 0.3, maxZoom: 1.2, duration: 300 };

/** What a problem (MODEL.md 2.5) or a hop names. */
export interface Named {
  elements: readonly string[];
  ports?: readonly string[];
}

/**
 * Selects the named elements and brings the nodes that draw them into view. Names of nothing in
 * the design (a stale result) leave the selection and the view alone.
 */
export function useRevealElements(): (named: Named) => void {
  const store = useAppStoreApi();
  const { fitView } = useReactFlow();
  return useCallback(
    (named) => {
      const { doc, select } = store.getState();
      const targets = problemTargets(doc, sceneOf(doc), named);
      if (targets.select.length === 0) return;
      select(targets.select);
      if (targets.nodes.length > 0)
        void fitView({ ...ZOOM, nodes: targets.nodes.map((node) => ({ id: node })) });
    },
    [store, fitView],
  );
}

/** Selects one element (a hop of a trace) and brings the node that draws it into view. */
export function useRevealElement(): (id: string) => void {
  const reveal = useRevealElements();
  return useCallback((id) => reveal({ elements: [id] }), [reveal]);
}

/**
 * Fits the view to every node a flow's hops pass through, so that its highlighted path is on screen;
 * `padding` keeps it clear of something floating over the canvas.
 */
export function useRevealPath(): (
  result: Pick<FlowResult, 'hops' | 'at'>,
  padding?: FitViewOptions['padding'],
) => void {
  const store = useAppStoreApi();
  const { fitView } = useReactFlow();
  return useCallback(
    (result, padding = ZOOM.padding) => {
      const { doc } = store.getState();
      const elements = [...result.hops.map((hop) => hop.element), result.at].filter(Boolean);
      const { nodes } = problemTargets(doc, sceneOf(doc), { elements });
      if (nodes.length > 0) void fitView({ ...ZOOM, padding, nodes: nodes.map((id) => ({ id })) });
    },
    [store, fitView],
  );
}
