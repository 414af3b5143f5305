// The one status a collapsed host shows for all the links it holds: the one
// that most needs the admin's attention.
//
// Most severe first: `blocked`, `unreachable` and `mtu` each mean that a flow
// expected to work fails at that link (or an error names it), so they lead,
// in the order MODEL.md 2.7 gives them. `down` comes next: something is
// switched off, which is often deliberate (a what-if toggle, a spare NIC), and
// when it does break an expected flow that flow also fails somewhere. `ok`
// says that traffic was seen working, which is worth more than `idle`,
// nothing to report, which is last.
import type { LinkStatus } from '../engine/types';

export const SEVERITY: readonly LinkStatus[] = ['blocked', 'unreachable', 'mtu', 'down', 'ok', 'idle'];

const rank = new Map(SEVERITY.map((status, i) => [status, i]));

/** The most severe status among `links`; `idle` for none (a link not in `statuses` is idle). */
export function worstStatus(
  links: readonly string[] | undefined,
  statuses: Readonly<Record<string, LinkStatus>>,
): LinkStatus {
  let worst = SEVERITY.length - 1;
  for (const link of links ?? []) {
    const r = rank.get(statuses[link] ?? 'idle') ?? worst;
    if (r < worst) {
      worst = r;
      if (worst === 0) break;
    }
  }
  return SEVERITY[worst]!;
}
