import type { LinkStatus } from '../../engine/types';
import { STATUS_LABEL, STATUS_MEANING } from '../legend/statusText';

/** A collapsed host's worst link status (worstStatus.ts), in the colour its links would have. */
export function WorstStatusBadge({ status }: { status: LinkStatus }) {
  return (
    <span
      className={`vnet-worst vnet-worst-${status}`}
      data-worst-status={status}
      title={`Worst link inside: ${STATUS_LABEL[status]}: ${STATUS_MEANING[status]}`}
    >
      {STATUS_LABEL[status]}
    </span>
  );
}
