// Hovering a link says why it has its colour: its status in words, the
// problems that name it and the flows that stop at it or cross it.
import { useSyncExternalStore } from 'react';
import type { FlowResult } from '../../engine/types';
import type { Design } from '../../model/types';
import type { Scene } from '../../scene/types';
import { useAppStore } from '../../store/StoreProvider';
import { sceneOf } from '../sceneOf';
import { STATUS_LABEL, STATUS_MEANING } from '../legend/statusText';
import { StatusSwatch } from '../legend/StatusSwatch';
import type { HoverStore } from './hoverStore';
import { explainLink, linkTitle, type LinkFlow } from './linkIndex';
import { worstStatus } from '../worstStatus';
import './linkTooltip.css';

/** A busy link (a core uplink) may carry hundreds of flows; the first few say enough. */
const MAX_ITEMS = 6;
const OFFSET = 14;
const WIDTH = 360;

function verdictText({ flow, relation }: LinkFlow): string {
  const expectation = flow.expected === 'deny' ? ' (expected to be denied)' : '';
  if (relation === 'crosses') return `crosses it, ${flow.verdict}${expectation}`;
  // "unreachable (vlan-not-carried)", but not "mtu (mtu)".
  const reason = flow.reason && flow.reason !== flow.verdict ? ` (${flow.reason})` : '';
  return `stops here: ${flow.verdict}${reason}${expectation}`;
}

function More({ total }: { total: number }) {
  return total > MAX_ITEMS ? <li className="link-tooltip-more">and {total - MAX_ITEMS} more</li> : null;
}

const flowKey = (entry: { flow: FlowResult; relation: string }) => `${entry.relation}:${entry.flow.id}`;

const linkSets = new WeakMap<Scene, ReadonlySet<string>>();

/** Whether the design still draws the link: one deleted under the pointer never gets its mouseleave. */
function drawsLink(doc: Design, linkId: string): boolean {
  const scene = sceneOf(doc);
  let links = linkSets.get(scene);
  if (!links) {
    links = new Set(scene.edges.map((edge) => edge.id));
    linkSets.set(scene, links);
  }
  return links.has(linkId);
}

export function LinkTooltip({ hover }: { hover: HoverStore }) {
  const current = useSyncExternalStore(hover.subscribe, hover.get);
  const evaluation = useAppStore((s) => s.evaluation);
  const drawn = useAppStore((s) => current !== null && drawsLink(s.doc, current.id));
  if (!current || !drawn) return null;
  // A bundle of a collapsed host's links is explained by its worst link, whose colour it has.
  const statuses = evaluation?.links ?? {};
  const bundle = current.links;
  const worst = bundle ? worstStatus(bundle, statuses) : null;
  const shown = (bundle && bundle.find((link) => (statuses[link] ?? 'idle') === worst)) ?? current.id;
  const status = statuses[shown] ?? 'idle';
  const { problems, flows } = explainLink(evaluation, shown);
  const left = Math.max(0, Math.min(current.x + OFFSET, window.innerWidth - WIDTH - OFFSET));
  return (
    <div
      className="link-tooltip"
      role="tooltip"
      style={{ left, top: current.y + OFFSET, width: WIDTH }}
      data-testid="link-tooltip"
      data-link={shown}
    >
      <div className="link-tooltip-head">
        <StatusSwatch status={status} />
        <strong data-testid="link-tooltip.status" data-status={status}>
          {STATUS_LABEL[status]}
        </strong>
        <span className="link-tooltip-title">{linkTitle(shown)}</span>
      </div>
      {bundle && (
        <p className="link-tooltip-meaning" data-testid="link-tooltip.bundle">
          The worst of {bundle.length} links inside a collapsed host; expand it to see each.
        </p>
      )}
      <p className="link-tooltip-meaning">{evaluation ? STATUS_MEANING[status] : 'not evaluated yet'}</p>
      {problems.length > 0 && (
        <>
          <h4>Problems</h4>
          <ul>
            {problems.slice(0, MAX_ITEMS).map((problem, i) => (
              <li key={i} data-testid="link-tooltip.problem" data-code={problem.code}>
                <span className={`link-tooltip-code severity-${problem.severity}`}>{problem.code}</span>{' '}
                {problem.message}
              </li>
            ))}
            <More total={problems.length} />
          </ul>
        </>
      )}
      {flows.length > 0 && (
        <>
          <h4>Flows</h4>
          <ul>
            {flows.slice(0, MAX_ITEMS).map((entry) => (
              <li
                key={flowKey(entry)}
                data-testid="link-tooltip.flow"
                data-flow={entry.flow.id}
                data-relation={entry.relation}
              >
                <strong>{entry.flow.id}</strong> {verdictText(entry)}
                <div className="link-tooltip-message">{entry.flow.message}</div>
              </li>
            ))}
            <More total={flows.length} />
          </ul>
        </>
      )}
    </div>
  );
}
