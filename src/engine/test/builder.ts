// A tiny builder of v1 design documents for tests: each call adds one element
// with only what the test cares about; everything else keeps its default.
// Adapters get ids `<vmId>-n<index>` unless given one.
import type {
  Cable,
  Design,
  DistributedSwitch,
  FirewallRule,
  Flow,
  Host,
  HostNic,
  PhysicalPort,
  PhysicalSwitch,
  PortGroup,
  PortGroupVlan,
  Router,
  RouterInterface,
  StandardSwitch,
  Switch,
  UplinkRole,
  Vm,
  VmNic,
} from '../../model/types';

type Uplink = string | { nic: string; role?: UplinkRole };
type DistributedUplink = { host: string; nic: string; role?: UplinkRole };

export class DesignBuilder {
  private readonly doc: Design &
    Required<Pick<Design, 'hosts' | 'switches' | 'portGroups' | 'vms'>> & {
      physicalSwitches: PhysicalSwitch[];
      routers: Router[];
      cables: Cable[];
      flows: Flow[];
      firewall: { default?: FirewallRule['action']; rules: FirewallRule[] };
    } = {
    format: 'vnet-design',
    version: 1,
    hosts: [],
    switches: [],
    portGroups: [],
    vms: [],
    physicalSwitches: [],
    routers: [],
    cables: [],
    flows: [],
    firewall: { rules: [] },
  };

  /** A host; NICs by name, or with their `up` flag. */
  host(id: string, nics: (string | HostNic)[] = [], extra: Partial<Host> = {}): this {
    const list = nics.map((n) => (typeof n === 'string' ? { name: n } : n));
    this.doc.hosts.push({ id, ...(list.length ? { nics: list } : {}), ...extra });
    return this;
  }

  standard(id: string, host: string, uplinks: Uplink[] = [], extra: Partial<StandardSwitch> = {}): this {
    const list = uplinks.map((u) => (typeof u === 'string' ? { nic: u } : u));
    this.doc.switches.push({
      id,
      type: 'standard',
      host,
      ...(list.length ? { uplinks: list } : {}),
      ...extra,
    });
    return this;
  }

  distributed(
    id: string,
    hosts: string[],
    uplinks: DistributedUplink[] = [],
    extra: Partial<DistributedSwitch> = {},
  ): this {
    this.doc.switches.push({
      id,
      type: 'distributed',
      hosts,
      ...(uplinks.length ? { uplinks } : {}),
      ...extra,
    });
    return this;
  }

  /** Any switch as written, such as a desktop network. */
  switch(sw: Switch): this {
    this.doc.switches.push(sw);
    return this;
  }

  portGroup(id: string, sw: string, vlan?: PortGroupVlan, extra: Partial<PortGroup> = {}): this {
    this.doc.portGroups.push({ id, switch: sw, ...(vlan === undefined ? {} : { vlan }), ...extra });
    return this;
  }

  vm(id: string, host: string, nics: Partial<VmNic>[], extra: Partial<Vm> = {}): this {
    this.doc.vms.push({ id, host, nics: nics.map((n, i) => ({ id: `${id}-n${i}`, ...n })), ...extra });
    return this;
  }

  physical(id: string, ports: PhysicalPort[], extra: Partial<PhysicalSwitch> = {}): this {
    this.doc.physicalSwitches.push({ id, ports, ...extra });
    return this;
  }

  cable(a: string, b: string, id = `c${this.doc.cables.length + 1}`): this {
    this.doc.cables.push({ id, a, b });
    return this;
  }

  router(id: string, interfaces: RouterInterface[], extra: Partial<Router> = {}): this {
    this.doc.routers.push({ id, interfaces, ...extra });
    return this;
  }

  rule(rule: Omit<FirewallRule, 'action'> & { action?: FirewallRule['action'] }): this {
    this.doc.firewall.rules.push({ action: 'allow', ...rule });
    return this;
  }

  firewallDefault(action: FirewallRule['action']): this {
    this.doc.firewall.default = action;
    return this;
  }

  flow(id: string, from: string, to: string, extra: Partial<Flow> = {}): this {
    this.doc.flows.push({ id, from, to, ...extra });
    return this;
  }

  /** A deep copy, so that a builder can go on after building. */
  build(): Design {
    return JSON.parse(JSON.stringify(this.doc)) as Design;
  }
}

export const design = (): DesignBuilder => new DesignBuilder();

/**
 * The smallest routed design: one host, one standard switch with no uplink,
 * VLAN 10 and VLAN 20 port groups, router r1 on both (.1), and a VM on each
 * (.11) with its gateway. Tests add what they need.
 */
export function twoSubnets(): DesignBuilder {
  return design()
    .host('esx1')
    .standard('vss0', 'esx1')
    .portGroup('pg-a', 'vss0', 10)
    .portGroup('pg-b', 'vss0', 20)
    .router('r1', [
      { id: 'r1-a', ip: '10.0.1.1/24', attach: { network: 'pg-a' } },
      { id: 'r1-b', ip: '10.0.2.1/24', attach: { network: 'pg-b' } },
    ])
    .vm('a', 'esx1', [{ network: 'pg-a', ip: '10.0.1.11/24', gateway: '10.0.1.1' }])
    .vm('b', 'esx1', [{ network: 'pg-b', ip: '10.0.2.11/24', gateway: '10.0.2.1' }]);
}

/**
 * Two hosts whose distributed switch dvs1 meets over physical switch tor1
 * (esx1:vmnic0 → tor1:p1, esx2:vmnic0 → tor1:p2, both trunks allowing all),
 * with a port group in `vlan` and a VM on each host (a 10.0.0.1, b 10.0.0.2).
 */
export function twoHosts(vlan: PortGroupVlan = 100): DesignBuilder {
  return design()
    .host('esx1', ['vmnic0'])
    .host('esx2', ['vmnic0'])
    .distributed(
      'dvs1',
      ['esx1', 'esx2'],
      [
        { host: 'esx1', nic: 'vmnic0' },
        { host: 'esx2', nic: 'vmnic0' },
      ],
    )
    .portGroup('pg', 'dvs1', vlan)
    .physical('tor1', [
      { name: 'p1', mode: 'trunk' },
      { name: 'p2', mode: 'trunk' },
    ])
    .cable('esx1:vmnic0', 'tor1:p1')
    .cable('esx2:vmnic0', 'tor1:p2')
    .vm('a', 'esx1', [{ network: 'pg', ip: '10.0.0.1/24' }])
    .vm('b', 'esx2', [{ network: 'pg', ip: '10.0.0.2/24' }]);
}
