// What every semantic check reads: the document's elements with their paths,
// and the id registry. When the shape is wrong, only the elements the schema
// accepted are listed (the others already have their errors), while the
// registry still knows every id, so a reference to a malformed element is
// not reported as missing.
import type {
  Cable,
  Design,
  FirewallRule,
  Flow,
  Host,
  PhysicalSwitch,
  PortGroup,
  Router,
  Switch,
  Vm,
  VmNic,
} from '../types';
import { collectIds, eachObject, type IdEntry } from './registry';

export interface Located<T> {
  el: T;
  /** JSON pointer of the element. */
  path: string;
}

export interface SemanticContext {
  /** Every id occurrence, in reading order (repeats included). */
  occurrences: IdEntry[];
  /** id → its first occurrence. */
  ids: Map<string, IdEntry>;
  /** id → its later occurrences, for the ids that occur more than once. */
  repeats: Map<string, IdEntry[]>;
  hosts: Located<Host>[];
  switches: Located<Switch>[];
  portGroups: Located<PortGroup>[];
  vms: Located<Vm>[];
  physicalSwitches: Located<PhysicalSwitch>[];
  routers: Located<Router>[];
  cables: Located<Cable>[];
  rules: Located<FirewallRule>[];
  flows: Located<Flow>[];
  /** Shape-valid elements by id (first occurrence), for checks that read a referenced element's fields. */
  hostById: Map<string, Host>;
  switchById: Map<string, Switch>;
  physicalSwitchById: Map<string, PhysicalSwitch>;
  /** Built on first use: only some flows need them, and designs have thousands of VMs. */
  readonly vmById: Map<string, Vm>;
  readonly vmNicById: Map<string, VmNic>;
}

/** The element a shape error lies in: `/vms/3/nics/0/ip` → `/vms/3`; `/vms` → `/vms`. */
function elementPathOf(errorPath: string): string | null {
  const parts = errorPath.split('/');
  // parts[0] is '' (pointers start with "/").
  const depth = parts[1] === 'firewall' && parts[2] === 'rules' ? 4 : 3;
  if (parts.length < 2 || parts[1] === '') return null;
  return parts.slice(0, Math.min(depth, parts.length)).join('/');
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function buildContext(doc: Design, shapeErrorPaths: readonly string[] = []): SemanticContext {
  const broken = new Set<string>();
  for (const path of shapeErrorPaths) {
    const element = elementPathOf(path);
    if (element !== null) broken.add(element);
  }
  const usable = <T>(owner: unknown, key: string, base: string): Located<T>[] => {
    if (broken.has(base)) return [];
    const out: Located<T>[] = [];
    eachObject(owner, key, (el, i) => {
      const path = `${base}/${i}`;
      if (broken.size === 0 || !broken.has(path)) out.push({ el: el as T, path });
    });
    return out;
  };

  const occurrences = collectIds(doc);
  const ids = new Map<string, IdEntry>();
  const repeats = new Map<string, IdEntry[]>();
  for (const entry of occurrences) {
    const first = ids.get(entry.id);
    if (first === undefined) ids.set(entry.id, entry);
    else {
      const later = repeats.get(entry.id);
      if (later) later.push(entry);
      else repeats.set(entry.id, [entry]);
    }
  }

  const hosts = usable<Host>(doc, 'hosts', '/hosts');
  const switches = usable<Switch>(doc, 'switches', '/switches');
  const physicalSwitches = usable<PhysicalSwitch>(doc, 'physicalSwitches', '/physicalSwitches');
  const vms = usable<Vm>(doc, 'vms', '/vms');
  let vmById: Map<string, Vm> | undefined;
  let vmNicById: Map<string, VmNic> | undefined;
  return {
    occurrences,
    ids,
    repeats,
    hosts,
    switches,
    portGroups: usable<PortGroup>(doc, 'portGroups', '/portGroups'),
    vms,
    physicalSwitches,
    routers: usable<Router>(doc, 'routers', '/routers'),
    cables: usable<Cable>(doc, 'cables', '/cables'),
    rules: broken.has('/firewall') ? [] : usable<FirewallRule>(doc.firewall, 'rules', '/firewall/rules'),
    flows: usable<Flow>(doc, 'flows', '/flows'),
    hostById: firstById(hosts.map((h) => h.el)),
    switchById: firstById(switches.map((s) => s.el)),
    physicalSwitchById: firstById(physicalSwitches.map((s) => s.el)),
    get vmById() {
      return (vmById ??= firstById(vms.map((v) => v.el)));
    },
    get vmNicById() {
      return (vmNicById ??= firstById(vms.flatMap((v) => v.el.nics ?? [])));
    },
  };
}

/** The first occurrence of `id` that `accepts` takes, if any. */
export function findEntry(
  ctx: SemanticContext,
  id: string,
  accepts: (entry: IdEntry) => boolean,
): IdEntry | undefined {
  const first = ctx.ids.get(id);
  if (first === undefined) return undefined;
  if (accepts(first)) return first;
  return ctx.repeats.get(id)?.find(accepts);
}

/** The first occurrence of `id` that is of `kind`. */
export function entryOf(ctx: SemanticContext, id: string, kind: IdEntry['kind']): IdEntry | undefined {
  return findEntry(ctx, id, (entry) => entry.kind === kind);
}
