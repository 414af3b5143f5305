// Creating an element from the palette, with the defaults an admin expects:
// a fresh id, a readable name, and enough to be useful at once (NICs on a new
// host, one adapter on a new VM, ports on a new physical switch). The new
// element lands at the drop point, relative to its host when it has one.
import { usedIds } from '../ids';
import type { Design } from '../types';
import { defineCommand, done, refuse } from './command';
import { freshId } from './newElementNames';
import { buildNewElement } from './newElements';
import { withPins, type Pins } from './pinLayout';

export const NEW_ELEMENT_KINDS = [
  'esxiHost',
  'workstationHost',
  'vm',
  'standardSwitch',
  'distributedSwitch',
  'portGroup',
  'physicalSwitch',
  'router',
  'nat',
  'hostonly',
  'bridged',
  'segment',
] as const;

export type NewElementKind = (typeof NEW_ELEMENT_KINDS)[number];

export const isNewElementKind = (value: string): value is NewElementKind =>
  (NEW_ELEMENT_KINDS as readonly string[]).includes(value);

/** What lives inside a host, and so needs one. */
export const INSIDE_HOST: ReadonlySet<NewElementKind> = new Set([
  'vm',
  'standardSwitch',
  'nat',
  'hostonly',
  'bridged',
  'segment',
]);

export interface AddElementArgs {
  kind: NewElementKind;
  /** The new element's id; `newElementId(doc, kind)` when left out. */
  id?: string;
  /** The host it goes into: needed by VMs, standard switches and desktop networks. */
  host?: string;
  /** The switch a port group goes onto. */
  switch?: string;
  /** Layout position: relative to `host` for what lives inside one, else absolute. None for port groups. */
  at?: { x: number; y: number };
  /** Where nodes without a saved position are drawn now, so that the new one does not shift them. */
  pins?: Pins;
}

/** The id `addElement` gives a new element of this kind, so the caller can select it. */
export const newElementId = (doc: Design, kind: NewElementKind): string => freshId(usedIds(doc), kind);

export const addElement = defineCommand<AddElementArgs>('Add element', (doc, args) => {
  const id = args.id ?? newElementId(doc, args.kind);
  if (usedIds(doc).has(id)) return refuse(`the id "${id}" is already used`);
  const built = buildNewElement(withPins(doc, args.pins), { ...args, id });
  if (typeof built === 'string') return refuse(built);
  if (!args.at || args.kind === 'portGroup') return done(built);
  const position = { x: Math.round(args.at.x), y: Math.round(args.at.y) };
  return done({ ...built, layout: { ...(built.layout ?? {}), [id]: position } });
});
