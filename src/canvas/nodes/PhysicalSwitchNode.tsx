import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { DEFAULT_MTU, displayName, portUp } from '../../model/defaults';
import type { PhysicalSwitchFlowNode } from '../flowTypes';
import { portModeLabel } from './labels';
import { LinkToggle } from '../whatIf/WhatIfToggle';
import { Detail } from './Detail';
import { NodeFrame } from './NodeFrame';
import { sameNodeProps } from './sameNodeProps';
import { SceneHandles } from './sceneHandles';

/** A physical switch: each port under its handle with its mode, VLANs and state. */
function PhysicalSwitchNodeView({ id, data, width, height, selected }: NodeProps<PhysicalSwitchFlowNode>) {
  const { sw } = data;
  const offsets = new Map(data.handles.filter((h) => h.kind === 'port').map((h) => [h.label, h.offset]));
  return (
    <NodeFrame
      id={id}
      kind="physical"
      width={width}
      height={height}
      selected={selected}
      label={`Physical switch ${displayName(sw)}`}
    >
      <div className="vnet-node-header">
        <span className="vnet-node-title">{displayName(sw)}</span>
        <span className="vnet-badge">MTU {sw.mtu ?? DEFAULT_MTU}</span>
      </div>
      <Detail>
        {(sw.ports ?? []).map((port) => (
          <span
            key={port.name}
            className={`vnet-port${portUp(port) ? '' : ' is-off'}`}
            style={{ left: offsets.get(port.name) }}
            title={`${port.name}: ${portModeLabel(port)}, ${portUp(port) ? 'up' : 'down'}`}
          >
            <span className="vnet-port-name">{port.name}</span>
            <span className="vnet-port-mode">{portModeLabel(port)}</span>
            <span className="vnet-port-state">
              <LinkToggle kind="port" owner={id} port={port.name} up={portUp(port)}>
                {portUp(port) ? 'up' : 'down'}
              </LinkToggle>
            </span>
          </span>
        ))}
      </Detail>
      <SceneHandles nodeId={id} handles={data.handles} />
    </NodeFrame>
  );
}

export const PhysicalSwitchNode = memo(PhysicalSwitchNodeView, sameNodeProps);
