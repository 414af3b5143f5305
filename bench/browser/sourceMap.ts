// Just enough of a source map (v3) reader to say which source line a
// position of the minified bundle came from, so that a CPU profile of the
// production build reads as "src/canvas/toFlow.ts:120", not "index-3f2a.js:1".
// Written here rather than taken from a dependency the project does not declare.

export interface SourcePosition {
  /** As the map names it, relative to the repository ("src/canvas/toFlow.ts"). */
  source: string;
  /** 0-based. */
  line: number;
  /** The original name at that position, when the map records one. */
  name: string | null;
}

interface RawMap {
  sources: string[];
  names?: string[];
  mappings: string;
}

/** [generated column, source index, source line, name index or -1], sorted by column. */
type Segment = [number, number, number, number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The VLQ numbers of one segment ("AAgBC" → [0, 0, 16, 1]). */
function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of text) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`not a base64 digit in a source map: ${c}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
    value = shift = 0;
  }
  return values;
}

/** Generated line → its segments. Fields other than the column carry over from line to line. */
function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let sourceLine = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const text of lineText.split(',')) {
      if (!text) continue;
      const v = decodeSegment(text);
      column += v[0]!;
      if (v.length < 4) continue; // a position with no source
      source += v[1]!;
      sourceLine += v[2]!;
      let nameIndex = -1;
      if (v.length >= 5) nameIndex = name += v[4]!;
      segments.push([column, source, sourceLine, nameIndex]);
    }
    lines.push(segments);
  }
  return lines;
}

/** A lookup from generated (0-based line, column) to the source position it came from. */
export function readSourceMap(json: string): (line: number, column: number) => SourcePosition | null {
  const raw = JSON.parse(json) as RawMap;
  const lines = decodeMappings(raw.mappings);
  const sources = raw.sources.map((s) => s.replace(/^(\.\.\/)+/, ''));
  return (line, column) => {
    const segments = lines[line];
    if (!segments || segments.length === 0) return null;
    // The last segment that starts at or before the column.
    let lo = 0;
    let hi = segments.length - 1;
    if (segments[0]![0] > column) return null;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]![0] <= column) lo = mid;
      else hi = mid - 1;
    }
    const [, source, sourceLine, nameIndex] = segments[lo]!;
    return {
      source: sources[source] ?? '?',
      line: sourceLine,
      name: nameIndex >= 0 ? (raw.names?.[nameIndex] ?? null) : null,
    };
  };
}
