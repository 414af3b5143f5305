import { Handle } from '@xyflow/react';
import type { SceneHandle } from '../../scene/types';
import { POSITION } from '../flowHandles';

/** A node's scene handles, where the scene puts them; all are sources, connected in loose mode. */
export function SceneHandles({ nodeId, handles }: { nodeId: string; handles: readonly SceneHandle[] }) {
  return handles.map((handle) => (
    <Handle
      key={handle.id}
      id={handle.id}
      type="source"
      position={POSITION[handle.side]}
      className={`vnet-handle vnet-handle-${handle.kind}`}
      style={
        handle.side === 'left' || handle.side === 'right' ? { top: handle.offset } : { left: handle.offset }
      }
      title={handle.label}
      data-testid={`handle:${nodeId}:${handle.id}`}
    />
  ));
}
