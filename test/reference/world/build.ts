// From a valid document to the reference's World: instances, members, routers.
import {
  adapterConnected,
  adapterMtu,
  interfaceMtu,
  switchMtu,
  uplinkRole,
  vmPowered,
} from '../../../src/model/defaults';
import { parseCidr, parseIpv4 } from '../../../src/model/ipv4';
import { nicLinkId } from '../../../src/model/links';
import { parseService } from '../../../src/model/service';
import type { Design, Router, RouterInterface } from '../../../src/model/types';
import { gap } from '../gap';
import { attachToNetwork, instanceKey, pairKey, physicalKey, switchById, switchHosts } from './attach';
import { expandDesktopNetworks } from './desktop';
import { makeMember } from './member';
import { distributedFirewall, gatewayFirewall } from './rules';
import type { Instance, Member, RefNat, RefRoute, RefRouter, World } from './types';

const address = (ip: string | undefined) => (ip === undefined || ip === 'dhcp' ? null : parseCidr(ip));
const gateway = (ip: string | undefined) => (ip === undefined ? null : parseIpv4(ip));

function instances(doc: Design): Instance[] {
  const out: Instance[] = [];
  for (const sw of doc.switches ?? []) {
    if (sw.type === 'standard')
      out.push({
        key: instanceKey(sw.id, sw.host),
        switchId: sw.id,
        host: sw.host,
        mtu: switchMtu(sw),
        uplinks: (sw.uplinks ?? []).map((u) => ({ nic: u.nic, role: uplinkRole(u) })),
        desktop: false,
      });
    else if (sw.type === 'distributed')
      for (const host of sw.hosts ?? [])
        out.push({
          key: instanceKey(sw.id, host),
          switchId: sw.id,
          host,
          mtu: switchMtu(sw),
          uplinks: (sw.uplinks ?? [])
            .filter((u) => u.host === host)
            .map((u) => ({ nic: u.nic, role: uplinkRole(u) })),
          desktop: false,
        });
    else
      out.push({
        key: instanceKey(sw.id, sw.host),
        switchId: sw.id,
        host: sw.host,
        mtu: 1500,
        uplinks: sw.type === 'bridged' ? [{ nic: sw.nic, role: 'active' }] : [],
        desktop: true,
      });
  }
  return out;
}

function vmAdapters(doc: Design): Member[] {
  return (doc.vms ?? []).flatMap((vm) =>
    (vm.nics ?? []).map((nic) => {
      const powered = vmPowered(vm) && adapterConnected(nic);
      const placed =
        nic.network === undefined
          ? { attachments: [], detached: 'no-network' as const }
          : attachToNetwork(doc, nic.network, [vm.host], nic.vlan ?? null, false);
      const where = powered ? placed : { attachments: [], detached: 'off' as const };
      return makeMember({
        id: nic.id,
        kind: 'vmNic',
        vmId: vm.id,
        host: vm.host,
        powered,
        network: nic.network ?? null,
        attachments: where.attachments,
        detached: where.detached,
        placement: placed.detached,
        staticAddress: address(nic.ip),
        wantsDhcp: nic.ip === 'dhcp',
        staticGateway: gateway(nic.gateway),
        mtu: adapterMtu(nic),
        linkId: nic.network === undefined ? null : nicLinkId(nic.id),
        guestVlan: nic.vlan ?? null,
      });
    }),
  );
}

function vmkernels(doc: Design): Member[] {
  return (doc.hosts ?? []).flatMap((host) =>
    (host.vmkernels ?? []).map((k) => {
      const where =
        k.network === undefined
          ? { attachments: [], detached: 'no-network' as const }
          : attachToNetwork(doc, k.network, [host.id], null, false);
      return makeMember({
        id: k.id,
        kind: 'vmkernel',
        host: host.id,
        network: k.network ?? null,
        attachments: where.attachments,
        detached: where.detached,
        staticAddress: address(k.ip),
        wantsDhcp: k.ip === 'dhcp',
        staticGateway: gateway(k.gateway),
        mtu: adapterMtu(k),
        linkId: k.network === undefined ? null : nicLinkId(k.id),
      });
    }),
  );
}

