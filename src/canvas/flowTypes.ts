// The React Flow nodes and edges of the canvas. Each node type carries only
// what its component draws: the model element (by reference, so an unrelated
// edit keeps it identical) and the scene handles it places.
import type { Edge, Node } from '@xyflow/react';
import type { LinkStatus } from '../engine/types';
import type {
  DesktopNetwork,
  DistributedSwitch,
  Host,
  PhysicalSwitch,
  PortGroup,
  Router,
  StandardSwitch,
  Vm,
} from '../model/types';
import type { SceneHandle } from '../scene/types';

export type HostNodeData = {
  host: Host;
  handles: SceneHandle[];
  collapsed: boolean;
  /** What a collapsed host hides, for its summary; 0 when expanded. */
  hiddenVms: number;
  hiddenSwitches: number;
  /** The most severe status among a collapsed host's links and its children's (worstStatus.ts); idle when expanded. */
  worst: LinkStatus;
};
export type VmNodeData = { vm: Vm; handles: SceneHandle[] };
export type StandardSwitchNodeData = { sw: StandardSwitch; portGroups: PortGroup[]; handles: SceneHandle[] };
export type DistributedSwitchNodeData = {
  sw: DistributedSwitch;
  portGroups: PortGroup[];
  /** Display names of `sw.hosts`, in the same order, to label the uplink handles. */
  memberNames: string[];
  handles: SceneHandle[];
};
export type DesktopNetworkNodeData = { net: DesktopNetwork; handles: SceneHandle[] };
export type PhysicalSwitchNodeData = { sw: PhysicalSwitch; handles: SceneHandle[] };
export type RouterNodeData = { router: Router; handles: SceneHandle[] };

export type HostFlowNode = Node<HostNodeData, 'host'>;
export type VmFlowNode = Node<VmNodeData, 'vm'>;
export type StandardSwitchFlowNode = Node<StandardSwitchNodeData, 'standardSwitch'>;
export type DistributedSwitchFlowNode = Node<DistributedSwitchNodeData, 'distributedSwitch'>;
export type DesktopNetworkFlowNode = Node<DesktopNetworkNodeData, 'desktopNetwork'>;
export type PhysicalSwitchFlowNode = Node<PhysicalSwitchNodeData, 'physicalSwitch'>;
export type RouterFlowNode = Node<RouterNodeData, 'router'>;

export type FlowNode =
  | HostFlowNode
  | VmFlowNode
  | StandardSwitchFlowNode
  | DistributedSwitchFlowNode
  | DesktopNetworkFlowNode
  | PhysicalSwitchFlowNode
  | RouterFlowNode;

export type FlowNodeData = FlowNode['data'];

/** How a link lies on the highlighted flow path: crossed, or where the flow stopped. */
export type EdgePathMark = 'crossed' | 'stop';
export type StatusEdgeData = {
  status: LinkStatus;
  path?: EdgePathMark;
  /** A bundle of a collapsed host's links (edgeBundles.ts): all of them; `status` is their worst. */
  links?: readonly string[];
};
export type FlowEdge = Edge<StatusEdgeData, 'status'>;
