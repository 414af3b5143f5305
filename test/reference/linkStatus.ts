// 2.7: link statuses. The reference decides `down`, the flow-made statuses and
// `ok`/`idle`; which links a problem names is taken from the problem list given
// (2.5 gives them, and the property test checks those separately).
import type { LinkStatus } from '../../src/engine/types';
import { portUp } from '../../src/model/defaults';
import { listLinks } from '../../src/model/links';
import type { Ctx } from './flows/outcome';
import type { RefFlow } from './index';
import type { Edge } from './layer2/graph';
import { hostNicAt, physicalPortAt } from './layer2/ports';
import type { Attachment } from './world/types';

export interface RefLink {
  id: string;
  down: boolean;
  /** The worst status a flow expected to be allowed gives it (rules 2-4), or null. */
  byFlows: 'blocked' | 'unreachable' | 'mtu' | null;
  /** Rule 5 from domains: true, false, or 'unsure' where "the layer-2 path" is not one path. */
  ok: boolean | 'unsure';
}

function endDown(ctx: Ctx, ref: string): boolean {
  const nic = hostNicAt(ctx.world.doc, ref);
  if (nic) return !nic.up;
  const port = physicalPortAt(ctx.world.physical, ref);
  return port ? !portUp(port.port) : false;
}

/**
 * Uplink and cable links on the layer-2 paths between two members of one domain. A member with
 * copies on several hosts (a distributed interface) is one member: its copy on the other
 * member's host answers; with none there, which copy is meant is open.
 */
function linksBetweenMembers(ctx: Ctx): { surely: Set<string>; maybe: Set<string> } {
  const { l2, world } = ctx;
  const surely = new Set<string>();
  const maybe = new Set<string>();
  const mark = (paths: Edge[][], certainPair: boolean) => {
    for (const p of paths)
      for (const e of p)
        for (const link of [e.cableLink, e.uplinkLink]) {
          if (link === null) continue;
          const everywhere = paths.every((q) => q.some((x) => x.cableLink === link || x.uplinkLink === link));
          (certainPair && everywhere ? surely : maybe).add(link);
        }
  };
  for (const domain of l2.domains()) {
    const members = l2
      .membersOfDomain(domain)
      .map((m) => m.attachments.filter((a) => l2.domain(a.pair) === domain));
    const edges = new Set<string>();
    const nodes = new Set<string>();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i] as Attachment[], members[j] as Attachment[]];
        const local = (x: Attachment[], y: Attachment) =>
          x.filter((c) => c.host !== null && c.host === y.host);
        const fromA = a.length === 1 ? a : b.length === 1 ? local(a, b[0] as Attachment) : [];
        const toB = b.length === 1 ? b : a.length === 1 ? local(b, a[0] as Attachment) : [];
        const certainPair = fromA.length === 1 && toB.length === 1;
        for (const x of certainPair ? fromA : a)
          for (const y of certainPair ? toB : b) {
            const paths = l2.shortestPaths(x.pair, [y.pair], 'strict');
            for (const p of paths)
              for (const e of p) {
                nodes.add(e.from).add(e.to);
                edges.add([e.cableLink, ...[e.from, e.to].sort()].join(' '));
              }
            mark(paths, certainPair);
          }
      }
    // A loop in the domain: "the" layer-2 path may be another one than the shortest.
    if (nodes.size > 0 && edges.size >= nodes.size)
      for (const l of listLinks(world.doc)) if (l.kind !== 'nic' && !surely.has(l.id)) maybe.add(l.id);
  }
  return { surely, maybe };
}

export function referenceLinks(ctx: Ctx, flows: RefFlow[]): RefLink[] {
  const { world, l2 } = ctx;
  const between = linksBetweenMembers(ctx);
  const rank = { blocked: 3, unreachable: 2, mtu: 1 } as const;
  const byFlows = new Map<string, 'blocked' | 'unreachable' | 'mtu'>();
  for (const f of flows) {
    const o = f.outcome;
    if (!o || f.expected !== 'allow' || o.stopLink === null || o.verdict === 'allowed') continue;
    const status = o.verdict;
    const prev = byFlows.get(o.stopLink);
    if (!prev || rank[status] > rank[prev]) byFlows.set(o.stopLink, status);
  }
  const onPath = (id: string) => (between.surely.has(id) ? true : between.maybe.has(id) ? 'unsure' : false);
  return listLinks(world.doc).map((link): RefLink => {
    const byFlow = byFlows.get(link.id) ?? null;
    if (link.kind === 'nic') {
      const m = world.members.find((x) => x.id === link.adapter);
      const ok = m !== undefined && world.members.some((o) => o !== m && l2.adjacent(m, o));
      return { id: link.id, down: m ? !m.powered : false, byFlows: byFlow, ok };
    }
    if (link.kind === 'uplink') {
      const sw = world.instances.find((i) => i.switchId === link.switch && i.host === link.host);
      const role = sw?.uplinks.find((u) => u.nic === link.nic)?.role;
      const down = role === 'unused' || endDown(ctx, `${link.host}:${link.nic}`);
      return { id: link.id, down, byFlows: byFlow, ok: onPath(link.id) };
    }
    const down = endDown(ctx, link.a) || endDown(ctx, link.b);
    return { id: link.id, down, byFlows: byFlow, ok: onPath(link.id) };
  });
}

/** 2.7's order, given which links error problems and mtu-mismatch problems name. */
export function expectedStatus(
  link: RefLink,
  errorLinks: Set<string>,
  mtuLinks: Set<string>,
): LinkStatus | 'unsure' {
  if (link.down) return 'down';
  if (link.byFlows === 'blocked') return 'blocked';
  if (link.byFlows === 'unreachable' || errorLinks.has(link.id)) return 'unreachable';
  if (link.byFlows === 'mtu' || mtuLinks.has(link.id)) return 'mtu';
  if (link.ok === 'unsure') return 'unsure';
  return link.ok ? 'ok' : 'idle';
}

/**
 * A flow left open could stop at any link, making it blocked, unreachable or mtu (if expected to
 * be allowed), or cross it delivered, making it ok: then only the statuses nothing else overrides
 * are certain.
 */
export function certain(status: LinkStatus | 'unsure', flows: RefFlow[]): LinkStatus | 'unsure' {
  const open = flows.filter((f) => f.outcome === null);
  if (open.some((f) => f.expected === 'allow'))
    return status === 'down' || status === 'blocked' ? status : 'unsure';
  if (open.length > 0 && status === 'idle') return 'unsure';
  return status;
}
