import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { adapterConnected, adapterMtu, displayName, vmPowered } from '../../model/defaults';
import type { VmFlowNode } from '../flowTypes';
import { addressLabel } from './labels';
import { ConnectedToggle, PowerToggle } from '../whatIf/WhatIfToggle';
import { Detail } from './Detail';
import { NodeFrame } from './NodeFrame';
import { sameNodeProps } from './sameNodeProps';
import { SceneHandles } from './sceneHandles';

/** A VM: its name and power state, then one row per adapter with its address and MTU. */
function VmNodeView({ id, data, width, height, selected }: NodeProps<VmFlowNode>) {
  const { vm } = data;
  const on = vmPowered(vm);
  const nics = vm.nics ?? [];
  return (
    <NodeFrame
      id={id}
      kind="vm"
      width={width}
      height={height}
      selected={selected}
      className={on ? '' : 'is-off'}
      label={`VM ${displayName(vm)}`}
    >
      <div className="vnet-node-header">
        <PowerToggle vm={vm.id} name={displayName(vm)} on={on} />
        <span className="vnet-node-title">{displayName(vm)}</span>
      </div>
      <Detail>
        {nics.map((nic) => (
          <div key={nic.id} className={`vnet-row${adapterConnected(nic) ? '' : ' is-off'}`}>
            <ConnectedToggle adapter={nic.id} name={displayName(nic)} on={adapterConnected(nic)} />
            <span className="vnet-row-name">{displayName(nic)}</span>
            <span className="vnet-row-detail">{addressLabel(nic.ip)}</span>
            <span className="vnet-row-mtu">{adapterMtu(nic)}</span>
          </div>
        ))}
        {nics.length === 0 && <div className="vnet-row vnet-muted">no adapters</div>}
      </Detail>
      <SceneHandles nodeId={id} handles={data.handles} />
    </NodeFrame>
  );
}

export const VmNode = memo(VmNodeView, sameNodeProps);
