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
import type { FlowResult, LinkStatus, Problem } from './types';

type Statuses = Record<string, LinkStatus>;

/** Rule 1: whether a link is off. */
function downTest(ctx: EngineContext): (link: Link) => boolean {
  const net = ctx.net;
  const nicUp = (host: string, nic: string) => net.hosts.get(host)?.nics.get(nic) ?? true;
  const cables = new Map(net.cables.map((c) => [c.id, c]));
  const unused = new Set<string>();
  for (const sw of net.switches.values())
    for (const u of sw.uplinks) if (u.role === 'unused') unused.add(u.link);
  return (link) => {
    if (link.kind === 'nic') return !(net.memberById.get(link.adapter)?.on ?? true);
    if (link.kind === 'uplink') return unused.has(link.id) || !nicUp(link.host, link.nic);
    const cable = cables.get(link.cable);
    if (!cable) return false;
    return [cable.a, cable.b].some((end) => (end.kind === 'port' ? !end.port.up : !nicUp(end.host, end.nic)));
  };
}

/** What the flows and problems say of links; `ok` is the allowed flows' share only. */
interface Marks {
  blocked: Set<string>;
  unreachable: Set<string>;
  mtu: Set<string>;
  ok: Set<string>;
}

function marksOf(flows: readonly FlowResult[], problems: readonly Problem[]): Marks {
  const m: Marks = { blocked: new Set(), unreachable: new Set(), mtu: new Set(), ok: new Set() };
  for (const f of flows) {
    if (f.verdict === 'allowed') for (const l of f.links) m.ok.add(l);
    if (f.expected !== 'allow' || !f.stopLink) continue;
    if (f.verdict === 'blocked') m.blocked.add(f.stopLink);
    else if (f.verdict === 'unreachable') m.unreachable.add(f.stopLink);
    else if (f.verdict === 'mtu') m.mtu.add(f.stopLink);
  }
  for (const p of problems) {
    if (p.severity === 'error') for (const l of p.links) m.unreachable.add(l);
    if (p.code === 'mtu-mismatch') for (const l of p.links) m.mtu.add(l);
  }
  return m;
}

function addDifference(a: ReadonlySet<string>, b: ReadonlySet<string>, into: Set<string>): void {
  for (const x of a) if (!b.has(x)) into.add(x);
  for (const x of b) if (!a.has(x)) into.add(x);
}

/** The uplink links of the document's switches, in order (listLinks of the switches alone). */
const uplinkIds = (doc: Design): string =>
  listLinks({ switches: doc.switches } as Design)
    .map((l) => l.id)
    .join('\n');

interface Judged {
  ctx: EngineContext;
  marks: Marks;
  record: Statuses;
  byId: Map<string, Link>;
  uplinks: string;
}

export class LinkPhase {
  private readonly layer2 = new DomainLinks();
  private last: Judged | null = null;

  update(
    ctx: EngineContext,
    flows: readonly FlowResult[],
    problems: readonly Problem[],
    delta: ContextDelta | null,
  ): Statuses {
    const layer2Changed = this.layer2.update(ctx);
    const marks = marksOf(flows, problems);
    const isDown = downTest(ctx);
    const status = (link: Link): LinkStatus => {
      const id = link.id;
      if (isDown(link)) return 'down';
      if (marks.blocked.has(id)) return 'blocked';
      if (marks.unreachable.has(id)) return 'unreachable';
      if (marks.mtu.has(id)) return 'mtu';
      return marks.ok.has(id) || this.layer2.has(id) ? 'ok' : 'idle';
    };
    const last = this.last;
    const patched =
      last && delta && !delta.everything ? this.patch(last, ctx, marks, layer2Changed, delta, status) : null;
    if (patched) {
      this.last = { ...last!, ctx, marks, record: patched };
      return patched;
    }
    const links = listLinks(ctx.net.doc);
    const record: Statuses = {};
    for (const link of links) record[link.id] = status(link);
    const byId = new Map(links.map((l) => [l.id, l]));
    this.last = { ctx, marks, record, byId, uplinks: uplinkIds(ctx.net.doc) };
    return record;
  }

  /** The last record with the links that may have changed judged again; null when the links themselves may differ. */
  private patch(
    last: Judged,
    ctx: EngineContext,
    marks: Marks,
    layer2Changed: ReadonlySet<string>,
    delta: ContextDelta,
    status: (link: Link) => LinkStatus,
  ): Statuses | null {
    const [a, b] = [last.ctx.net, ctx.net];
    if (a.members !== b.members || a.hosts !== b.hosts || a.cables !== b.cables || a.routers !== b.routers)
      return null;
    const dirty = new Set(layer2Changed);
    addDifference(last.marks.blocked, marks.blocked, dirty);
    addDifference(last.marks.unreachable, marks.unreachable, dirty);
    addDifference(last.marks.mtu, marks.mtu, dirty);
    addDifference(last.marks.ok, marks.ok, dirty);
    for (const id of delta.members) {
      const m = b.memberById.get(id);
      if (!m || (m.link !== null) !== last.byId.has(m.link ?? nicLinkId(id))) return null;
      if (m.link) dirty.add(m.link);
    }
    if (a.doc.switches !== b.doc.switches) {
      const uplinks = uplinkIds(b.doc);
      if (uplinks !== last.uplinks) return null;
      for (const id of uplinks.split('\n')) if (id) dirty.add(id);
    }
    let record = last.record;
    for (const id of dirty) {
      const link = last.byId.get(id);
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
