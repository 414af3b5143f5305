// References between elements: each must resolve, and to the right kind of
// element (MODEL.md 1.1). The error is at the field that holds the reference.
// Uplinks, cables, NAT rules, routes, firewall selectors and flows have files
// of their own.
import type { SemanticContext } from './context';
import { isDesktopKind, kindPhrase, quote, switchNoun, type ErrorList } from './phrases';
import { HOST, resolveRef, type RefRule } from './refCheck';
import type { IdEntry } from './registry';

const isVirtualSwitch = (e: IdEntry) =>
  e.kind === 'switch' && (e.switchType === 'standard' || e.switchType === 'distributed');
/** A switch whose type is malformed cannot be judged; its own error says why. */
const isUnknownSwitch = (e: IdEntry) => e.kind === 'switch' && e.switchType === undefined;
const isDesktopNetwork = (e: IdEntry) => e.kind === 'switch' && isDesktopKind(e.switchType);

/** A port group's `switch`: a standard or distributed switch. */
const PORT_GROUP_SWITCH: RefRule = {
  what: 'a switch',
  accepts: (e) => isVirtualSwitch(e) || isUnknownSwitch(e),
  wrongKind: (value, e) =>
    isDesktopNetwork(e)
      ? `${quote(value)} is ${kindPhrase(e)}; port groups belong to standard and distributed switches, and VM adapters connect to ${quote(value)} directly`
      : undefined,
};

/** Where an adapter connects to a virtual switch: one of its port groups. */
function onePortGroupOf(who: string) {
  return (value: string, e: IdEntry): string | undefined =>
    isVirtualSwitch(e)
      ? `${quote(value)} is ${kindPhrase(e)}; connect the ${who} to one of its port groups`
      : undefined;
}

/** A VM adapter's or router interface's `network`: a port group or a desktop network. */
const adapterNetwork = (who: string): RefRule => ({
  what: 'a port group or desktop network',
  accepts: (e) => e.kind === 'portGroup' || isDesktopNetwork(e) || isUnknownSwitch(e),
  wrongKind: onePortGroupOf(who),
});
const VM_ADAPTER_NETWORK = adapterNetwork('adapter');
const INTERFACE_NETWORK = adapterNetwork('interface');

/**
 * A VMkernel adapter's `network`: a port group. A desktop network is refused:
 * VMkernel adapters live on ESXi hosts, which cannot have desktop networks.
 */
const VMKERNEL_NETWORK: RefRule = {
  what: 'a port group',
  accepts: (e) => e.kind === 'portGroup' || isUnknownSwitch(e),
  wrongKind: (value, e) =>
    isDesktopNetwork(e)
      ? `${quote(value)} is ${kindPhrase(e)}; a VMkernel adapter connects to a port group of a standard or distributed switch`
      : onePortGroupOf('VMkernel adapter')(value, e),
};

const PHYSICAL_SWITCH: RefRule = {
  what: 'a physical switch',
  accepts: (e) => e.kind === 'physicalSwitch',
  wrongKind: (value, e) =>
    e.kind === 'switch'
      ? `${quote(value)} is ${kindPhrase(e)}, not a physical switch; to attach to a virtual ${e.switchType ? switchNoun(e.switchType) : 'switch'}, use "network" with one of its port groups`
      : undefined,
};

export function checkReferences(ctx: SemanticContext, errors: ErrorList): void {
  for (const { el: vm, path } of ctx.vms) {
    resolveRef(ctx, errors, vm.host, `${path}/host`, HOST);
    (vm.nics ?? []).forEach((nic, j) => {
      if (nic.network !== undefined)
        resolveRef(ctx, errors, nic.network, `${path}/nics/${j}/network`, VM_ADAPTER_NETWORK);
    });
  }
  for (const { el: host, path } of ctx.hosts)
    (host.vmkernels ?? []).forEach((vmk, j) => {
      if (vmk.network !== undefined)
        resolveRef(ctx, errors, vmk.network, `${path}/vmkernels/${j}/network`, VMKERNEL_NETWORK);
    });
  for (const { el: sw, path } of ctx.switches) {
    if (sw.type === 'distributed')
      (sw.hosts ?? []).forEach((h, j) => resolveRef(ctx, errors, h, `${path}/hosts/${j}`, HOST));
    else resolveRef(ctx, errors, sw.host, `${path}/host`, HOST);
  }
  for (const { el: pg, path } of ctx.portGroups)
    resolveRef(ctx, errors, pg.switch, `${path}/switch`, PORT_GROUP_SWITCH);
  for (const { el: router, path } of ctx.routers)
    (router.interfaces ?? []).forEach((iface, j) => {
      const attach = iface.attach;
      const at = `${path}/interfaces/${j}/attach`;
      if (!attach) return;
      if ('network' in attach) {
        resolveRef(ctx, errors, attach.network, `${at}/network`, INTERFACE_NETWORK);
        if (attach.host !== undefined) resolveRef(ctx, errors, attach.host, `${at}/host`, HOST);
      } else if ('switch' in attach) resolveRef(ctx, errors, attach.switch, `${at}/switch`, PHYSICAL_SWITCH);
    });
}
