// Addresses (MODEL.md 2.2): static addresses as written, DHCP leases handed
// out in document order (VMs, their adapters, then VMkernel adapters host by
// host), lowest free address first, from the first range in the client's domain.
import type { Attachment } from './attachments';
import { domainOf, domainsOf } from './domains';
import type { L2Graph } from './graph';
import type { Member } from './net';

export interface AddressInfo {
  address: number;
  prefix: number;
  gateway: number | null;
  /** The DHCP server interface that leased it, or null for a static address. */
  leasedFrom: string | null;
}

export interface Addressing {
  of: ReadonlyMap<string, AddressInfo>;
  /** Address → every member that has it, in document order. */
  owners: ReadonlyMap<number, Member[]>;
  noServer: Member[];
  /** Per serving interface (document order): the clients its range left without an address. */
  exhausted: Map<string, Member[]>;
  /** The domains with a DHCP client or server: a static address elsewhere moves no lease. */
  dhcpDomains: ReadonlySet<number>;
}

interface Pool {
  used: Set<number>;
  next: number;
}

/** A static address as written, made once per member: the same object while the member is the same. */
function staticAddress(m: Member & { ip: { address: number; prefix: number } }): AddressInfo {
  return (m.staticAddress ??= {
    address: m.ip.address,
    prefix: m.ip.prefix,
    gateway: m.gateway,
    leasedFrom: null,
  });
}

export function assignAddresses(
  graph: L2Graph,
  attachments: ReadonlyMap<string, Attachment>,
  members: readonly Member[],
  byDomain: ReadonlyMap<number, Attachment[]>,
): Addressing {
  const of = new Map<string, AddressInfo>();
  // Each member's address by its position too, so that listing owners looks up no id.
  const infos = new Array<AddressInfo | undefined>(members.length);
  let given = 0;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (!m.ip || m.ip === 'dhcp') continue;
    const info = staticAddress(m as Parameters<typeof staticAddress>[0]);
    of.set(m.id, info);
    infos[i] = info;
    given++;
  }

  const servers = members
    .filter((m) => m.dhcp && m.ip && m.ip !== 'dhcp')
    .map((m) => ({ member: m, domains: domainsOf(graph, attachments.get(m.id)!) }));
  const pools = new Map<string, Pool>();
  const noServer: Member[] = [];
  const exhausted = new Map<string, Member[]>();
  const dhcpDomains = new Set<number>();
  for (const s of servers) for (const d of s.domains) dhcpDomains.add(d);

  for (let i = 0; i < members.length; i++) {
    const client = members[i]!;
    if (client.ip !== 'dhcp') continue;
    const loc = attachments.get(client.id)?.locations[0];
    if (!loc) continue;
    const domain = domainOf(graph, loc);
    dhcpDomains.add(domain);
    const server = servers.find((s) => s.domains.includes(domain));
    if (!server) {
      noServer.push(client);
      continue;
    }
    const range = server.member.dhcp!;
    const key = `${server.member.id}|${domain}`;
    let pool = pools.get(key);
    if (!pool) {
      const used = new Set<number>();
      for (const att of byDomain.get(domain) ?? []) {
        const ip = att.member.ip;
        if (ip && ip !== 'dhcp') used.add(ip.address);
      }
      pool = { used, next: range.from };
      pools.set(key, pool);
    }
    while (pool.next <= range.to && pool.used.has(pool.next)) pool.next++;
    if (pool.next > range.to) {
      const list = exhausted.get(server.member.id) ?? [];
      list.push(client);
      exhausted.set(server.member.id, list);
      continue;
    }
    const address = pool.next;
    pool.used.add(address);
    const prefix = (server.member.ip as { prefix: number }).prefix;
    // A gateway written on the adapter wins over the one the lease offers.
    const info: AddressInfo = {
      address,
      prefix,
      gateway: client.gateway ?? range.leaseGateway,
      leasedFrom: server.member.id,
    };
    of.set(client.id, info);
    infos[i] = info;
    given++;
  }

  // Owners are read by id, as before: a member's own record is that one unless an id was given twice.
  const byPosition = of.size === given;
  const owners = new Map<number, Member[]>();
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const info = (byPosition ? infos[i] : undefined) ?? of.get(m.id);
    if (!info) continue;
    // Most addresses have one owner: a literal of one, not an empty array grown by push.
    const list = owners.get(info.address);
    if (list) list.push(m);
    else owners.set(info.address, [m]);
  }
  return { of, owners, noServer, exhausted, dhcpDomains };
}

/** Whether a member takes part in DHCP, as a client or a server. */
export const usesDhcp = (m: Member): boolean => m.ip === 'dhcp' || m.dhcp !== null;

/**
 * Puts `after` where `before` was, for a version in which neither takes part
 * in DHCP nor sits in a domain that does (so no lease moves): their static
 * addresses and the owners of both, kept in member order.
 */
export function swapStatic(
  addressing: Addressing,
  before: Member,
  after: Member,
  position: ReadonlyMap<string, number>,
): void {
  const of = addressing.of as Map<string, AddressInfo>;
  const owners = addressing.owners as Map<number, Member[]>;
  const old = of.get(before.id);
  if (old) {
    const rest = owners.get(old.address)!.filter((m) => m !== before);
    if (rest.length > 0) owners.set(old.address, rest);
    else owners.delete(old.address);
    of.delete(before.id);
  }
  if (!after.ip || after.ip === 'dhcp') return;
  const info = staticAddress(after as Parameters<typeof staticAddress>[0]);
  of.set(after.id, info);
  const list = [...(owners.get(info.address) ?? [])];
  const at = position.get(after.id)!;
  let k = list.length;
  while (k > 0 && position.get(list[k - 1]!.id)! > at) k--;
  list.splice(k, 0, after);
  owners.set(info.address, list);
}
