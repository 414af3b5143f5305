// The ids a firewall selector may name (MODEL.md firewall): VMs, VM adapters,
// port groups, switches and desktop networks, hosts.
import { listElements } from '../../model/elementIndex';
import type { Design } from '../../model/types';

const SELECTABLE = new Set(['vm', 'vmNic', 'portGroup', 'switch', 'host']);

/** The last answer, and the document it is for. */
let last: { doc: Design; ids: Set<string> } | null = null;

/**
 * The selectable ids (a set to read, never to change: the next document with the same ids gets
 * the same set). Every panel that checks selectors asks after every edit, and an edit that keeps
 * every id (a VM powered off) must not list a design of thousands of elements again.
 */
export function selectorIds(doc: Design): Set<string> {
  if (last && (last.doc === doc || sameIds(last.doc, doc))) {
    last = { doc, ids: last.ids };
    return last.ids;
  }
  const ids = new Set(
    listElements(doc)
      .filter((e) => SELECTABLE.has(e.kind))
      .map((e) => e.id),
  );
  last = { doc, ids };
  return ids;
}

/** Lists of the same length whose items at each place are the same object or have the same id. */
function sameList<T extends { id: string }>(
  a: readonly T[] | undefined,
  b: readonly T[] | undefined,
  alike: (x: T, y: T) => boolean = () => true,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x !== y && (x.id !== y.id || !alike(x, y))) return false;
  }
  return true;
}

const sameIds = (a: Design, b: Design): boolean =>
  sameList(a.hosts, b.hosts) &&
  sameList(a.switches, b.switches) &&
  sameList(a.portGroups, b.portGroups) &&
  sameList(a.vms, b.vms, (x, y) => sameList(x.nics, y.nics));
