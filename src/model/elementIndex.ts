// Every id of a document, with what it names and where it stands. Ids are
// unique across the whole document (MODEL.md section 1), so one map serves
// references, the inspector and the evaluator alike.
import type {
  Cable,
  Design,
  FirewallRule,
  Flow,
  GatewayRule,
  Host,
  PhysicalSwitch,
  PortGroup,
  Router,
  RouterInterface,
  Switch,
  Vm,
  VmKernel,
  VmNic,
} from './types';

export type IndexedElement =
  | { kind: 'host'; id: string; path: string; el: Host }
  | { kind: 'vmkernel'; id: string; path: string; el: VmKernel; host: Host }
  | { kind: 'switch'; id: string; path: string; el: Switch }
  | { kind: 'portGroup'; id: string; path: string; el: PortGroup }
  | { kind: 'vm'; id: string; path: string; el: Vm }
  | { kind: 'vmNic'; id: string; path: string; el: VmNic; vm: Vm }
  | { kind: 'physicalSwitch'; id: string; path: string; el: PhysicalSwitch }
  | { kind: 'router'; id: string; path: string; el: Router }
  | { kind: 'routerInterface'; id: string; path: string; el: RouterInterface; router: Router }
  | { kind: 'cable'; id: string; path: string; el: Cable }
  | { kind: 'rule'; id: string; path: string; el: FirewallRule }
  | { kind: 'gatewayRule'; id: string; path: string; el: GatewayRule; router: Router }
  | { kind: 'flow'; id: string; path: string; el: Flow };

export type ElementKind = IndexedElement['kind'];

/** Every id-bearing object in document order; a repeated id appears once per occurrence. */
/** Every element in document order, one at a time, so that a search can stop at the one it wants. */
export function* eachElement(doc: Design): Generator<IndexedElement> {
  const hosts = doc.hosts ?? [];
  for (let i = 0; i < hosts.length; i++) {
    const el = hosts[i]!;
    yield { kind: 'host', id: el.id, path: `/hosts/${i}`, el };
    const vmkernels = el.vmkernels ?? [];
    for (let j = 0; j < vmkernels.length; j++) {
      const k = vmkernels[j]!;
      yield { kind: 'vmkernel', id: k.id, path: `/hosts/${i}/vmkernels/${j}`, el: k, host: el };
    }
  }
  const switches = doc.switches ?? [];
  for (let i = 0; i < switches.length; i++)
    yield { kind: 'switch', id: switches[i]!.id, path: `/switches/${i}`, el: switches[i]! };
  const portGroups = doc.portGroups ?? [];
  for (let i = 0; i < portGroups.length; i++)
    yield { kind: 'portGroup', id: portGroups[i]!.id, path: `/portGroups/${i}`, el: portGroups[i]! };
  const vms = doc.vms ?? [];
  for (let i = 0; i < vms.length; i++) {
    const el = vms[i]!;
    yield { kind: 'vm', id: el.id, path: `/vms/${i}`, el };
    const nics = el.nics ?? [];
    for (let j = 0; j < nics.length; j++) {
      const n = nics[j]!;
      yield { kind: 'vmNic', id: n.id, path: `/vms/${i}/nics/${j}`, el: n, vm: el };
    }
  }
  const physical = doc.physicalSwitches ?? [];
  for (let i = 0; i < physical.length; i++)
    yield { kind: 'physicalSwitch', id: physical[i]!.id, path: `/physicalSwitches/${i}`, el: physical[i]! };
  const routers = doc.routers ?? [];
  for (let i = 0; i < routers.length; i++) {
    const el = routers[i]!;
    yield { kind: 'router', id: el.id, path: `/routers/${i}`, el };
    const interfaces = el.interfaces ?? [];
    for (let j = 0; j < interfaces.length; j++) {
      const f = interfaces[j]!;
      yield { kind: 'routerInterface', id: f.id, path: `/routers/${i}/interfaces/${j}`, el: f, router: el };
    }
    const rules = el.firewall?.rules ?? [];
    for (let j = 0; j < rules.length; j++) {
      const r = rules[j]!;
      yield { kind: 'gatewayRule', id: r.id, path: `/routers/${i}/firewall/rules/${j}`, el: r, router: el };
    }
  }
  const cables = doc.cables ?? [];
  for (let i = 0; i < cables.length; i++)
    yield { kind: 'cable', id: cables[i]!.id, path: `/cables/${i}`, el: cables[i]! };
  const rules = doc.firewall?.rules ?? [];
  for (let i = 0; i < rules.length; i++)
    yield { kind: 'rule', id: rules[i]!.id, path: `/firewall/rules/${i}`, el: rules[i]! };
  const flows = doc.flows ?? [];
  for (let i = 0; i < flows.length; i++)
    yield { kind: 'flow', id: flows[i]!.id, path: `/flows/${i}`, el: flows[i]! };
}

export const listElements = (doc: Design): IndexedElement[] => [...eachElement(doc)];

/** id → element; with duplicate ids (only in invalid documents) the first occurrence wins. */
export function indexDesign(doc: Design): Map<string, IndexedElement> {
  const index = new Map<string, IndexedElement>();
  for (const entry of listElements(doc)) if (!index.has(entry.id)) index.set(entry.id, entry);
  return index;
}
