// Section 1, flows: what `from` and `to` name, and which adapter of a VM.
import { hostKind } from '../../../src/model/defaults';
import { inSubnet, networkOf, parseIpv4 } from '../../../src/model/ipv4';
import type { Design, Flow } from '../../../src/model/types';
import { isDesktopNetwork } from '../../../src/model/types';
import type { AddressBook } from '../addresses';
import { gap } from '../gap';
import type { Member, World } from '../world/types';

export type End = { kind: 'member'; member: Member } | { kind: 'outside'; address: number };

type Named =
  | { kind: 'fixed'; end: End }
  | { kind: 'vm'; vmId: string; adapters: Member[] }
  | { kind: 'workstation'; host: string };

function named(world: World, book: AddressBook, text: string): Named {
  const ip = parseIpv4(text);
  if (ip !== null) {
    const owner = book.soleOwner(ip);
    return {
      kind: 'fixed',
      end: owner ? { kind: 'member', member: owner } : { kind: 'outside', address: ip },
    };
  }
  const vm = (world.doc.vms ?? []).find((v) => v.id === text);
  if (vm) {
    const adapters = world.members.filter((m) => m.kind === 'vmNic' && m.vmId === vm.id);
    if (adapters.length === 0) gap('a flow names a VM without adapters');
    return { kind: 'vm', vmId: vm.id, adapters };
  }
  const member = world.members.find((m) => m.id === text && !m.generated);
  if (member) return { kind: 'fixed', end: { kind: 'member', member } };
  const host = (world.doc.hosts ?? []).find((h) => h.id === text);
  if (!host) return gap(`flow end ${text} names nothing a flow may name`);
  if (hostKind(host) === 'workstation') return { kind: 'workstation', host: host.id };
  const vmks = world.members.filter((m) => m.kind === 'vmkernel' && m.host === host.id);
  const management = (host.vmkernels ?? []).find((k) => (k.services ?? []).includes('management'));
  const chosen = management ? vmks.find((m) => m.id === management.id) : vmks[0];
  if (!chosen) return gap('an ESXi host with no VMkernel adapter as a flow end');
  return { kind: 'fixed', end: { kind: 'member', member: chosen } };
}

function desktopNetworksOf(doc: Design, host: string): string[] {
  return (doc.switches ?? []).filter((s) => isDesktopNetwork(s) && s.host === host).map((s) => s.id);
}

/** 2.6: the host's own adapter on a desktop network, when it has one. */
function hostAdapterOn(world: World, host: string, network: string): Member | null {
  return (
    world.members.find((m) => m.kind === 'hostAdapter' && m.host === host && m.network === network) ?? null
  );
}

function workstationByIp(world: World, host: string): End {
  const ws = world.workstationIps.find((w) => w.host === host);
  if (!ws) return gap('a workstation host with no address to use');
  return ws.owner ? { kind: 'member', member: ws.owner } : { kind: 'outside', address: ws.address };
}

function addressOfEnd(book: AddressBook, end: End): number | null {
  return end.kind === 'outside' ? end.address : (book.addressOf(end.member)?.address ?? null);
}

function pickAdapter(
  book: AddressBook,
  adapters: Member[],
  other: number | null,
  role: 'source' | 'dest',
): Member {
  const holding = other === null ? undefined : adapters.find((m) => holds(book, m, other));
  if (holding) return holding;
  const fallback =
    role === 'source'
      ? adapters.find((m) => book.gatewayOf(m) !== null)
      : adapters.find((m) => book.addressOf(m) !== null);
  return fallback ?? (adapters[0] as Member);
}

function holds(book: AddressBook, m: Member, address: number): boolean {
  const cidr = book.addressOf(m);
  return cidr !== null && inSubnet(address, cidr);
}

function bothVms(book: AddressBook, src: Member[], dst: Member[]): [Member, Member] {
  for (const s of src)
    for (const d of dst) {
      const a = book.addressOf(s);
      const b = book.addressOf(d);
      if (a && b && a.prefix === b.prefix && networkOf(a) === networkOf(b)) return [s, d];
    }
  // Each side falls back on its own: scenarios 06 (f-no-gateway) and 18 (f-c-a) read it so.
  const s = src.find((m) => book.gatewayOf(m) !== null);
  const d = dst.find((m) => book.addressOf(m) !== null);
  return [s ?? (src[0] as Member), d ?? (dst[0] as Member)];
}

/** `workstation` end against a `fixed` or `vm` other end (section 1 flows, 2.6). */
function withWorkstation(world: World, host: string, other: Named): { ws: End; other: Named } {
  const nets = desktopNetworksOf(world.doc, host);
  if (other.kind === 'workstation') return gap('a flow between workstation hosts');
  if (other.kind === 'vm') {
    const onHostNet = other.adapters.find((m) => m.network !== null && nets.includes(m.network));
    if (onHostNet) {
      const mine = hostAdapterOn(world, host, onHostNet.network as string);
      if (!mine) return gap('the VM is on a desktop network of the host where the host has no adapter');
      return {
        ws: { kind: 'member', member: mine },
        other: { kind: 'fixed', end: { kind: 'member', member: onHostNet } },
      };
    }
    return { ws: workstationByIp(world, host), other };
  }
  const end = other.end;
  if (end.kind === 'member' && end.member.network !== null && nets.includes(end.member.network)) {
    const mine = hostAdapterOn(world, host, end.member.network);
    if (mine) return { ws: { kind: 'member', member: mine }, other };
  }
  return { ws: workstationByIp(world, host), other };
}

export function resolveEnds(world: World, book: AddressBook, flow: Flow): { src: End; dst: End } {
  let from = named(world, book, flow.from);
  let to = named(world, book, flow.to);
  if (from.kind === 'workstation') {
    const r = withWorkstation(world, from.host, to);
    from = { kind: 'fixed', end: r.ws };
    to = r.other;
  } else if (to.kind === 'workstation') {
    const r = withWorkstation(world, to.host, from);
    to = { kind: 'fixed', end: r.ws };
    from = r.other;
  }
  if (from.kind === 'vm' && to.kind === 'vm') {
    const [s, d] = bothVms(book, from.adapters, to.adapters);
    return { src: { kind: 'member', member: s }, dst: { kind: 'member', member: d } };
  }
  if (from.kind === 'vm' && to.kind === 'fixed') {
    const s = pickAdapter(book, from.adapters, addressOfEnd(book, to.end), 'source');
    return { src: { kind: 'member', member: s }, dst: to.end };
  }
  if (from.kind === 'fixed' && to.kind === 'vm') {
    const d = pickAdapter(book, to.adapters, addressOfEnd(book, from.end), 'dest');
    return { src: from.end, dst: { kind: 'member', member: d } };
  }
  if (from.kind === 'fixed' && to.kind === 'fixed') return { src: from.end, dst: to.end };
  return gap('unresolvable flow ends');
}
