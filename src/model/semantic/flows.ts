// Flow ends (MODEL.md 1, flows): an IPv4 address, or the id of a VM, a VM
// adapter, a VMkernel adapter, a router interface or a host. The adapters and
// interfaces that desktop networks generate (2.6) count too, since results name
// them. A host end needs an address to use: an ESXi host a VMkernel adapter; a
// workstation host its adapter on a desktop network the other end is on, or
// else its `ip`.
import { parseCidr, parseIpv4, inSubnet } from '../ipv4';
import type { Flow } from '../types';
import type { SemanticContext } from './context';
import { generatedEndpoints, type GeneratedEndpoint } from './generatedIds';
import { kindPhrase, quote, type ErrorList } from './phrases';
import { resolveRef, type RefRule } from './refCheck';
import type { IdEntry } from './registry';

const ENDPOINT_KINDS = new Set(['vm', 'vmNic', 'vmkernel', 'routerInterface', 'host']);

const FLOW_END: RefRule = {
  what: 'a VM, adapter, router interface or host',
  accepts: (e) => ENDPOINT_KINDS.has(e.kind),
  wrongKind: (value, e) =>
    `${quote(value)} is ${kindPhrase(e)}; a flow starts or ends at a VM, a VM or VMkernel adapter, a router interface, a host or an IPv4 address`,
};

/** A resolved end: the element it names, or an address. */
type End = { address: number } | { entry: IdEntry } | { generated: GeneratedEndpoint };

export function checkFlows(ctx: SemanticContext, errors: ErrorList): void {
  if (ctx.flows.length === 0) return;
  const generated = generatedEndpoints(ctx);
  const networks = new EndNetworks(ctx, generated);
  for (const { el: flow, path } of ctx.flows) {
    const from = resolveEnd(ctx, generated, flow.from, `${path}/from`, errors);
    const to = resolveEnd(ctx, generated, flow.to, `${path}/to`, errors);
    if (from && 'entry' in from)
      checkHostAddress(ctx, networks, flow, from.entry, to, `${path}/from`, errors);
    if (to && 'entry' in to) checkHostAddress(ctx, networks, flow, to.entry, from, `${path}/to`, errors);
  }
}

function resolveEnd(
  ctx: SemanticContext,
  generated: Map<string, GeneratedEndpoint>,
  value: string,
  path: string,
  errors: ErrorList,
): End | undefined {
  const address = parseIpv4(value);
  if (address !== null) return { address };
  const made = generated.get(value);
  if (made && !ctx.ids.has(value)) return { generated: made };
  const entry = resolveRef(ctx, errors, value, path, FLOW_END);
  return entry ? { entry } : undefined;
}

function checkHostAddress(
  ctx: SemanticContext,
  networks: EndNetworks,
  flow: Flow,
  entry: IdEntry,
  other: End | undefined,
  path: string,
  errors: ErrorList,
): void {
  if (entry.kind !== 'host') return;
  const host = ctx.hostById.get(entry.id);
  if (!host) return; // a malformed host has its own errors
  if (entry.hostKind === 'esxi') {
    if ((host.vmkernels ?? []).length === 0)
      errors.add(
        path,
        `${quote(host.id)} is an ESXi host with no VMkernel adapter, so flow ${quote(flow.id)} has no address to use for it; add a VMkernel adapter to the host, or name a VM or adapter instead`,
      );
    return;
  }
  if (entry.hostKind !== 'workstation' || host.ip !== undefined) return;
  const own = networks.hostAdapters(host.id);
  const theirs = own.size > 0 && other ? networks.of(other) : new Set<string>();
  if (theirs === null) return; // the other end cannot be judged; its own errors say why
  for (const network of theirs) if (own.has(network)) return;
  errors.add(
    path,
    `${quote(host.id)} is a workstation host with no "ip" and no adapter on a host-only or NAT network that the other end of flow ${quote(flow.id)} is on, so the flow has no address to use for it; give the host an "ip", or name a VM instead`,
  );
}

