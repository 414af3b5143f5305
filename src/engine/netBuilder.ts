// The design as the evaluator sees it (net.ts), built for one version of the
// document after another. Each part is rebuilt only when the document part it
// is read from changed identity (the store's commands and the worker's
// patches keep every unchanged subtree by reference), and elements are
// converted one by one, kept per element object.
//
// VMs are the common edit, and there are thousands: when only some VMs
// changed, in place and with as many adapters as before, their adapters are
// replaced where they stand in the member list (memberList.ts), and the
// build reports exactly which members it replaced.
import { firewallDefault } from '../model/defaults';
import type { DesktopNetwork, Design, Host, PortGroup, Router, Switch } from '../model/types';
import { isDesktopNetwork } from '../model/types';
import { expandDesktopNetworks, type DesktopExpansion } from './desktop';
import { normalizeFirewall, type NormalizedRules } from './firewallRules';
import { Keyed, PerElement } from './keep';
import { MemberList, type MemberSwap } from './memberList';
import type {
  FirewallNet,
  HostNet,
  Member,
  Net,
  PhysSwitchNet,
  PortGroupNet,
  RouterNet,
  SwitchNet,
} from './net';
import {
  cableNets,
  desktopPortGroup,
  hostNet,
  physicalSwitchNet,
  portGroupNet,
  switchNet,
  vmkernelMembers,
} from './normalizeParts';
import { normalizeRouter } from './normalizeRouters';

const NONE: readonly Member[] = [];

export interface NetVersion {
  net: Net;
  /** The members this version swapped in place; null when the list was rebuilt (compare them all). */
  swaps: MemberSwap[] | null;
  /** Each member's position in `net.members`. */
  position: ReadonlyMap<string, number>;
}

export class NetBuilder {
  private readonly hostParts = new PerElement<Host, { net: HostNet; vmkernels: Member[] }>((h) => ({
    net: hostNet(h),
    vmkernels: vmkernelMembers(h),
  }));
  private readonly switchParts = new PerElement<Switch, SwitchNet>(switchNet);
  private readonly physicalParts = new PerElement(physicalSwitchNet);
  private readonly routerParts = new PerElement<Router, RouterNet>(normalizeRouter);
  private readonly members = new MemberList();
  private portGroupParts = new Map<PortGroup, { sw: SwitchNet | undefined; net: PortGroupNet }>();
  private desktopPortGroups = new Map<SwitchNet, PortGroupNet>();
  private dfwRules: NormalizedRules | null = null;

  private readonly hosts = new Keyed<Map<string, HostNet>>();
  private readonly hostIds = new Keyed<Map<string, Host>>();
  private readonly switches = new Keyed<Map<string, SwitchNet>>();
  private readonly portGroups = new Keyed<Map<string, PortGroupNet>>();
  private readonly physical = new Keyed<Map<string, PhysSwitchNet>>();
  private readonly desktop = new Keyed<DesktopExpansion>();
  private readonly routers = new Keyed<RouterNet[]>();
  private readonly cables = new Keyed<ReturnType<typeof cableNets>>();
  private readonly dfw = new Keyed<FirewallNet>();
  private readonly routerOf = new Keyed<Map<string, RouterNet>>();

  build(doc: Design): NetVersion {
    const hostParts = this.hostParts.of(doc.hosts);
    const docHosts = doc.hosts ?? [];
    const hosts = this.hosts.get(
      [doc.hosts],
      () => new Map(hostParts.map((h, i) => [docHosts[i]!.id, h.net])),
    );
    const hostIds = this.hostIds.get([doc.hosts], () => new Map(docHosts.map((h) => [h.id, h])));
    const switchNets = this.switchParts.of(doc.switches);
    const switches = this.switches.get([doc.switches], () => new Map(switchNets.map((sw) => [sw.id, sw])));
    const portGroups = this.portGroups.get([doc.portGroups, switches], () =>
      this.portGroupMap(doc, switches),
    );
    const physicalNets = this.physicalParts.of(doc.physicalSwitches);
    const physical = this.physical.get(
      [doc.physicalSwitches],
      () => new Map(physicalNets.map((p) => [p.id, p])),
    );
    // Desktop networks expand into members and routers of their own: kept while those networks and the hosts are.
    const desktopNetworks: DesktopNetwork[] = (doc.switches ?? []).filter(isDesktopNetwork);
    const desktop = this.desktop.get([doc.hosts, ...desktopNetworks], () =>
      expandDesktopNetworks(desktopNetworks, hosts),
    );
    const routerNets = this.routerParts.of(doc.routers);
    const routers = this.routers.get([doc.routers, desktop], () => [...routerNets, ...desktop.routers]);
    const others = this.members.others([doc.hosts, desktop, routers], () => [
      ...hostParts.flatMap((h) => h.vmkernels),
      ...desktop.hostAdapters,
      ...routers.flatMap((r) => r.interfaces),
    ]);
    const swaps = this.members.update(doc.vms ?? [], others);
    const cables = this.cables.get([doc.cables, hosts, physical], () =>
      cableNets(doc.cables ?? [], hosts, physical),
    );
    const routerOfInterface = this.routerOf.get([routers], () => {
      const map = new Map<string, RouterNet>();
      for (const router of routers) for (const iface of router.interfaces) map.set(iface.id, router);
      return map;
    });
    const dfw = this.dfw.get([doc.firewall?.rules, firewallDefault(doc)], () => {
      const { firewall, normalized } = normalizeFirewall(
        firewallDefault(doc),
        doc.firewall?.rules ?? [],
        true,
        this.dfwRules,
      );
      this.dfwRules = normalized;
      return firewall;
    });
    const hostAdapters = this.hostParts.snapshot();
    const members = this.members;
    const net: Net = {
      doc,
      hosts,
      switches,
      portGroups,
      physical,
      vms: members.vms,
      members: members.list,
      memberById: members.byId,
      position: members.position,
      routers,
      routerOfInterface,
      cables: cables.cables,
      cableAt: cables.cableAt,
      dfw,
      adaptersOf: (vmId) => members.adaptersOf(vmId),
      vmkernelsOf: (hostId) => {
        const host = hostIds.get(hostId);
        return (host && hostAdapters.get(host)?.vmkernels) ?? NONE;
      },
    };
    return { net, swaps, position: members.position };
  }

  private portGroupMap(doc: Design, switches: Map<string, SwitchNet>): Map<string, PortGroupNet> {
    const out = new Map<string, PortGroupNet>();
    const parts = new Map<PortGroup, { sw: SwitchNet | undefined; net: PortGroupNet }>();
    for (const pg of doc.portGroups ?? []) {
      const sw = switches.get(pg.switch);
      let part = this.portGroupParts.get(pg);
      // A port group reads its switch's private VLANs: kept while they are the same.
      if (!part || part.sw?.pvlans !== sw?.pvlans) part = { sw, net: portGroupNet(pg, sw) };
      parts.set(pg, part);
      out.set(pg.id, part.net);
    }
    const desktop = new Map<SwitchNet, PortGroupNet>();
    for (const sw of switches.values())
      if (sw.type !== 'standard' && sw.type !== 'distributed') {
        const pg = this.desktopPortGroups.get(sw) ?? desktopPortGroup(sw);
        desktop.set(sw, pg);
        out.set(sw.id, pg);
      }
    this.portGroupParts = parts;
    this.desktopPortGroups = desktop;
    return out;
  }
}
