// What a walk records as it goes: the hops it reached, the links it crossed,
// and, when it ends early, where and why.
import type { Hop, HopKind, Reason, Verdict } from './types';

export interface Stop {
  verdict: Verdict;
  reason: Reason;
  /** The element id the walk stopped at (2.3, the `at` table); "" only when none applies. */
  at: string;
  rule?: string;
  /** The link the flow stops at (2.7), or null. */
  stopLink: string | null;
  /** One sentence in an admin's words. */
  note: string;
}

export class Trace {
  readonly hops: Hop[] = [];
  readonly links: string[] = [];

  hop(element: string, kind: HopKind, note: string): void {
    this.hops.push({ element, kind, note });
  }

  cross(link: string | null): void {
    if (link !== null && this.links[this.links.length - 1] !== link) this.links.push(link);
  }

  /** Ends the walk: the stopping element becomes the last hop (replacing the last one if it is the same). */
  stop(stop: Stop, kind: HopKind): Stop {
    const last = this.hops[this.hops.length - 1];
    if (last && last.element === stop.at && last.kind === kind) last.note = stop.note;
    else this.hop(stop.at, kind, stop.note);
    return stop;
  }
}
