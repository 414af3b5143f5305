// Link statuses (MODEL.md 2.7): every link of the document gets the first
// status that holds: down, blocked, unreachable, mtu, ok, idle.
//
// From one version to the next (LinkPhase), only the links whose inputs may
// have changed are judged again: those the flows or problems mark
// differently, those layer 2 made ok or stopped making ok (domainLinks.ts),
// the adapters that changed, and every uplink when the switches changed.
// When none changes status the previous record is returned as it is; a
// version that may add or drop links (other hosts, cables, routers, VMs that
// came or went, an adapter that joined or left a network) is judged whole.
import { listLinks, nicLinkId, type Link } from '../model/links';
import type { Design } from '../model/types';
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { DomainLinks } from './domainLinks';
import { Keyed } from './keep';
import { LinkMarks } from './linkMarks';
import type { CableNet, SwitchNet } from './net';
import type { FlowResult, LinkStatus, Problem } from './types';

type Statuses = Record<string, LinkStatus>;

/** Rule 1: whether a link is off; the cables by id and the unused uplinks as kept for this version. */
function downTest(
  ctx: EngineContext,
  cables: ReadonlyMap<string, CableNet>,
  unused: ReadonlySet<string>,
): (link: Link) => boolean {
  const net = ctx.net;
  const nicUp = (host: string, nic: string) => net.hosts.get(host)?.nics.get(nic) ?? true;
  return (link) => {
    if (link.kind === 'nic') return !(net.memberById.get(link.adapter)?.on ?? true);
    if (link.kind === 'uplink') return unused.has(link.id) || !nicUp(link.host, link.nic);
    const cable = cables.get(link.cable);
    if (!cable) return false;
    return [cable.a, cable.b].some((end) => (end.kind === 'port' ? !end.port.up : !nicUp(end.host, end.nic)));
  };
}

function unusedUplinks(switches: ReadonlyMap<string, SwitchNet>): Set<string> {
  const unused = new Set<string>();
  for (const sw of switches.values()) for (const u of sw.uplinks) if (u.role === 'unused') unused.add(u.link);
  return unused;
}

/** The uplink links of the document's switches, in order (listLinks of the switches alone). */
const uplinkIds = (doc: Design): string =>
  listLinks({ switches: doc.switches } as Design)
    .map((l) => l.id)
    .join('\n');

interface Judged {
  ctx: EngineContext;
  record: Statuses;
  links: readonly Link[];
  /** The links by id and the uplinks' ids, made when a patch first needs them (a one-off evaluation never does). */
  byId: Map<string, Link> | null;
  uplinks: string | null;
}

function linksById(last: Judged): Map<string, Link> {
  if (!last.byId) {
    last.byId = new Map();
    for (const link of last.links) last.byId.set(link.id, link);
  }
  return last.byId;
}

export class LinkPhase {
  private readonly layer2 = new DomainLinks();
  private readonly marks = new LinkMarks();
  private readonly cables = new Keyed<Map<string, CableNet>>();
  private readonly unused = new Keyed<Set<string>>();
  private last: Judged | null = null;

  update(
    ctx: EngineContext,
    flows: readonly FlowResult[],
    problems: readonly Problem[],
    delta: ContextDelta | null,
  ): Statuses {
    const last = this.last;
    const local = last !== null && delta !== null && !delta.everything;
    // Only a patch reads which links changed: a record judged whole does not collect them.
    const changed = local ? new Set<string>() : null;
    this.layer2.update(ctx, delta && !delta.everything ? delta.domainLists : null, changed);
    const marks = this.marks;
    marks.update(flows, problems, changed);
    const net = ctx.net;
    const isDown = downTest(
      ctx,
      this.cables.get([net.cables], () => new Map(net.cables.map((c) => [c.id, c]))),
      this.unused.get([net.switches], () => unusedUplinks(net.switches)),
    );
    const status = (link: Link): LinkStatus => {
      const id = link.id;
      if (isDown(link)) return 'down';
      if (marks.blocked(id)) return 'blocked';
      if (marks.unreachable(id)) return 'unreachable';
      if (marks.mtu(id)) return 'mtu';
      return marks.ok(id) || this.layer2.has(id) ? 'ok' : 'idle';
    };
    const patched = local && changed ? this.patch(last, ctx, changed, delta, status) : null;
    if (patched) {
      this.last = { ...last!, ctx, record: patched };
      return patched;
    }
    // Judged whole: the marks read once per link (status() asks each kind of mark in turn).
    const marked = marks.strongest();
    const record: Statuses = {};
    const links = listLinks(ctx.net.doc);
    for (const link of links) {
      let id = link.id;
      let down: boolean;
      if (link.kind === 'nic') {
        // isDown of an adapter, its member read once: the member's own text of the link id is the one
        // the marks and layer 2 are keyed by, so the look-ups below find it without comparing texts.
        const m = net.memberById.get(link.adapter);
        if (m?.link === id) id = m.link;
        down = !(m?.on ?? true);
      } else down = isDown(link);
      record[id] = down ? 'down' : (marked.get(id) ?? (this.layer2.has(id) ? 'ok' : 'idle'));
    }
    this.last = { ctx, record, links, byId: null, uplinks: null };
    return record;
  }

  /**
   * The last record with the links that may have changed judged again: those
   * whose marks or layer-2 share changed (`dirty`, which this adds to), the
   * changed adapters' and, when the switches changed, every uplink. Null when
   * the links themselves may differ.
   */
  private patch(
    last: Judged,
    ctx: EngineContext,
    dirty: Set<string>,
    delta: ContextDelta,
    status: (link: Link) => LinkStatus,
  ): Statuses | null {
    const [a, b] = [last.ctx.net, ctx.net];
    if (a.members !== b.members || a.hosts !== b.hosts || a.cables !== b.cables || a.routers !== b.routers)
      return null;
    const byId = linksById(last);
    for (const id of delta.members) {
      const m = b.memberById.get(id);
      if (!m || (m.link !== null) !== byId.has(m.link ?? nicLinkId(id))) return null;
      if (m.link) dirty.add(m.link);
    }
    if (a.doc.switches !== b.doc.switches) {
      const uplinks = uplinkIds(b.doc);
      if (uplinks !== (last.uplinks ??= uplinkIds(a.doc))) return null;
      for (const id of uplinks.split('\n')) if (id) dirty.add(id);
    }
    let record = last.record;
    for (const id of dirty) {
      const link = byId.get(id);
      if (!link) continue;
      const now = status(link);
      if (now === record[id]) continue;
      if (record === last.record) record = { ...record };
      record[id] = now;
    }
    return record;
  }
}

export function linkStatuses(
  ctx: EngineContext,
  flows: readonly FlowResult[],
  problems: readonly Problem[],
): Statuses {
  return new LinkPhase().update(ctx, flows, problems, null);
}
