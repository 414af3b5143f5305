import { useMemo, useState } from 'react';
import type { Design } from '../model/types';
import { useHighlightedPath } from '../panels/trace/useHighlightedPath';
import { selectLinkStatuses } from '../store/evaluationSlice';
import { useAppStore } from '../store/StoreProvider';
import type { DragPositions } from './fromFlow';
import { sceneOf } from './sceneOf';
import { createFlowMapper, type FlowElements } from './toFlow';

/**
 * The React Flow nodes and edges of the document, coloured by the latest evaluation, with the
 * canvas's own mapper cache. A new evaluation replaces the status record, so only then (and on a
 * document change) are the edges mapped again; a drag or a selection keeps them.
 */
export function useFlowElements(
  doc: Design,
  selection: readonly string[],
  dragPositions: DragPositions,
): FlowElements {
  const [mapper] = useState(createFlowMapper);
  const linkStatuses = useAppStore(selectLinkStatuses);
  const path = useHighlightedPath(doc);
  const selected = useMemo(() => new Set(selection), [selection]);
  return useMemo(
    () => mapper({ doc, scene: sceneOf(doc), selection: selected, linkStatuses, dragPositions, path }),
    [mapper, doc, selected, linkStatuses, dragPositions, path],
  );
}
