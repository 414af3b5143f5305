// Flow ends (MODEL.md section 1, flows): what `from` and `to` name, and which
// adapter of a VM or host a flow uses.
import { inSubnet, networkOf, parseIpv4 } from '../model/ipv4';
import type { Flow } from '../model/types';
import type { EngineContext } from './context';
import type { HostNet, Member } from './net';

export type End =
  | { kind: 'member'; member: Member }
  | { kind: 'outside'; address: number }
  | { kind: 'unresolved'; text: string };

type RawEnd = End | { kind: 'vm'; adapters: readonly Member[] } | { kind: 'workstation'; host: HostNet };

function rawEnd(ctx: EngineContext, text: string): RawEnd {
  const address = /^\d+(\.\d+){3}$/.test(text) ? parseIpv4(text) : null;
  if (address !== null) {
    const owner = ctx.addressing.owners.get(address)?.[0];
    return owner ? { kind: 'member', member: owner } : { kind: 'outside', address };
  }
  const member = ctx.net.memberById.get(text);
  if (member) return { kind: 'member', member };
  if (ctx.net.vms.has(text)) return { kind: 'vm', adapters: ctx.net.adaptersOf(text) };
  const host = ctx.net.hosts.get(text);
  if (host?.kind === 'workstation') return { kind: 'workstation', host };
  if (host) {
    const chosen =
      (host.management && ctx.net.memberById.get(host.management)) || ctx.net.vmkernelsOf(host.id)[0];
    if (chosen) return { kind: 'member', member: chosen };
  }
  return { kind: 'unresolved', text };
}

const addressOf = (ctx: EngineContext, m: Member) => ctx.addressing.of.get(m.id);
const gatewayOf = (ctx: EngineContext, m: Member) => addressOf(ctx, m)?.gateway ?? m.gateway;

function endAddress(ctx: EngineContext, end: End): number | null {
  if (end.kind === 'outside') return end.address;
  if (end.kind === 'member') return addressOf(ctx, end.member)?.address ?? null;
  return null;
}

/** A VM's adapter towards one other address (section 1, "Which adapter of a VM"). */
function chooseAdapter(
  ctx: EngineContext,
  adapters: readonly Member[],
  other: number | null,
  role: 'from' | 'to',
): End {
  if (adapters.length === 0) return { kind: 'unresolved', text: 'a VM with no adapters' };
  const inSubnetOfOther = adapters.find((m) => {
    const info = addressOf(ctx, m);
    return info !== undefined && other !== null && inSubnet(other, info);
  });
  const fallback =
    role === 'from'
      ? adapters.find((m) => gatewayOf(ctx, m) !== null)
      : adapters.find((m) => addressOf(ctx, m) !== undefined);
  return { kind: 'member', member: inSubnetOfOther ?? fallback ?? adapters[0]! };
}

function choosePair(ctx: EngineContext, from: readonly Member[], to: readonly Member[]): [End, End] {
  const subnetKey = (m: Member) => {
    const info = addressOf(ctx, m);
    return info ? `${networkOf(info)}/${info.prefix}` : null;
  };
  for (const s of from) {
    const key = subnetKey(s);
    if (key === null) continue;
    const d = to.find((m) => subnetKey(m) === key);
    if (d)
      return [
        { kind: 'member', member: s },
        { kind: 'member', member: d },
      ];
  }
  return [chooseAdapter(ctx, from, null, 'from'), chooseAdapter(ctx, to, null, 'to')];
}

/** The host's own adapter on a desktop network (`<networkId>.host`), if it has one there. */
function hostAdapterOn(ctx: EngineContext, host: HostNet, network: string): Member | undefined {
  const m = ctx.net.memberById.get(`${network}.host`);
  return m && m.generated && m.owner === host.id ? m : undefined;
}

/** A workstation host's `ip`: its first bridged network's adapter, else its first NAT network's outside (2.6). */
function hostAddressEnd(ctx: EngineContext, host: HostNet): End {
  if (!host.ip) return { kind: 'unresolved', text: `${host.id} has no address` };
  const networks = [...ctx.net.switches.values()].filter((sw) => sw.hosts[0] === host.id);
  const bridged = networks.find((sw) => sw.type === 'bridged');
  const own = bridged && ctx.net.memberById.get(`${bridged.id}.host`);
  if (own) return { kind: 'member', member: own };
  const nat = networks.find((sw) => sw.type === 'nat');
  const natOut = nat && ctx.net.memberById.get(`${nat.id}.nat-out`);
  if (natOut) return { kind: 'member', member: natOut };
  return { kind: 'outside', address: host.ip.address };
}

function networkOfMember(m: Member): string | null {
  return m.attach.kind === 'network' ? m.attach.network : null;
}

/** A workstation host facing one other end: its adapter on that end's network, else its address. */
function hostEnd(ctx: EngineContext, host: HostNet, other: RawEnd): End {
  if (other.kind === 'member') {
    const network = networkOfMember(other.member);
    const own = network ? hostAdapterOn(ctx, host, network) : undefined;
    if (own) return { kind: 'member', member: own };
  }
  return hostAddressEnd(ctx, host);
}

/** A VM facing a workstation host: its first adapter on one of the host's desktop networks. */
function vmFacingHost(
  ctx: EngineContext,
  adapters: readonly Member[],
  host: HostNet,
): [Member, Member] | null {
  for (const m of adapters) {
    const network = networkOfMember(m);
    const own = network ? hostAdapterOn(ctx, host, network) : undefined;
    if (own) return [m, own];
  }
  return null;
}

export function resolveEnds(ctx: EngineContext, flow: Flow): { from: End; to: End } {
  let from = rawEnd(ctx, flow.from);
  let to = rawEnd(ctx, flow.to);
  if (from.kind === 'vm' && to.kind === 'workstation') {
    const pair = vmFacingHost(ctx, from.adapters, to.host);
    if (pair) return { from: { kind: 'member', member: pair[0] }, to: { kind: 'member', member: pair[1] } };
  }
  if (to.kind === 'vm' && from.kind === 'workstation') {
    const pair = vmFacingHost(ctx, to.adapters, from.host);
    if (pair) return { from: { kind: 'member', member: pair[1] }, to: { kind: 'member', member: pair[0] } };
  }
  if (from.kind === 'workstation') from = hostEnd(ctx, from.host, to);
  if (to.kind === 'workstation') to = hostEnd(ctx, to.host, from);
  if (from.kind === 'vm' && to.kind === 'vm') {
    const [f, t] = choosePair(ctx, from.adapters, to.adapters);
    return { from: f, to: t };
  }
  if (from.kind === 'vm') {
    const other = to as End;
    return { from: chooseAdapter(ctx, from.adapters, endAddress(ctx, other), 'from'), to: other };
  }
  if (to.kind === 'vm') {
    const other = from as End;
    return { from: other, to: chooseAdapter(ctx, to.adapters, endAddress(ctx, other), 'to') };
  }
  return { from: from as End, to: to as End };
}
