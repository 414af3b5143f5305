// 2.5: the problems about adapters and interfaces (placement, guest VLANs,
// gateways, DHCP, duplicate addresses) and the two about configuration alone.
import { portGroupSecurity, portGroupVlan, vmPowered } from '../../../src/model/defaults';
import { inSubnet, parseIpv4 } from '../../../src/model/ipv4';
import { parseVlanList, vlanListHas } from '../../../src/model/vlanList';
import type { Ctx } from '../flows/outcome';
import type { Member } from '../world/types';
import type { Ignore, RefProblem } from './types';
import { ignoreExactly, ignoreFirst } from './types';

const nicLinks = (members: Member[]) => members.flatMap((m) => (m.linkId ? [m.linkId] : []));

function switchOfNetwork(ctx: Ctx, network: string): string {
  return (ctx.world.doc.portGroups ?? []).find((p) => p.id === network)?.switch ?? network;
}

/** The host a member's network must be on: the VM's or VMkernel's host, or an interface's `attach.host`. */
function placementHost(ctx: Ctx, m: Member): string | null {
  if (m.host !== null) return m.host;
  for (const r of ctx.world.doc.routers ?? [])
    for (const i of r.interfaces ?? [])
      if (i.id === m.id && i.attach && 'host' in i.attach) return i.attach.host ?? null;
  return null;
}

function guestVlanBad(ctx: Ctx, m: Member): boolean {
  if (m.kind !== 'vmNic' || m.network === null) return false;
  const pg = (ctx.world.doc.portGroups ?? []).find((p) => p.id === m.network);
  if (!pg) return false;
  const form = portGroupVlan(pg);
  if (form === 4095) return m.guestVlan === null;
  if (typeof form === 'number' || !('trunk' in form)) return false;
  return m.guestVlan === null || !vlanListHas(parseVlanList(form.trunk) ?? [], m.guestVlan);
}

export function adapterProblems(ctx: Ctx): { problems: RefProblem[]; ignores: Ignore[] } {
  const { world, l2, book } = ctx;
  const problems: RefProblem[] = [];
  const ignores: Ignore[] = [];
  const own = world.members.filter((m) => !m.generated);
  const detached = own.filter((m) => m.attachments.length === 0);
  const detachedWhere = (test: (m: Member) => boolean) => detached.filter(test).map((m) => m.id);
  const gatewayInside = (m: Member) =>
    m.staticAddress !== null && m.staticGateway !== null && inSubnet(m.staticGateway, m.staticAddress);
  const gatewayOutside = (m: Member) =>
    m.staticAddress !== null && m.staticGateway !== null && !inSubnet(m.staticGateway, m.staticAddress);
  const add = (code: RefProblem['code'], members: Member[], elements: string[], match: RefProblem['match']) =>
    problems.push({ code, elements, match, links: nicLinks(members) });

  for (const m of own) {
    if (m.placement !== 'host-not-on-switch' || m.network === null) continue;
    const host = placementHost(ctx, m);
    const elements = [m.id, switchOfNetwork(ctx, m.network), host ?? ''];
    if (m.powered) add('host-not-on-switch', [m], elements, 'ordered');
    else ignores.push(ignoreExactly('host-not-on-switch', elements, 'an adapter that is off'));
  }

  for (const m of own.filter((x) => guestVlanBad(ctx, x))) {
    const elements = [m.id, m.network as string];
    if (m.powered && m.placement === 'vlan-outside-trunk')
      add('vlan-outside-trunk', [m], elements, 'ordered');
    else ignores.push(ignoreExactly('vlan-outside-trunk', elements, 'off, or also host-not-on-switch'));
  }

  for (const m of own) {
    if (m.staticAddress === null || m.staticGateway === null) continue;
    const inside = inSubnet(m.staticGateway, m.staticAddress);
    if (!inside) {
      if (m.attachments.length > 0) add('gateway-not-in-subnet', [m], [m.id], 'ordered');
      continue;
    }
    if (m.attachments.length === 0) continue;
    const adjacentOwners = book.owners(m.staticGateway).filter((o) => l2.adjacent(m, o));
    if (adjacentOwners.some((o) => o.kind === 'interface' && o.routerId !== null)) continue;
    if (adjacentOwners.length > 0)
      ignores.push(...ignoreFirst('gateway-unreachable', [m.id], 'a gateway owned by a non-router'));
    else add('gateway-unreachable', [m], [m.id], 'ordered');
  }
  const why = 'an adapter that is off or not attached';
  ignores.push(...ignoreFirst('gateway-not-in-subnet', detachedWhere(gatewayOutside), why));
  ignores.push(...ignoreFirst('gateway-unreachable', detachedWhere(gatewayInside), why));

  for (const m of book.noServer) add('dhcp-no-server', [m], [m.id], 'ordered');
  ignores.push(
    ...ignoreFirst(
      'dhcp-no-server',
      detachedWhere((m) => m.wantsDhcp),
      why,
    ),
  );
  for (const e of book.exhausted)
    problems.push({
      code: 'dhcp-pool-exhausted',
      elements: [e.server.id, ...e.clients.map((c) => c.id)],
      match: 'first-then-set',
      links: nicLinks(e.clients),
    });

  for (const domain of l2.domains()) {
    const byAddress = new Map<number, Member[]>();
    for (const m of l2.membersOfDomain(domain)) {
      const a = book.addressOf(m)?.address;
      if (a !== undefined) byAddress.set(a, [...(byAddress.get(a) ?? []), m]);
    }
    for (const list of byAddress.values())
      if (list.length > 1)
        add(
          'duplicate-ip',
          list,
          list.map((m) => m.id),
          'set',
        );
  }

  for (const vm of (world.doc.vms ?? []).filter((v) => !vmPowered(v))) {
    const nics = own.filter((m) => m.vmId === vm.id);
    const addresses = nics.flatMap((m) => (m.staticAddress ? [m.staticAddress.address] : []));
    let named = false;
    let unsure = false;
    for (const f of world.doc.flows ?? [])
      for (const end of [f.from, f.to]) {
        if (end === vm.id || nics.some((m) => m.id === end)) named = true;
        const ip = parseIpv4(end);
        if (ip === null || !addresses.includes(ip)) continue;
        if (book.owners(ip).length > 1) unsure = true;
        else named = true;
      }
    if (named) problems.push({ code: 'vm-powered-off', elements: [vm.id], match: 'ordered', links: [] });
    else if (unsure) ignores.push(...ignoreFirst('vm-powered-off', [vm.id], 'its address is shared'));
  }

  for (const pg of world.doc.portGroups ?? []) {
    const sw = (world.doc.switches ?? []).find((s) => s.id === pg.switch);
    if (!sw || (sw.type !== 'standard' && sw.type !== 'distributed')) continue;
    if (portGroupSecurity(pg, sw).promiscuous)
      problems.push({ code: 'promiscuous-mode', elements: [pg.id, sw.id], match: 'ordered', links: [] });
  }
  return { problems, ignores };
}
