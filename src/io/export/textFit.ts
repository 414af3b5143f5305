// Text that must fit a box. Exports run without a DOM (the CLI), so widths are
// estimated from the font size; the estimate is on the wide side, so that a
// label shortened here never overflows in a browser's rendering.

/** Average advance of a character of the UI sans-serif, per pixel of font size. */
const AVERAGE_ADVANCE = 0.6;
const ELLIPSIS = '…';

export const estimateWidth = (text: string, fontSize: number): number =>
  [...text].length * fontSize * AVERAGE_ADVANCE;

export interface FittedText {
  shown: string;
  /** True when `shown` is shortened; the full text then goes into a tooltip. */
  shortened: boolean;
}

export function fitText(text: string, maxWidth: number, fontSize: number): FittedText {
  if (estimateWidth(text, fontSize) <= maxWidth) return { shown: text, shortened: false };
  // Whole code points, so an emoji or a non-BMP character is never cut in half.
  const chars = [...text];
  const room = Math.max(0, Math.floor(maxWidth / (fontSize * AVERAGE_ADVANCE)) - 1);
  return { shown: chars.slice(0, room).join('').trimEnd() + ELLIPSIS, shortened: true };
}

/**
 * Items joined into as few lines as fit `maxWidth`, for labels that cannot
 * wrap by themselves (plain-text drawio labels). An item wider than a line
 * gets a line of its own rather than being cut.
 */
export function packLines(
  items: readonly string[],
  maxWidth: number,
  fontSize: number,
  separator = ' | ',
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const candidate = line === '' ? item : line + separator + item;
    if (line !== '' && estimateWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = item;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}
