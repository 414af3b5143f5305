import { useMemo, useState } from 'react';
import type { LinkStatus } from '../engine/types';
import type { Design } from '../model/types';
import type { DragPositions } from './fromFlow';
import { sceneOf } from './sceneOf';
import { createFlowMapper, type FlowElements } from './toFlow';

/** Link statuses arrive with the live-evaluation issue; until then every link is idle. */
const NO_STATUSES: Readonly<Record<string, LinkStatus>> = {};

/** The React Flow nodes and edges of the document, with the canvas's own mapper cache. */
export function useFlowElements(
  doc: Design,
  selection: readonly string[],
  dragPositions: DragPositions,
): FlowElements {
  const [mapper] = useState(createFlowMapper);
  const selected = useMemo(() => new Set(selection), [selection]);
  return useMemo(
    () => mapper({ doc, scene: sceneOf(doc), selection: selected, linkStatuses: NO_STATUSES, dragPositions }),
    [mapper, doc, selected, dragPositions],
  );
}
