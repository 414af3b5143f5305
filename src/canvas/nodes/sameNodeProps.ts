import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../flowTypes';

/**
 * The memo test of every node component. Position props are left out on
 * purpose: a node draws the same wherever it is, so moving a host does not
 * re-render the VMs it carries.
 */
export function sameNodeProps<N extends FlowNode>(prev: NodeProps<N>, next: NodeProps<N>): boolean {
  return (
    prev.data === next.data &&
    prev.selected === next.selected &&
    prev.width === next.width &&
    prev.height === next.height &&
    prev.isConnectable === next.isConnectable
  );
}
