import type { ReactNode } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Below this zoom a node's rows, ports and labels are a few pixels tall: nobody can read them,
 * yet on a big design they are tens of thousands of elements for the browser to lay out and
 * paint. So there a node draws only its header (a collapsed host its summary too) and its
 * handles. The handles stay: React Flow reads their places from the DOM when a node mounts
 * (flowHandles.ts gives the same places up front), and an edge whose handle it did not find
 * is not drawn.
 */
export const LOW_DETAIL_ZOOM = 0.4;

const lowDetail = (state: ReactFlowState): boolean => state.transform[2] < LOW_DETAIL_ZOOM;

/**
 * What a node draws only when the view is close enough to read it. Only this component listens to
 * the zoom, and only to its crossing the threshold, so zooming never re-renders the nodes themselves.
 */
export function Detail({ children }: { children: ReactNode }) {
  return useStore(lowDetail) ? null : children;
}
