import { memo } from 'react';
import { getBezierPath, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from './flowTypes';

/** Hit area of an edge, much wider than the line so that it is easy to click. */
const HIT_WIDTH = 16;

/** One link of MODEL.md 2.7 (or a collapsed host's bundle of them), coloured by its status (canvas.css). */
function StatusEdgeView(props: EdgeProps<FlowEdge>) {
  const [path] = getBezierPath(props);
  const status = props.data?.status ?? 'idle';
  const onPath = props.data?.path;
  const pathClass = onPath ? ` is-on-path${onPath === 'stop' ? ' is-path-stop' : ''}` : '';
  const bundled = props.data?.links?.length;
  return (
    <>
      <path
        d={path}
        fill="none"
        className={`vnet-link vnet-link-${status}${props.selected ? ' is-selected' : ''}${pathClass}${bundled ? ' is-bundle' : ''}`}
        data-testid={`link:${props.id}`}
        data-status={status}
        data-path={onPath}
        data-links={bundled}
      />
      <path
        d={path}
        fill="none"
        className="react-flow__edge-interaction"
        strokeOpacity={0}
        strokeWidth={HIT_WIDTH}
      />
    </>
  );
}

export const StatusEdge = memo(StatusEdgeView);
