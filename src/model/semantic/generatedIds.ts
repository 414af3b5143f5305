// The ids that desktop networks generate (MODEL.md 2.6). All six suffixes are
// reserved for every desktop network, whatever its type and `dhcp`: switching a
// network from host-only to NAT, or turning its DHCP on, must never make an
// unrelated element's id collide, and a reader can tell at a glance that
// "<network>.…" is the network's own namespace. Which of them really exist is
// a separate question, answered by generatedEndpoints() for flows.
import { desktopDhcp } from '../defaults';
import type { SemanticContext } from './context';
import type { IdEntry } from './registry';
import { isDesktopKind, kindPhrase, quote, type ErrorList } from './phrases';

export const GENERATED_SUFFIXES = ['host', 'nat', 'nat-in', 'nat-out', 'dhcp', 'dhcp-if'] as const;

export function checkGeneratedIdCollisions(ctx: SemanticContext, errors: ErrorList): void {
  const reserved = new Map<string, IdEntry>();
  for (const entry of ctx.occurrences)
    if (entry.kind === 'switch' && isDesktopKind(entry.switchType))
      for (const suffix of GENERATED_SUFFIXES)
        if (!reserved.has(`${entry.id}.${suffix}`)) reserved.set(`${entry.id}.${suffix}`, entry);
  if (reserved.size === 0) return;
  for (const entry of ctx.occurrences) {
    const network = reserved.get(entry.id);
    if (network === undefined) continue;
    errors.add(
      `${entry.path}/id`,
      `${quote(entry.id)} is reserved: ${kindPhrase(network)} ${quote(network.id)} generates an element with this id; choose another id`,
    );
  }
}

/** A generated adapter or router interface that a flow may name, and the desktop network it is on. */
export interface GeneratedEndpoint {
  id: string;
  network: string;
  kind: 'hostAdapter' | 'routerInterface';
}

/**
 * The adapters and interfaces 2.6 really generates for these networks: `.host`
 * on host-only and NAT networks and on a host's first bridged network when the
 * host has an `ip`; `.nat-in` and `.nat-out` on NAT networks; `.dhcp-if` with DHCP.
 */
export function generatedEndpoints(ctx: SemanticContext): Map<string, GeneratedEndpoint> {
  const out = new Map<string, GeneratedEndpoint>();
  const add = (network: string, suffix: string, kind: GeneratedEndpoint['kind']) =>
    out.set(`${network}.${suffix}`, { id: `${network}.${suffix}`, network, kind });
  const bridgedSeen = new Set<string>();
  for (const { el: sw } of ctx.switches) {
    if (sw.type === 'nat' || sw.type === 'hostonly') {
      add(sw.id, 'host', 'hostAdapter');
      if (sw.type === 'nat') {
        add(sw.id, 'nat-in', 'routerInterface');
        add(sw.id, 'nat-out', 'routerInterface');
      }
      if (desktopDhcp(sw)) add(sw.id, 'dhcp-if', 'routerInterface');
    } else if (sw.type === 'bridged' && !bridgedSeen.has(sw.host)) {
      bridgedSeen.add(sw.host);
      if (ctx.hostById.get(sw.host)?.ip !== undefined) add(sw.id, 'host', 'hostAdapter');
    }
  }
  return out;
}
