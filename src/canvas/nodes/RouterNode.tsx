import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { displayName } from '../../model/defaults';
import type { RouterFlowNode } from '../flowTypes';
import { addressLabel } from './labels';
import { Detail } from './Detail';
import { NodeFrame } from './NodeFrame';
import { sameNodeProps } from './sameNodeProps';
import { SceneHandles } from './sceneHandles';

/** A router: each interface above its handle with its address. */
function RouterNodeView({ id, data, width, height, selected }: NodeProps<RouterFlowNode>) {
  const { router } = data;
  const offsets = new Map(data.handles.map((h) => [h.id, h.offset]));
  return (
    <NodeFrame
      id={id}
      kind="router"
      width={width}
      height={height}
      selected={selected}
      label={`Router ${displayName(router)}`}
    >
      <div className="vnet-node-header">
        <span className="vnet-node-title">{displayName(router)}</span>
        <span className="vnet-badge">router</span>
      </div>
      <Detail>
        {(router.interfaces ?? []).map((iface) => (
          <span key={iface.id} className="vnet-iface" style={{ left: offsets.get(`if:${iface.id}`) }}>
            <span className="vnet-port-name">{displayName(iface)}</span>
            <span className="vnet-port-mode">
              {iface.attach && 'external' in iface.attach ? 'external' : addressLabel(iface.ip)}
            </span>
          </span>
        ))}
      </Detail>
      <SceneHandles nodeId={id} handles={data.handles} />
    </NodeFrame>
  );
}

export const RouterNode = memo(RouterNodeView, sameNodeProps);
