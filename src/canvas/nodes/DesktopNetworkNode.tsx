import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { desktopDhcp, displayName } from '../../model/defaults';
import type { DesktopNetworkFlowNode } from '../flowTypes';
import { DESKTOP_TYPE_LABEL, desktopDetail } from './labels';
import { Detail } from './Detail';
import { NodeFrame } from './NodeFrame';
import { sameNodeProps } from './sameNodeProps';
import { SceneHandles } from './sceneHandles';

/** A Workstation network (NAT, host-only, bridged, LAN segment): VMs connect to it directly. */
function DesktopNetworkNodeView({ id, data, width, height, selected }: NodeProps<DesktopNetworkFlowNode>) {
  const { net } = data;
  const dhcp =
    net.type === 'nat' || net.type === 'hostonly' ? (desktopDhcp(net) ? 'DHCP on' : 'DHCP off') : '';
  return (
    <NodeFrame
      id={id}
      kind="desktop-network"
      width={width}
      height={height}
      selected={selected}
      label={`${DESKTOP_TYPE_LABEL[net.type]} network ${displayName(net)}`}
    >
      <div className="vnet-node-header">
        <span className="vnet-node-title">{displayName(net)}</span>
        <span className="vnet-badge">{DESKTOP_TYPE_LABEL[net.type]}</span>
      </div>
      <Detail>
        <div className="vnet-row vnet-row-indented">
          <span className="vnet-row-detail">{desktopDetail(net)}</span>
        </div>
        <div className="vnet-row vnet-row-indented vnet-muted">{dhcp}</div>
      </Detail>
      <SceneHandles nodeId={id} handles={data.handles} />
    </NodeFrame>
  );
}

export const DesktopNetworkNode = memo(DesktopNetworkNodeView, sameNodeProps);
