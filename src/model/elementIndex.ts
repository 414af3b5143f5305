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
export function listElements(doc: Design): IndexedElement[] {
  const out: IndexedElement[] = [];
  (doc.hosts ?? []).forEach((el, i) => {
    out.push({ kind: 'host', id: el.id, path: `/hosts/${i}`, el });
    (el.vmkernels ?? []).forEach((k, j) =>
      out.push({ kind: 'vmkernel', id: k.id, path: `/hosts/${i}/vmkernels/${j}`, el: k, host: el }),
    );
  });
  (doc.switches ?? []).forEach((el, i) =>
    out.push({ kind: 'switch', id: el.id, path: `/switches/${i}`, el }),
  );
  (doc.portGroups ?? []).forEach((el, i) =>
    out.push({ kind: 'portGroup', id: el.id, path: `/portGroups/${i}`, el }),
  );
  (doc.vms ?? []).forEach((el, i) => {
    out.push({ kind: 'vm', id: el.id, path: `/vms/${i}`, el });
    (el.nics ?? []).forEach((n, j) =>
      out.push({ kind: 'vmNic', id: n.id, path: `/vms/${i}/nics/${j}`, el: n, vm: el }),
    );
  });
  (doc.physicalSwitches ?? []).forEach((el, i) =>
    out.push({ kind: 'physicalSwitch', id: el.id, path: `/physicalSwitches/${i}`, el }),
  );
  (doc.routers ?? []).forEach((el, i) => {
    out.push({ kind: 'router', id: el.id, path: `/routers/${i}`, el });
    (el.interfaces ?? []).forEach((f, j) =>
      out.push({
        kind: 'routerInterface',
        id: f.id,
        path: `/routers/${i}/interfaces/${j}`,
        el: f,
        router: el,
      }),
    );
    (el.firewall?.rules ?? []).forEach((r, j) =>
      out.push({
        kind: 'gatewayRule',
        id: r.id,
        path: `/routers/${i}/firewall/rules/${j}`,
        el: r,
        router: el,
      }),
    );
  });
  (doc.cables ?? []).forEach((el, i) => out.push({ kind: 'cable', id: el.id, path: `/cables/${i}`, el }));
  (doc.firewall?.rules ?? []).forEach((el, i) =>
    out.push({ kind: 'rule', id: el.id, path: `/firewall/rules/${i}`, el }),
  );
  (doc.flows ?? []).forEach((el, i) => out.push({ kind: 'flow', id: el.id, path: `/flows/${i}`, el }));
  return out;
}

/** id → element; with duplicate ids (only in invalid documents) the first occurrence wins. */
export function indexDesign(doc: Design): Map<string, IndexedElement> {
  const index = new Map<string, IndexedElement>();
  for (const entry of listElements(doc)) if (!index.has(entry.id)) index.set(entry.id, entry);
  return index;
}
