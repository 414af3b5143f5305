// Every id occurrence of a document, read defensively from the raw input so that
// it also works when parts of the document are malformed: a reference to an
// element whose own fields are broken still resolves, and is not reported twice.
import { hostKind } from '../defaults';
import type { ElementKind } from '../elementIndex';
import { ID_PATTERN } from '../fields';
import { DESKTOP_TYPES, type Host, type SwitchType } from '../types';

export interface IdEntry {
  id: string;
  kind: ElementKind;
  /** JSON pointer of the element (its `id` is at `${path}/id`). */
  path: string;
  /** For a switch: its `type` as written, when it is one the format knows. */
  switchType: SwitchType | undefined;
  /** For a host: its kind with the default applied, when it is one the format knows. */
  hostKind: 'esxi' | 'workstation' | undefined;
  /** The VM, host or router an adapter, interface or gateway rule belongs to. */
  owner: string | undefined;
}

const SWITCH_TYPES: readonly string[] = ['standard', 'distributed', ...DESKTOP_TYPES] satisfies SwitchType[];

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Calls `visit` for each object of an array field; anything else reads as empty. */
export function eachObject(owner: unknown, key: string, visit: (el: Raw, index: number) => void): void {
  if (!isObject(owner)) return;
  const list = owner[key];
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (isObject(item)) visit(item, i);
  }
}

const idOf = (el: Raw): string | undefined =>
  typeof el.id === 'string' && ID_PATTERN.test(el.id) ? el.id : undefined;

function hostKindOf(host: Raw): IdEntry['hostKind'] {
  const known = host.kind === undefined || host.kind === 'esxi' || host.kind === 'workstation';
  return known ? hostKind(host as unknown as Host) : undefined;
}

function switchKindOf(sw: Raw): SwitchType | undefined {
  return typeof sw.type === 'string' && SWITCH_TYPES.includes(sw.type) ? (sw.type as SwitchType) : undefined;
}

type Push = (
  id: string | undefined,
  kind: ElementKind,
  path: string,
  owner?: string,
  switchType?: SwitchType,
  hostKind?: IdEntry['hostKind'],
) => void;

/** Children of an element (adapters, interfaces, gateway rules), owned by it. */
function children(
  owner: Raw,
  ownerId: string | undefined,
  key: string,
  kind: ElementKind,
  base: string,
  push: Push,
) {
  eachObject(owner, key, (child, j) => push(idOf(child), kind, `${base}/${key}/${j}`, ownerId));
}

const collectors = new Map<string, (doc: Raw, push: Push) => void>([
  [
    'hosts',
    (doc, push) =>
      eachObject(doc, 'hosts', (host, i) => {
        const id = idOf(host);
        push(id, 'host', `/hosts/${i}`, undefined, undefined, hostKindOf(host));
        children(host, id, 'vmkernels', 'vmkernel', `/hosts/${i}`, push);
      }),
  ],
  [
    'switches',
    (doc, push) =>
      eachObject(doc, 'switches', (sw, i) =>
        push(idOf(sw), 'switch', `/switches/${i}`, undefined, switchKindOf(sw)),
      ),
  ],
  ['portGroups', (doc, push) => plain(doc, 'portGroups', 'portGroup', push)],
  [
    'vms',
    (doc, push) =>
      eachObject(doc, 'vms', (vm, i) => {
        const id = idOf(vm);
        push(id, 'vm', `/vms/${i}`);
        children(vm, id, 'nics', 'vmNic', `/vms/${i}`, push);
      }),
  ],
  ['physicalSwitches', (doc, push) => plain(doc, 'physicalSwitches', 'physicalSwitch', push)],
  [
    'routers',
    (doc, push) =>
      eachObject(doc, 'routers', (router, i) => {
        const id = idOf(router);
        push(id, 'router', `/routers/${i}`);
        children(router, id, 'interfaces', 'routerInterface', `/routers/${i}`, push);
        if (isObject(router.firewall))
          children(router.firewall, id, 'rules', 'gatewayRule', `/routers/${i}/firewall`, push);
      }),
  ],
  ['cables', (doc, push) => plain(doc, 'cables', 'cable', push)],
  [
    'firewall',
    (doc, push) =>
      eachObject(doc.firewall, 'rules', (rule, i) => push(idOf(rule), 'rule', `/firewall/rules/${i}`)),
  ],
  ['flows', (doc, push) => plain(doc, 'flows', 'flow', push)],
]);

function plain(doc: Raw, key: string, kind: ElementKind, push: Push): void {
  eachObject(doc, key, (el, i) => push(idOf(el), kind, `/${key}/${i}`));
}

/**
 * Every well-formed id in the order a person reads the file: top-level arrays
 * in the order their keys appear, an element before its adapters or interfaces.
 * Malformed ids are left out: the schema reports them.
 */
export function collectIds(doc: unknown): IdEntry[] {
  if (!isObject(doc)) return [];
  const entries: IdEntry[] = [];
  // Every entry has every field, so that they all share one shape (faster on large designs).
  const push: Push = (id, kind, path, owner, switchType, hostKind) => {
    if (id !== undefined) entries.push({ id, kind, path, switchType, hostKind, owner });
  };
  // A Map, not an object lookup: a key such as "__proto__" in the file must not reach a prototype.
  for (const key of Object.keys(doc)) collectors.get(key)?.(doc, push);
  return entries;
}
