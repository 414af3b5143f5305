// Module-level maps, so React Flow never sees new node or edge types.
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { DesktopNetworkNode } from './nodes/DesktopNetworkNode';
import { DistributedSwitchNode } from './nodes/DistributedSwitchNode';
import { HostNode } from './nodes/HostNode';
import { PhysicalSwitchNode } from './nodes/PhysicalSwitchNode';
import { RouterNode } from './nodes/RouterNode';
import { StandardSwitchNode } from './nodes/StandardSwitchNode';
import { VmNode } from './nodes/VmNode';
import { StatusEdge } from './StatusEdge';

export const nodeTypes = {
  host: HostNode,
  vm: VmNode,
  standardSwitch: StandardSwitchNode,
  distributedSwitch: DistributedSwitchNode,
  desktopNetwork: DesktopNetworkNode,
  physicalSwitch: PhysicalSwitchNode,
  router: RouterNode,
} satisfies NodeTypes;

export const edgeTypes = { status: StatusEdge } satisfies EdgeTypes;
