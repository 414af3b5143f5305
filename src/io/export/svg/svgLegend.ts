// The blocks under the diagram: a legend of link colours and, when the
// evaluator's problems are given, the problems list.
import type { Problem } from '../../../engine/types';
import { LEGEND_ORDER, LINK_STYLES, SEVERITY_COLOURS, TEXT_COLOUR } from '../style';
import { estimateWidth } from '../textFit';
import { el, formatNumber } from '../xml';
import type { XmlElement } from '../xml';

export interface Block {
  element: XmlElement;
  width: number;
  height: number;
}

const HEADING_SIZE = 12;
const ITEM_SIZE = 11;
const SAMPLE = 28;
const ITEM_GAP = 20;
const LINE = 18;
const SEVERITY_COLUMN = 64;

export function legendBlock(x: number, y: number): Block {
  const items: XmlElement[] = [];
  let cursor = 0;
  for (const status of LEGEND_ORDER) {
    const style = LINK_STYLES[status];
    items.push(
      el(
        'g',
        { 'data-status': status, transform: `translate(${formatNumber(cursor)} 30)` },
        el('line', {
          x1: 0,
          y1: 0,
          x2: SAMPLE,
          y2: 0,
          stroke: style.colour,
          'stroke-width': style.width,
          'stroke-dasharray': style.dash,
        }),
        el('text', { x: SAMPLE + 6, y: 4, 'font-size': ITEM_SIZE, fill: TEXT_COLOUR }, style.meaning),
      ),
    );
    cursor += SAMPLE + 6 + estimateWidth(style.meaning, ITEM_SIZE) + ITEM_GAP;
  }
  const element = el(
    'g',
    { 'data-block': 'legend', transform: `translate(${formatNumber(x)} ${formatNumber(y)})` },
    el('text', { y: 12, 'font-size': HEADING_SIZE, 'font-weight': 700, fill: TEXT_COLOUR }, 'Links'),
    items,
  );
  return { element, width: cursor - ITEM_GAP, height: 40 };
}

const problemLine = (problem: Problem): string => `${problem.message} [${problem.code}]`;

export function problemsBlock(problems: readonly Problem[], x: number, y: number): Block {
  const heading = problems.length === 0 ? 'Problems: none' : `Problems (${problems.length})`;
  const rows = problems.map((problem, i) =>
    el(
      'g',
      { 'data-problem': problem.code, transform: `translate(0 ${LINE * (i + 1) + 14})` },
      el(
        'text',
        { 'font-size': ITEM_SIZE, 'font-weight': 700, fill: SEVERITY_COLOURS[problem.severity] },
        problem.severity,
      ),
      el('text', { x: SEVERITY_COLUMN, 'font-size': ITEM_SIZE, fill: TEXT_COLOUR }, problemLine(problem)),
    ),
  );
  const widest = problems.reduce(
    (max, p) => Math.max(max, SEVERITY_COLUMN + estimateWidth(problemLine(p), ITEM_SIZE)),
    estimateWidth(heading, HEADING_SIZE),
  );
  const element = el(
    'g',
    { 'data-block': 'problems', transform: `translate(${formatNumber(x)} ${formatNumber(y)})` },
    el('text', { y: 12, 'font-size': HEADING_SIZE, 'font-weight': 700, fill: TEXT_COLOUR }, heading),
    rows,
  );
  return { element, width: widest, height: LINE * (problems.length + 1) + 8 };
}
