// 2.2: static addresses, DHCP leases in document order, and who owns an address.
import type { Cidr } from '../../src/model/ipv4';
import { gap } from './gap';
import type { Layer2 } from './layer2/layer2';
import type { Member, World } from './world/types';

export interface Lease {
  address: number;
  prefix: number;
  gateway: number | null;
  server: Member;
}

export class AddressBook {
  readonly leases = new Map<string, Lease>();
  /** Attached DHCP clients with no range in their domain. */
  readonly noServer: Member[] = [];
  /** Per serving interface and domain: the clients left without an address. */
  readonly exhausted: { server: Member; domain: string; clients: Member[] }[] = [];

  constructor(
    private readonly world: World,
    l2: Layer2,
  ) {
    const servers = world.routers
      .flatMap((r) => r.interfaces)
      .filter((i) => i.dhcpRange && i.attachments.length > 0);
    const used = new Map<string, Set<number>>();
    const usedIn = (domain: string) => {
      let set = used.get(domain);
      if (!set) {
        set = new Set(
          l2.membersOfDomain(domain).flatMap((m) => (m.staticAddress ? [m.staticAddress.address] : [])),
        );
        used.set(domain, set);
      }
      return set;
    };
    const clients = world.members.filter((m) => m.wantsDhcp && (m.kind === 'vmNic' || m.kind === 'vmkernel'));
    for (const client of clients) {
      const at = client.attachments[0];
      if (!at) continue;
      const domain = l2.domain(at.pair);
      const server = servers.find((s) => s.attachments.some((a) => l2.domain(a.pair) === domain));
      if (!server) {
        this.noServer.push(client);
        continue;
      }
      if (server.attachments.length > 1) gap('a DHCP range on an interface present on several hosts');
      if (!l2.adjacent(client, server))
        gap('a DHCP client whose server is in its domain but beyond the PVLAN rule');
      const range = server.dhcpRange as { from: number; to: number };
      const taken = usedIn(domain);
      let leased = false;
      for (let a = range.from; a <= range.to; a++) {
        if (taken.has(a)) continue;
        taken.add(a);
        const prefix = server.staticAddress?.prefix ?? gap('a DHCP range on an interface without an address');
        this.leases.set(client.id, { address: a, prefix, gateway: server.leaseGateway, server });
        leased = true;
        break;
      }
      if (!leased) {
        let entry = this.exhausted.find((e) => e.server === server && e.domain === domain);
        if (!entry) {
          entry = { server, domain, clients: [] };
          this.exhausted.push(entry);
        }
        entry.clients.push(client);
      }
    }
  }

  addressOf(m: Member): Cidr | null {
    if (m.staticAddress) return m.staticAddress;
    const lease = this.leases.get(m.id);
    return lease ? { address: lease.address, prefix: lease.prefix } : null;
  }

  gatewayOf(m: Member): number | null {
    if (m.wantsDhcp) {
      if (m.staticGateway !== null) gap('a static gateway on a DHCP adapter');
      return this.leases.get(m.id)?.gateway ?? null;
    }
    return m.staticGateway;
  }

  /** Every element owning `address`, with 2.6's rule for a workstation host's `ip`. */
  owners(address: number): Member[] {
    const ws = this.world.workstationIps.find((w) => w.address === address);
    const bridged = (m: Member) =>
      (this.world.doc.switches ?? []).some((s) => s.id === m.network && s.type === 'bridged');
    const standIns = new Set(
      this.world.members.filter((m) => m.generated && (m.id.endsWith('.nat-out') || bridged(m))),
    );
    const found = this.world.members.filter((m) => {
      if (this.addressOf(m)?.address !== address) return false;
      return !(ws && standIns.has(m) && m !== ws.owner);
    });
    if (ws?.owner && !found.includes(ws.owner)) found.push(ws.owner);
    return found;
  }

  /** The one owner, null for an address outside the design; two owners is a question the spec leaves open. */
  soleOwner(address: number): Member | null {
    const all = this.owners(address);
    if (all.length > 1) gap(`address owned by ${all.map((m) => m.id).join(', ')}`);
    return all[0] ?? null;
  }
}
