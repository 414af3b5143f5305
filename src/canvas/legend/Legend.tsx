// What the link colours mean (MODEL.md 2.7), drawn with the edges' own
// styles, with how many links of the design have each status now.
import { memo, useDeferredValue } from 'react';
import { Panel } from '@xyflow/react';
import type { LinkStatus } from '../../engine/types';
import { selectLinkStatuses } from '../../store/evaluationSlice';
import { useAppStore } from '../../store/StoreProvider';
import { StatusSwatch } from './StatusSwatch';
import { STATUS_LABEL, STATUS_MEANING, STATUS_ORDER } from './statusText';
import './legend.css';

const countsCache = new WeakMap<object, Record<LinkStatus, number>>();

function statusCounts(statuses: Readonly<Record<string, LinkStatus>>): Record<LinkStatus, number> {
  let counts = countsCache.get(statuses);
  if (!counts) {
    counts = { ok: 0, mtu: 0, blocked: 0, unreachable: 0, down: 0, idle: 0 };
    for (const status of Object.values(statuses)) counts[status]++;
    countsCache.set(statuses, counts);
  }
  return counts;
}

function LegendView() {
  // Counting every link's status is work the recoloured links need not wait for: the counts
  // follow in a render of their own, right after the links show their new colours.
  const counts = statusCounts(useDeferredValue(useAppStore(selectLinkStatuses)));
  return (
    <Panel position="top-right" className="vnet-legend" data-testid="legend" aria-label="Link colours">
      <div className="vnet-legend-title">Links</div>
      <ul>
        {STATUS_ORDER.map((status) => (
          <li
            key={status}
            title={STATUS_MEANING[status]}
            data-testid={`legend.${status}`}
            data-count={counts[status]}
          >
            <StatusSwatch status={status} />
            <span className="vnet-legend-label">{STATUS_LABEL[status]}</span>
            <span className="vnet-legend-count">{counts[status]}</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

export const Legend = memo(LegendView);
