import { ReactFlow } from '@xyflow/react';

export function DesignCanvas() {
  return <ReactFlow nodes={[]} edges={[]} />;
}
