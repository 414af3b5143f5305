// Attaching an adapter, VMkernel adapter or router interface to a network:
// sets the adapter's `network` or the interface's `attach`, replacing what
// it was on before.
import { displayName } from '../defaults';
import type { Attach, Design, DistributedSwitch, Host, StandardSwitch } from '../types';
import { adapterLabel, type ConnectionEnd } from './connectionEnds';

type End<K extends ConnectionEnd['kind']> = Extract<ConnectionEnd, { kind: K }>;
type NetworkEnd = End<'portGroup'> | End<'desktopNetwork'>;
export type Edit = (doc: Design) => Design;

const hostName = (doc: Design, id: string): string => {
  const host = (doc.hosts ?? []).find((h) => h.id === id);
  return host ? displayName(host) : id;
};

/** Why `hostId` cannot use a port group on `sw`, or null when it can. */
function notOnHost(doc: Design, sw: StandardSwitch | DistributedSwitch, hostId: string): string | null {
  if (sw.type === 'standard')
    return sw.host === hostId
      ? null
      : `its switch ${displayName(sw)} is on ${hostName(doc, sw.host)}, not on ${hostName(doc, hostId)}`;
  return (sw.hosts ?? []).includes(hostId)
    ? null
    : `${hostName(doc, hostId)} is not a member of its switch ${displayName(sw)}`;
}

const networkId = (net: NetworkEnd): string => (net.kind === 'portGroup' ? net.pg.id : net.net.id);
const networkName = (net: NetworkEnd): string =>
  net.kind === 'portGroup' ? `port group ${displayName(net.pg)}` : displayName(net.net);

export function connectVmNic(doc: Design, end: End<'vmNic'>, net: NetworkEnd): Edit | string {
  const who = adapterLabel(end.vm, end.nic);
  const target = networkId(net);
  if (end.nic.network === target) return `${who} is already on ${networkName(net)}.`;
  if (net.kind === 'portGroup') {
    const why = notOnHost(doc, net.sw, end.vm.host);
    if (why) return `${who} cannot join ${networkName(net)}: ${why}.`;
  } else if (net.net.host !== end.vm.host) {
    return `${who} cannot join ${displayName(net.net)}: it is a network of ${hostName(doc, net.net.host)}, and ${displayName(end.vm)} runs on ${hostName(doc, end.vm.host)}.`;
  }
  return (d) => ({
    ...d,
    vms: (d.vms ?? []).map((vm) =>
      vm.id !== end.vm.id
        ? vm
        : { ...vm, nics: (vm.nics ?? []).map((n) => (n.id === end.nic.id ? { ...n, network: target } : n)) },
    ),
  });
}

export function connectVmkernel(doc: Design, end: End<'vmkernel'>, net: NetworkEnd): Edit | string {
  const who = `${displayName(end.vmk)} on ${displayName(end.host)}`;
  if (net.kind !== 'portGroup')
    return `${who} is a VMkernel adapter: it connects to a port group, not to a desktop network.`;
  if (end.vmk.network === net.pg.id) return `${who} is already on ${networkName(net)}.`;
  const why = notOnHost(doc, net.sw, end.host.id);
  if (why) return `${who} cannot join ${networkName(net)}: ${why}.`;
  return (d) => ({
    ...d,
    hosts: (d.hosts ?? []).map((h: Host) =>
      h.id !== end.host.id
        ? h
        : {
            ...h,
            vmkernels: (h.vmkernels ?? []).map((k) =>
              k.id === end.vmk.id ? { ...k, network: net.pg.id } : k,
            ),
          },
    ),
  });
}

function setAttach(end: End<'interface'>, attach: Attach): Edit {
  return (d) => ({
    ...d,
    routers: (d.routers ?? []).map((r) =>
      r.id !== end.router.id
        ? r
        : {
            ...r,
            interfaces: (r.interfaces ?? []).map((i) => (i.id === end.iface.id ? { ...i, attach } : i)),
          },
    ),
  });
}

export function connectInterface(end: End<'interface'>, to: NetworkEnd | End<'svi'>): Edit | string {
  const who = `${displayName(end.router)}'s interface ${displayName(end.iface)}`;
  const current = end.iface.attach;
  if (to.kind === 'svi') {
    if (current && 'switch' in current && current.switch === to.sw.id)
      return `${who} is already a VLAN interface on ${displayName(to.sw)}.`;
    return setAttach(end, { switch: to.sw.id });
  }
  const target = networkId(to);
  if (current && 'network' in current && current.network === target && current.host === undefined)
    return `${who} is already on ${networkName(to)}.`;
  return setAttach(end, { network: target });
}
