import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Problem } from '../../engine/types';
import { sceneOf } from '../../canvas/sceneOf';
import { useAppStoreApi } from '../../store/StoreProvider';
import { problemTargets } from './problemTargets';

const ZOOM = { padding: 0.3, maxZoom: 1.2, duration: 300 };

/** Selects a problem's elements and brings the nodes that draw them into view. */
export function useRevealProblem(): (problem: Problem) => void {
  const store = useAppStoreApi();
  const { fitView } = useReactFlow();
  return useCallback(
    (problem) => {
      const { doc, select } = store.getState();
      const targets = problemTargets(doc, sceneOf(doc), problem);
      select(targets.select);
      if (targets.nodes.length > 0) void fitView({ ...ZOOM, nodes: targets.nodes.map((id) => ({ id })) });
    },
    [store, fitView],
  );
}
