import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { displayName, switchMtu } from '../../model/defaults';
import type { StandardSwitchFlowNode } from '../flowTypes';
import { vlanLabel } from './labels';
import { Detail } from './Detail';
import { NodeFrame } from './NodeFrame';
import { sameNodeProps } from './sameNodeProps';
import { SceneHandles } from './sceneHandles';

/** A standard switch inside its host: its port groups as rows (handles on the left), its uplinks below. */
function StandardSwitchNodeView({ id, data, width, height, selected }: NodeProps<StandardSwitchFlowNode>) {
  const { sw, portGroups } = data;
  return (
    <NodeFrame
      id={id}
      kind="switch"
      width={width}
      height={height}
      selected={selected}
      label={`Standard switch ${displayName(sw)}`}
    >
      <div className="vnet-node-header">
        <span className="vnet-node-title">{displayName(sw)}</span>
        <span className="vnet-badge">MTU {switchMtu(sw)}</span>
      </div>
      <Detail>
        {portGroups.map((pg) => (
          <div key={pg.id} className="vnet-row vnet-row-indented">
            <span className="vnet-row-name">{displayName(pg)}</span>
            <span className="vnet-row-detail">{vlanLabel(pg)}</span>
          </div>
        ))}
        {portGroups.length === 0 && <div className="vnet-row vnet-muted">no port groups</div>}
      </Detail>
      <SceneHandles nodeId={id} handles={data.handles} />
    </NodeFrame>
  );
}

export const StandardSwitchNode = memo(StandardSwitchNodeView, sameNodeProps);
