import { useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import type { FlowEdge } from '../flowTypes';
import { createHoverStore, type HoverStore } from './hoverStore';

export interface LinkHoverHandlers {
  onEdgeMouseEnter: (event: MouseEvent, edge: FlowEdge) => void;
  onEdgeMouseMove: (event: MouseEvent, edge: FlowEdge) => void;
  onEdgeMouseLeave: () => void;
}

/** React Flow edge handlers that record the hovered link, and the store the tooltip reads. */
export function useLinkHover(): { hover: HoverStore; handlers: LinkHoverHandlers } {
  const [hover] = useState(createHoverStore);
  const handlers = useMemo(() => {
    const track = (event: MouseEvent, edge: FlowEdge) => {
      const links = edge.data?.links;
      hover.set({ id: edge.id, ...(links ? { links } : {}), x: event.clientX, y: event.clientY });
    };
    return { onEdgeMouseEnter: track, onEdgeMouseMove: track, onEdgeMouseLeave: () => hover.set(null) };
  }, [hover]);
  return { hover, handlers };
}
