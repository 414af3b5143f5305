import type { LinkStatus, Problem } from '../../engine/types';

/** What an export knows besides the document: the evaluator's results, when there are any. */
export interface ExportOptions {
  /** Link id (MODEL.md 2.7) → status; a link not listed is drawn `idle`. */
  statuses?: Readonly<Record<string, LinkStatus>>;
  /** When given, the SVG lists them under the diagram (an empty list says "no problems"). */
  problems?: readonly Problem[];
}