/** The desktop networks an end is on, as far as a workstation host's adapters are concerned. */
class EndNetworks {
  private readonly adaptersByHost = new Map<string, Set<string>>();
  private staticOwners: Map<number, Set<string>> | null = null;
  private interfaceNetworks: Map<string, string | undefined> | null = null;

  constructor(
    private readonly ctx: SemanticContext,
    generated: Map<string, GeneratedEndpoint>,
  ) {
    for (const made of generated.values()) {
      if (made.kind !== 'hostAdapter') continue;
      const sw = ctx.switchById.get(made.network);
      if (!sw || !('host' in sw)) continue;
      const set = this.adaptersByHost.get(sw.host) ?? new Set<string>();
      set.add(made.network);
      this.adaptersByHost.set(sw.host, set);
    }
  }

  /** The networks on which a host has its own (generated) adapter. */
  hostAdapters(hostId: string): Set<string> {
    return this.adaptersByHost.get(hostId) ?? new Set();
  }

  /** The networks an end is on; null when that cannot be told (a malformed element). */
  of(end: End): Set<string> | null {
    if ('generated' in end) return new Set([end.generated.network]);
    if ('address' in end) return this.ofAddress(end.address);
    const { entry } = end;
    switch (entry.kind) {
      case 'vm': {
        const vm = this.ctx.vmById.get(entry.id);
        return vm
          ? new Set((vm.nics ?? []).flatMap((n) => (n.network === undefined ? [] : [n.network])))
          : null;
      }
      case 'vmNic': {
        const nic = this.ctx.vmNicById.get(entry.id);
        if (!nic) return null;
        return new Set(nic.network === undefined ? [] : [nic.network]);
      }
      case 'routerInterface': {
        const networks = this.interfaces();
        if (!networks.has(entry.id)) return null;
        const network = networks.get(entry.id);
        return new Set(network === undefined ? [] : [network]);
      }
      case 'host':
        return this.hostAdapters(entry.id);
      default:
        return new Set(); // a VMkernel adapter is on a port group, never on a desktop network
    }
  }

  /** An address is on the host-only and NAT networks whose subnet holds it, and on those of its static owners. */
  private ofAddress(address: number): Set<string> {
    const out = new Set<string>(this.owners().get(address));
    for (const { el: sw } of this.ctx.switches) {
      if (sw.type !== 'nat' && sw.type !== 'hostonly') continue;
      const subnet = parseCidr(sw.subnet);
      if (subnet && inSubnet(address, subnet)) out.add(sw.id);
    }
    return out;
  }

  private owners(): Map<number, Set<string>> {
    if (this.staticOwners) return this.staticOwners;
    const owners = new Map<number, Set<string>>();
    const own = (ip: string | undefined, network: string | undefined) => {
      const cidr = ip === undefined || network === undefined ? null : parseCidr(ip);
      if (!cidr || network === undefined) return;
      const set = owners.get(cidr.address) ?? new Set<string>();
      set.add(network);
      owners.set(cidr.address, set);
    };
    for (const { el: vm } of this.ctx.vms) for (const nic of vm.nics ?? []) own(nic.ip, nic.network);
    for (const { el: router } of this.ctx.routers)
      for (const iface of router.interfaces ?? [])
        if (iface.attach && 'network' in iface.attach) own(iface.ip, iface.attach.network);
    return (this.staticOwners = owners);
  }

  private interfaces(): Map<string, string | undefined> {
    if (this.interfaceNetworks) return this.interfaceNetworks;
    const map = new Map<string, string | undefined>();
    for (const { el: router } of this.ctx.routers)
      for (const iface of router.interfaces ?? [])
        if (!map.has(iface.id))
          map.set(iface.id, iface.attach && 'network' in iface.attach ? iface.attach.network : undefined);
    return (this.interfaceNetworks = map);
  }
}
