// What the random edits share: an edit planned on one document with a real
// command (src/model/commands), and targets drawn from that document, half of
// the time where a flow goes, so that the edit shows in the results.
import type { Command, CommandResult } from '../../../src/model/commands/command';
import { updateElement, type Changes } from '../../../src/model/commands/updateElement';
import { listElements, type ElementKind, type IndexedElement } from '../../../src/model/elementIndex';
import type { Design } from '../../../src/model/types';
import { isDesktopNetwork } from '../../../src/model/types';
import { OCTETS, SUBNETS } from '../../arbitraries/pools';
import type { Rand } from '../../arbitraries/random';

/** One edit, ready to run on the document it was planned on. */
export interface PlannedEdit {
  /** The command's label and its arguments, for a failure report. */
  describe: string;
  run: () => CommandResult;
}

/** Plans one kind of edit on a document; null when the document has nothing it could edit. */
export type Planner = (doc: Design, r: Rand) => PlannedEdit | null;

export function plan<A>(doc: Design, command: Command<A>, args: A): PlannedEdit {
  // A change to `undefined` removes the key: say so, where JSON would leave it out.
  const shown = JSON.stringify(args, (_key, value: unknown) => (value === undefined ? '(removed)' : value));
  return { describe: `${command.label} ${shown}`, run: () => command.run(doc, args) };
}

/** The inspector's edit of one element's fields. */
export const edit = (doc: Design, id: string, changes: Changes): PlannedEdit =>
  plan(doc, updateElement, { id, changes });

export type Of<K extends ElementKind> = Extract<IndexedElement, { kind: K }>;

export const EVERY_KIND: ElementKind[] = [
  'host',
  'vmkernel',
  'switch',
  'portGroup',
  'vm',
  'vmNic',
  'physicalSwitch',
  'router',
  'routerInterface',
  'cable',
  'rule',
  'gatewayRule',
  'flow',
];

/** The ids a flow goes through: its ends, their VMs or adapters, and the networks and switches of those. */
function flowNeighbourhood(doc: Design): Set<string> {
  const near = new Set((doc.flows ?? []).flatMap((f) => [f.from, f.to]));
  for (const vm of doc.vms ?? []) {
    const nics = vm.nics ?? [];
    if (!near.has(vm.id) && !nics.some((n) => near.has(n.id))) continue;
    near.add(vm.id);
    for (const nic of nics) {
      near.add(nic.id);
      if (nic.network) near.add(nic.network);
    }
  }
  for (const pg of doc.portGroups ?? []) if (near.has(pg.id)) near.add(pg.switch);
  return near;
}

/** An element of one of these kinds, half of the time one that a flow goes through: edits there show. */
export function pickOf<K extends ElementKind>(doc: Design, r: Rand, ...kinds: K[]): Of<K> | null {
  const found = listElements(doc).filter((e): e is Of<K> => (kinds as string[]).includes(e.kind));
  const neighbourhood = flowNeighbourhood(doc);
  const near = found.filter((e) => neighbourhood.has(e.id));
  if (near.length > 0 && r.chance(50)) return r.pick(near);
  return found.length > 0 ? r.pick(found) : null;
}

/** Networks an adapter can be on: port groups and desktop networks. */
export const networks = (doc: Design): string[] => [
  ...(doc.portGroups ?? []).map((p) => p.id),
  ...(doc.switches ?? []).filter(isDesktopNetwork).map((s) => s.id),
];

/** An address from the arbitraries' pools, so that it often meets others. */
export const address = (r: Rand): string => `${r.pick(SUBNETS)}.${r.pick(OCTETS)}`;
