import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { displayName, switchMtu } from '../../model/defaults';
import type { DistributedSwitchFlowNode } from '../flowTypes';
import { vlanLabel } from './labels';
import { Detail } from './Detail';
import { NodeFrame } from './NodeFrame';
import { sameNodeProps } from './sameNodeProps';
import { SceneHandles } from './sceneHandles';

/** A distributed switch: port groups as chips along the top, one uplink handle per member host below. */
function DistributedSwitchNodeView({
  id,
  data,
  width,
  height,
  selected,
}: NodeProps<DistributedSwitchFlowNode>) {
  const { sw, portGroups, memberNames } = data;
  const pgOffset = new Map(data.handles.filter((h) => h.kind === 'portGroup').map((h) => [h.id, h.offset]));
  const uplinks = data.handles.filter((h) => h.kind === 'uplink');
  return (
    <NodeFrame
      id={id}
      kind="dvs"
      width={width}
      height={height}
      selected={selected}
      label={`Distributed switch ${displayName(sw)}`}
    >
      <div className="vnet-node-header">
        <span className="vnet-node-title">{displayName(sw)}</span>
        <span className="vnet-badge">distributed · MTU {switchMtu(sw)}</span>
      </div>
      <Detail>
        {portGroups.map((pg) => (
          <span key={pg.id} className="vnet-chip vnet-chip-top" style={{ left: pgOffset.get(`pg:${pg.id}`) }}>
            <span className="vnet-chip-name">{displayName(pg)}</span>
            <span className="vnet-chip-detail">{vlanLabel(pg)}</span>
          </span>
        ))}
        {portGroups.length === 0 && <div className="vnet-row vnet-muted">no port groups</div>}
        {uplinks.map((handle, i) => (
          <span key={handle.id} className="vnet-chip vnet-chip-bottom" style={{ left: handle.offset }}>
            {memberNames[i] ?? handle.label}
          </span>
        ))}
      </Detail>
      <SceneHandles nodeId={id} handles={data.handles} />
    </NodeFrame>
  );
}

export const DistributedSwitchNode = memo(DistributedSwitchNodeView, sameNodeProps);
