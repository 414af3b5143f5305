// One element by id, as `indexDesign(doc).get(id)` would give it, without
// indexing the whole document: the walk stops at the first element with that
// id and builds an entry only for it. A click on a what-if toggle needs one
// element of a design of thousands, and indexing all of them for it cost more
// than the rest of the edit. The walk is listElements' (elementIndex.ts), in
// its order, so that with duplicate ids (only in invalid documents) the same
// occurrence wins; findElement.test.ts holds the two to each other.
import type { IndexedElement } from '../elementIndex';
import type { Design } from '../types';

export function findElement(doc: Design, id: string): IndexedElement | undefined {
  const hosts = doc.hosts ?? [];
  for (let i = 0; i < hosts.length; i++) {
    const el = hosts[i]!;
    if (el.id === id) return { kind: 'host', id, path: `/hosts/${i}`, el };
    const vmkernels = el.vmkernels ?? [];
    for (let j = 0; j < vmkernels.length; j++)
      if (vmkernels[j]!.id === id)
        return { kind: 'vmkernel', id, path: `/hosts/${i}/vmkernels/${j}`, el: vmkernels[j]!, host: el };
  }
  const switches = doc.switches ?? [];
  for (let i = 0; i < switches.length; i++)
    if (switches[i]!.id === id) return { kind: 'switch', id, path: `/switches/${i}`, el: switches[i]! };
  const portGroups = doc.portGroups ?? [];
  for (let i = 0; i < portGroups.length; i++)
    if (portGroups[i]!.id === id)
      return { kind: 'portGroup', id, path: `/portGroups/${i}`, el: portGroups[i]! };
  const vms = doc.vms ?? [];
  for (let i = 0; i < vms.length; i++) {
    const el = vms[i]!;
    if (el.id === id) return { kind: 'vm', id, path: `/vms/${i}`, el };
    const nics = el.nics ?? [];
    for (let j = 0; j < nics.length; j++)
      if (nics[j]!.id === id) return { kind: 'vmNic', id, path: `/vms/${i}/nics/${j}`, el: nics[j]!, vm: el };
  }
  const physical = doc.physicalSwitches ?? [];
  for (let i = 0; i < physical.length; i++)
    if (physical[i]!.id === id)
      return { kind: 'physicalSwitch', id, path: `/physicalSwitches/${i}`, el: physical[i]! };
  const routers = doc.routers ?? [];
  for (let i = 0; i < routers.length; i++) {
    const el = routers[i]!;
    if (el.id === id) return { kind: 'router', id, path: `/routers/${i}`, el };
    const interfaces = el.interfaces ?? [];
    for (let j = 0; j < interfaces.length; j++)
      if (interfaces[j]!.id === id)
        return {
          kind: 'routerInterface',
          id,
          path: `/routers/${i}/interfaces/${j}`,
          el: interfaces[j]!,
          router: el,
        };
    const rules = el.firewall?.rules ?? [];
    for (let j = 0; j < rules.length; j++)
      if (rules[j]!.id === id)
        return {
          kind: 'gatewayRule',
          id,
          path: `/routers/${i}/firewall/rules/${j}`,
          el: rules[j]!,
          router: el,
        };
  }
  const cables = doc.cables ?? [];
  for (let i = 0; i < cables.length; i++)
    if (cables[i]!.id === id) return { kind: 'cable', id, path: `/cables/${i}`, el: cables[i]! };
  const rules = doc.firewall?.rules ?? [];
  for (let i = 0; i < rules.length; i++)
    if (rules[i]!.id === id) return { kind: 'rule', id, path: `/firewall/rules/${i}`, el: rules[i]! };
  const flows = doc.flows ?? [];
  for (let i = 0; i < flows.length; i++)
    if (flows[i]!.id === id) return { kind: 'flow', id, path: `/flows/${i}`, el: flows[i]! };
  return undefined;
}
