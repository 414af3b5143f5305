// Edits of VMs and their adapters: addresses, networks, what-if toggles,
// adapters and VMs added, a VM moved to another host.
import { addVmAdapter } from '../../../src/model/commands/adapters';
import { addElement } from '../../../src/model/commands/addElement';
import { connect } from '../../../src/model/commands/connect';
import { moveVmToHost } from '../../../src/model/commands/moveVmToHost';
import { updateElement } from '../../../src/model/commands/updateElement';
import { setAdapterConnected, setVmPower } from '../../../src/model/commands/whatIf';
import { adapterConnected, vmPowered } from '../../../src/model/defaults';
import { isDesktopNetwork } from '../../../src/model/types';
import { adapterHandle, NETWORK_HANDLE, portGroupHandle } from '../../../src/scene/handleIds';
import { MTUS, SUBNETS, TAGS } from '../../arbitraries/pools';
import { homeSubnet, staticAddress } from '../../arbitraries/workloads';
import { edit, networks, pickOf, plan, type Planner } from './planning';

export const WORKLOAD_EDITS: Record<string, Planner> = {
  'adapter ip': (doc, r) => {
    const nic = pickOf(doc, r, 'vmNic', 'vmkernel');
    const ip = r.chance(15) ? 'dhcp' : r.chance(10) ? undefined : staticAddress(r);
    return nic && edit(doc, nic.id, { ip });
  },
  'adapter gateway': (doc, r) => {
    const nic = pickOf(doc, r, 'vmNic');
    return nic && edit(doc, nic.id, { gateway: r.chance(20) ? undefined : `${r.pick(SUBNETS)}.1` });
  },
  'adapter guest vlan': (doc, r) => {
    const nic = pickOf(doc, r, 'vmNic');
    return nic && edit(doc, nic.id, { vlan: r.pick([undefined, 10, 20, 100]) });
  },
  'adapter mtu': (doc, r) => {
    const nic = pickOf(doc, r, 'vmNic', 'vmkernel');
    return nic && edit(doc, nic.id, { mtu: r.pick([undefined, ...MTUS]) });
  },
  'adapter network': (doc, r) => {
    const nic = pickOf(doc, r, 'vmNic');
    const list = networks(doc);
    return (
      nic && edit(doc, nic.id, { network: list.length === 0 || r.chance(10) ? undefined : r.pick(list) })
    );
  },
  'adapter connect': (doc, r) => {
    const nic = pickOf(doc, r, 'vmNic');
    const portGroups = doc.portGroups ?? [];
    const desktop = (doc.switches ?? []).filter(isDesktopNetwork);
    if (!nic || portGroups.length + desktop.length === 0) return null;
    const pg = portGroups.length > 0 && (desktop.length === 0 || r.chance(80)) ? r.pick(portGroups) : null;
    const target = pg
      ? { node: pg.id, handle: portGroupHandle(pg.id) }
      : { node: r.pick(desktop).id, handle: NETWORK_HANDLE };
    return plan(doc, connect, { source: { node: nic.vm.id, handle: adapterHandle(nic.id) }, target });
  },
  'adapter connected': (doc, r) => {
    const nic = pickOf(doc, r, 'vmNic');
    return nic && plan(doc, setAdapterConnected, { adapter: nic.id, connected: !adapterConnected(nic.el) });
  },
  // Added and given an address before the evaluator catches up, as a quick user would.
  'adapter add': (doc, r) => {
    const vm = pickOf(doc, r, 'vm');
    if (!vm) return null;
    const list = networks(doc);
    const network = list.length > 0 ? r.pick(list) : undefined;
    const add = plan(doc, addVmAdapter, { vm: vm.id, ...(network ? { network } : {}) });
    if (r.chance(30)) return add;
    const ip = staticAddress(r, homeSubnet(network, doc.portGroups ?? [], doc.switches ?? []));
    return {
      describe: `${add.describe}, then its ip ${ip}`,
      run: () => {
        const added = add.run();
        if (!added.ok) return added;
        const nic = added.doc.vms?.find((v) => v.id === vm.id)?.nics?.at(-1);
        return nic ? updateElement.run(added.doc, { id: nic.id, changes: { ip } }) : added;
      },
    };
  },
  'vm power': (doc, r) => {
    const vm = pickOf(doc, r, 'vm');
    return vm && plan(doc, setVmPower, { vm: vm.id, on: !vmPowered(vm.el) });
  },
  'vm tags': (doc, r) => {
    const vm = pickOf(doc, r, 'vm');
    const tags = r.subset(TAGS, 40);
    return vm && edit(doc, vm.id, { tags: tags.length > 0 ? tags : undefined });
  },
  'vm to another host': (doc, r) => {
    const vm = pickOf(doc, r, 'vm');
    const hosts = (doc.hosts ?? []).filter((h) => h.id !== vm?.el.host);
    return vm && hosts.length > 0 ? plan(doc, moveVmToHost, { vm: vm.id, host: r.pick(hosts).id }) : null;
  },
  'vm add': (doc, r) => {
    const hosts = doc.hosts ?? [];
    return hosts.length > 0 ? plan(doc, addElement, { kind: 'vm', host: r.pick(hosts).id }) : null;
  },
};
