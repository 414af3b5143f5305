// Runs of styled text as SVG: one <text> per run, a <tspan> per span, cut
// with an ellipsis where the canvas would cut it, the whole wording kept in a
// <title> tooltip when anything was cut.
import type { Span, SpanStyle } from '../nodeText';
import { MUTED_COLOUR, TEXT_COLOUR } from '../style';
import { estimateWidth, fitText } from '../textFit';
import { el, inlineEl } from '../xml';
import type { Attributes, XmlElement } from '../xml';

export const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
const GAP = 6;
/** Width of a space at the sizes used (10–12 px). */
const SPACE = 3;
/** Below this much room a cut span would show only an ellipsis: leave it out. */
const MIN_ROOM = 18;

/** `y` is a centre line; SVG text sits on its baseline, about a third of the size lower. */
export const baseline = (centre: number, size: number): number => centre + size * 0.35;

const SPAN_ATTRIBUTES: Readonly<Record<SpanStyle, Attributes>> = {
  name: { 'font-weight': 500 },
  detail: { fill: MUTED_COLOUR, 'font-family': MONOSPACE },
  mtu: { fill: MUTED_COLOUR, 'font-family': MONOSPACE },
  muted: { fill: MUTED_COLOUR },
};

function fitSpans(spans: readonly Span[], maxWidth: number, size: number): { spans: Span[]; cut: boolean } {
  const out: Span[] = [];
  let room = maxWidth;
  for (const span of spans) {
    const width = estimateWidth(span.text, size);
    if (width <= room) {
      out.push(span);
      room -= width + GAP;
      continue;
    }
    if (room >= MIN_ROOM || out.length === 0)
      out.push({ ...span, text: fitText(span.text, room, size).shown });
    return { spans: out, cut: true };
  }
  return { spans: out, cut: false };
}

export const spansWidth = (spans: readonly Span[], size: number): number =>
  spans.reduce((sum, span, i) => sum + estimateWidth(span.text, size) + (i > 0 ? GAP : 0), 0);

export interface RunOptions {
  x: number;
  /** Centre line. */
  y: number;
  size: number;
  maxWidth: number;
  anchor?: 'start' | 'middle' | 'end';
  /** Extra attributes of the <text>: weight, colour, decoration. */
  attributes?: Attributes;
  /** Styles that override each span's own (a greyed row). */
  override?: Attributes;
  /** Weight of `name` spans: 500 in rows, 600 for titles, ports and chips. */
  nameWeight?: number;
}

export function textRun(spans: readonly Span[], options: RunOptions): XmlElement {
  const fitted = fitSpans(spans, options.maxWidth, options.size);
  const text = inlineEl(
    'text',
    {
      x: options.x,
      y: baseline(options.y, options.size),
      'font-size': options.size,
      'text-anchor': options.anchor === 'start' ? undefined : options.anchor,
      fill: TEXT_COLOUR,
      ...options.attributes,
    },
    fitted.spans.map((span, i) =>
      inlineEl(
        'tspan',
        {
          // A real space keeps copied and searched text readable; dx widens it to the canvas's gap.
          dx: i > 0 ? GAP - SPACE : undefined,
          ...SPAN_ATTRIBUTES[span.style],
          ...(span.style === 'name' && options.nameWeight ? { 'font-weight': options.nameWeight } : {}),
          ...options.override,
        },
        i > 0 ? ` ${span.text}` : span.text,
      ),
    ),
  );
  if (!fitted.cut) return text;
  return el('g', {}, el('title', {}, spans.map((span) => span.text).join(' ')), text);
}