function routerInterface(doc: Design, router: Router, iface: RouterInterface): Member {
  const base = {
    id: iface.id,
    kind: 'interface' as const,
    routerId: router.id,
    staticAddress: iface.ip === undefined ? null : parseCidr(iface.ip),
    mtu: interfaceMtu(iface),
  };
  const cidr = base.staticAddress;
  const range = iface.dhcp
    ? { from: parseIpv4(iface.dhcp.from) ?? 0, to: parseIpv4(iface.dhcp.to) ?? 0 }
    : null;
  const dhcp = { dhcpRange: range, leaseGateway: range && cidr ? cidr.address : null };
  const attach = iface.attach;
  if (!attach) return makeMember({ ...base, ...dhcp, detached: 'no-network' });
  if ('external' in attach) return makeMember({ ...base, ...dhcp, external: true, detached: 'external' });
  if ('switch' in attach) {
    if (attach.vlan === undefined) gap('a VLAN interface on a physical switch without `vlan`');
    const vlan = attach.vlan ?? 1;
    const element = physicalKey(attach.switch);
    const at = { pair: pairKey(element, vlan), element, switchId: attach.switch, host: null, vlan };
    return makeMember({
      ...base,
      ...dhcp,
      attachments: [{ ...at, role: { kind: 'plain' }, network: null }],
      linkId: nicLinkId(iface.id),
    });
  }
  const pg = (doc.portGroups ?? []).find((p) => p.id === attach.network);
  const sw = switchById(doc, pg ? pg.switch : attach.network);
  if (!sw) return gap(`interface ${iface.id} on an unknown network`);
  if (attach.host !== undefined && sw.type !== 'distributed')
    gap('`attach.host` on a network that is not a distributed port group');
  const hosts = attach.host !== undefined ? [attach.host] : switchHosts(sw);
  const where = attachToNetwork(doc, attach.network, hosts, null, true);
  return makeMember({
    ...base,
    ...dhcp,
    network: attach.network,
    attachments: where.attachments,
    detached: where.detached,
    linkId: nicLinkId(iface.id),
  });
}

function routes(router: Router): RefRoute[] {
  return (router.routes ?? []).map((r) => {
    const to = parseCidr(r.to) ?? gap('bad route');
    return 'via' in r ? { to, via: parseIpv4(r.via) ?? gap('bad via') } : { to, interface: r.interface };
  });
}

function nat(router: Router): RefNat[] {
  return (router.nat ?? []).map((n) => {
    if (n.type === 'snat') {
      if (n.source === undefined) gap('a source NAT rule without `source`');
      return {
        type: 'snat',
        interface: n.interface,
        source: parseCidr(n.source ?? '0.0.0.0/0') ?? gap('bad source'),
        translated: n.translated === undefined ? null : parseIpv4(n.translated),
      };
    }
    return {
      type: 'dnat',
      interface: n.interface,
      destination: parseIpv4(n.destination) ?? gap('bad destination'),
      service: n.service === undefined ? null : parseService(n.service),
      translated: parseIpv4(n.translated) ?? gap('bad translated'),
      port: n.port ?? null,
    };
  });
}

export function buildWorld(doc: Design): World {
  const userRouters: RefRouter[] = (doc.routers ?? []).map((r) => ({
    id: r.id,
    generated: false,
    interfaces: (r.interfaces ?? []).map((f) => routerInterface(doc, r, f)),
    routes: routes(r),
    nat: nat(r),
    firewall: gatewayFirewall(r.firewall),
  }));
  const desktop = expandDesktopNetworks(doc);
  const members = [
    ...vmAdapters(doc),
    ...vmkernels(doc),
    ...userRouters.flatMap((r) => r.interfaces),
    ...desktop.members,
  ];
  return {
    doc,
    instances: instances(doc),
    members,
    routers: [...userRouters, ...desktop.routers],
    physical: doc.physicalSwitches ?? [],
    dfw: distributedFirewall(doc),
    workstationIps: desktop.workstationIps,
  };
}
