import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { adapterMtu, displayName, hostKind, nicUp } from '../../model/defaults';
import { HOST_SUMMARY_HANDLE } from '../../scene/handleIds';
import { ROW } from '../../scene/metrics';
import { useCanvasActions } from '../canvasActions';
import type { HostFlowNode } from '../flowTypes';
import { addressLabel } from './labels';
import { LinkToggle } from '../whatIf/WhatIfToggle';
import { Detail } from './Detail';
import { NodeFrame } from './NodeFrame';
import { sameNodeProps } from './sameNodeProps';
import { SceneHandles } from './sceneHandles';
import { WorstStatusBadge } from './WorstStatusBadge';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A host: a container for its VMs and switches (child nodes), with its
 * VMkernel adapters as rows on the right and its physical NICs along the bottom.
 */
function HostNodeView({ id, data, width, height, selected }: NodeProps<HostFlowNode>) {
  const { host, collapsed } = data;
  const { toggleCollapsed } = useCanvasActions();
  const workstation = hostKind(host) === 'workstation';
  const summary = data.handles.find((handle) => handle.id === HOST_SUMMARY_HANDLE);
  const nicState = new Map((host.nics ?? []).map((nic) => [nic.name, nicUp(nic)]));
  return (
    <NodeFrame
      id={id}
      kind="host"
      width={width}
      height={height}
      selected={selected}
      className={collapsed ? 'is-collapsed' : ''}
      label={`${workstation ? 'Workstation' : 'ESXi'} host ${displayName(host)}`}
    >
      <div className="vnet-node-header">
        <button
          type="button"
          className="vnet-collapse nodrag"
          onClick={() => toggleCollapsed(id)}
          aria-expanded={!collapsed}
          aria-label={collapsed ? `Expand ${displayName(host)}` : `Collapse ${displayName(host)}`}
          data-testid={collapsed ? `expand:${id}` : `collapse:${id}`}
        >
          {collapsed ? '▸' : '▾'}
        </button>
        <span className="vnet-node-title">{displayName(host)}</span>
        <span className="vnet-badge">{workstation ? 'Workstation' : 'ESXi'}</span>
      </div>
      <Detail>
        {(host.vmkernels ?? []).map((vmk) => (
          <div key={vmk.id} className="vnet-row vnet-row-right">
            <span className="vnet-row-name">{displayName(vmk)}</span>
            <span className="vnet-row-detail">{addressLabel(vmk.ip)}</span>
            <span className="vnet-row-mtu">{adapterMtu(vmk)}</span>
          </div>
        ))}
      </Detail>
      {collapsed && summary && (
        <div
          className="vnet-row vnet-row-right vnet-host-summary"
          style={{ top: summary.offset - ROW / 2 }}
          data-testid={`host-summary:${id}`}
        >
          <WorstStatusBadge status={data.worst} />
          <span className="vnet-muted">
            {count(data.hiddenVms, 'VM', 'VMs')}, {count(data.hiddenSwitches, 'switch', 'switches')}
          </span>
        </div>
      )}
      <Detail>
        <div className="vnet-nic-bar">
          {data.handles
            .filter((handle) => handle.kind === 'hostNic')
            .map((handle) => (
              <span
                key={handle.id}
                className={`vnet-nic${nicState.get(handle.label) === false ? ' is-off' : ''}`}
                style={{ left: handle.offset }}
              >
                <LinkToggle kind="nic" owner={id} port={handle.label} up={nicState.get(handle.label) ?? true}>
                  {handle.label}
                </LinkToggle>
              </span>
            ))}
        </div>
      </Detail>
      <SceneHandles nodeId={id} handles={data.handles} />
    </NodeFrame>
  );
}

export const HostNode = memo(HostNodeView, sameNodeProps);
