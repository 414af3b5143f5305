// The drawn picture of a design, computed from the model alone: node boxes,
// their handles and the links between them. The canvas (React Flow) and the
// SVG/.drawio exports all draw this one scene, so an export looks like the
// canvas and neither computes geometry of its own.

export type SceneNodeKind =
  'host' | 'vm' | 'standardSwitch' | 'distributedSwitch' | 'desktopNetwork' | 'physicalSwitch' | 'router';

export type Side = 'top' | 'bottom' | 'left' | 'right';

export type HandleKind =
  | 'adapter' // a VM adapter or VMkernel adapter
  | 'hostNic'
  | 'portGroup'
  | 'network' // a desktop network's attachment point
  | 'uplink'
  | 'port' // a physical switch port
  | 'svi' // a physical switch's routed VLAN interfaces
  | 'interface'; // a router interface

export interface SceneHandle {
  /** Unique within its node; see handleIds.ts. */
  id: string;
  kind: HandleKind;
  side: Side;
  /** Distance from the side's start (top or left), in px. */
  offset: number;
  label: string;
}

export interface SceneNode {
  id: string;
  kind: SceneNodeKind;
  /** The containing host, for VMs, standard switches and desktop networks. */
  parent?: string;
  /** Relative to the parent when there is one, else absolute. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** Absolute position, for exports. */
  absX: number;
  absY: number;
  handles: SceneHandle[];
  /** A collapsed host hides its children and shows a summary. */
  collapsed?: boolean;
  /** Hidden because its host is collapsed. */
  hidden?: boolean;
}

export interface SceneEdge {
  /** The link id of MODEL.md 2.7. */
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}
