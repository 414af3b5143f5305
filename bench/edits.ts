// The edits the benchmark times, each made the way the editor makes them: a
// new document that shares every untouched subtree with the previous one,
// plus the patch (worker/docPatch.ts ops) that describes it. Edits build on
// each other, as a user's do.
//   local:  one adapter's IP; one adapter moved to another VLAN's port group
//   global: a rule inserted at the top of the DFW; a distributed switch's MTU
import { formatIpv4, maskOf, parseCidr, type Cidr } from '../src/model/ipv4';
import type { Design, FirewallRule, PortGroup, Vm, VmNic } from '../src/model/types';
import type { PatchOp } from '../src/worker/docPatch';
import type { DesignEdit } from './engineAdapter';
import type { Rng } from './prng';

export type EditKind = 'adapter-ip' | 'adapter-vlan' | 'rule-at-top' | 'vds-mtu';
export const LOCAL_EDITS: EditKind[] = ['adapter-ip', 'adapter-vlan'];
export const GLOBAL_EDITS: EditKind[] = ['rule-at-top', 'vds-mtu'];

interface Subnet {
  cidr: Cidr;
  gateway: string;
}

export class DesignEditor {
  private doc: Design;
  private readonly used = new Set<number>();
  /** Port groups with a routed subnet (a router interface on them), by switch. */
  private readonly routedBySwitch = new Map<string, PortGroup[]>();
  private readonly subnetOf = new Map<string, Subnet>();
  private rulesAdded = 0;

  constructor(
    doc: Design,
    private readonly rng: Rng,
  ) {
    this.doc = doc;
    for (const vm of doc.vms ?? []) for (const nic of vm.nics ?? []) this.markUsed(nic.ip);
    for (const host of doc.hosts ?? []) for (const vmk of host.vmkernels ?? []) this.markUsed(vmk.ip);
    for (const router of doc.routers ?? [])
      for (const iface of router.interfaces ?? []) {
        this.markUsed(iface.ip);
        const cidr = iface.ip ? parseCidr(iface.ip) : null;
        if (cidr && iface.attach && 'network' in iface.attach)
          this.subnetOf.set(iface.attach.network, { cidr, gateway: formatIpv4(cidr.address) });
      }
    for (const pg of doc.portGroups ?? []) {
      if (!this.subnetOf.has(pg.id) || typeof pg.vlan !== 'number') continue;
      const list = this.routedBySwitch.get(pg.switch) ?? [];
      list.push(pg);
      this.routedBySwitch.set(pg.switch, list);
    }
  }

  get current(): Design {
    return this.doc;
  }

  next(kind: EditKind): DesignEdit {
    const made = this.make(kind);
    this.doc = made.doc;
    return { kind, ...made };
  }

  private make(kind: EditKind): { doc: Design; ops: PatchOp[] } {
    switch (kind) {
      case 'adapter-ip':
        return this.changeAdapter((nic, pg) => {
          const subnet = this.subnetOf.get(pg.id)!;
          return { ...nic, ip: this.freeAddress(subnet.cidr) };
        });
      case 'adapter-vlan':
        return this.changeAdapter((nic, pg) => {
          const others = (this.routedBySwitch.get(pg.switch) ?? []).filter((o) => o.vlan !== pg.vlan);
          if (others.length === 0) return null;
          const target = this.rng.pick(others);
          const subnet = this.subnetOf.get(target.id)!;
          return { ...nic, network: target.id, ip: this.freeAddress(subnet.cidr), gateway: subnet.gateway };
        });
      case 'rule-at-top':
        return this.ruleAtTop();
      case 'vds-mtu':
        return this.vdsMtu();
    }
  }

  private markUsed(ip: string | undefined): void {
    const cidr = ip && ip !== 'dhcp' ? parseCidr(ip) : null;
    if (cidr) this.used.add(cidr.address);
  }

  /** The highest unused host address of the subnet, as "a.b.c.d/len". */
  private freeAddress(cidr: Cidr): string {
    const network = (cidr.address & maskOf(cidr.prefix)) >>> 0;
    const broadcast = network + 2 ** (32 - cidr.prefix) - 1;
    for (let a = broadcast - 1; a > network; a--) {
      if (this.used.has(a)) continue;
      this.used.add(a);
      return `${formatIpv4(a)}/${cidr.prefix}`;
    }
    throw new RangeError(`no free address left in ${formatIpv4(network)}/${cidr.prefix}`);
  }

  /** Replaces one static adapter on a routed port group, copying only the path down to it. */
  private changeAdapter(change: (nic: VmNic, pg: PortGroup) => VmNic | null): {
    doc: Design;
    ops: PatchOp[];
  } {
    const vms = this.doc.vms ?? [];
    const pgById = new Map((this.doc.portGroups ?? []).map((pg) => [pg.id, pg]));
    for (let attempt = 0; attempt < 1000; attempt++) {
      const v = this.rng.int(0, vms.length - 1);
      const vm = vms[v]!;
      const n = this.rng.int(0, (vm.nics?.length ?? 1) - 1);
      const nic = vm.nics?.[n];
      const pg = nic?.network ? pgById.get(nic.network) : undefined;
      if (!nic || !pg || !this.subnetOf.has(pg.id) || !nic.ip || nic.ip === 'dhcp') continue;
      const changed = change(nic, pg);
      if (!changed) continue;
      const nics = [...vm.nics!];
      nics[n] = changed;
      const nextVms: Vm[] = [...vms];
      nextVms[v] = { ...vm, nics };
      return {
        doc: { ...this.doc, vms: nextVms },
        ops: [{ op: 'set', path: ['vms', v, 'nics', n], value: changed }],
      };
    }
    throw new Error('no static adapter on a routed port group to edit');
  }

  private ruleAtTop(): { doc: Design; ops: PatchOp[] } {
    const n = ++this.rulesAdded;
    const rule: FirewallRule = {
      id: `bench-top-${n}`,
      name: `block new threat source ${n}`,
      category: 'emergency',
      sources: [`198.18.${n % 256}.0/24`],
      services: ['tcp/4444'],
      action: 'drop',
    };
    const firewall = this.doc.firewall ?? {};
    const rules = [rule, ...(firewall.rules ?? [])];
    return {
      doc: { ...this.doc, firewall: { ...firewall, rules } },
      ops: [{ op: 'set', path: ['firewall', 'rules'], value: rules }],
    };
  }

  private vdsMtu(): { doc: Design; ops: PatchOp[] } {
    const switches = this.doc.switches ?? [];
    const candidates = switches.flatMap((sw, i) => (sw.type === 'distributed' ? [{ sw, i }] : []));
    if (candidates.length === 0) throw new Error('no distributed switch to edit');
    const { sw, i } = this.rng.pick(candidates);
    const mtu = sw.mtu === 9000 ? 1600 : 9000;
    const nextSwitches = [...switches];
    nextSwitches[i] = { ...sw, mtu };
    return {
      doc: { ...this.doc, switches: nextSwitches },
      ops: [{ op: 'set', path: ['switches', i, 'mtu'], value: mtu }],
    };
  }
}
