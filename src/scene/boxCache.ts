// Node boxes, remembered per model element. Edits replace only the elements
// they change (everything else keeps its identity), so after an edit nearly
// every box is found here instead of being built again, and an unchanged
// node keeps the very same box and handles objects: what lets the canvas see
// at a glance that it did not change. Boxes are shared: never mutate one.
import type { PhysicalSwitch, PortGroup, Router, Switch, Vm } from '../model/types';
import {
  desktopNetworkBox,
  distributedSwitchBox,
  physicalSwitchBox,
  routerBox,
  standardSwitchBox,
  vmBox,
  type Box,
} from './nodeBoxes';
import type { SceneHandle } from './types';

const vmBoxes = new WeakMap<Vm, Box>();
const physicalBoxes = new WeakMap<PhysicalSwitch, Box>();
const routerBoxes = new WeakMap<Router, Box>();
const switchBoxes = new WeakMap<Switch, { portGroups: readonly string[]; box: Box }>();
const portGroupLists = new WeakMap<readonly PortGroup[], Map<string, string[]>>();

// The last box made for each id: an edited element whose box came out the same (a VM powered off,
// renamed without changing its adapters) keeps its old box object. Ids of designs opened earlier
// stay until the map is large enough to be worth forgetting (a box is a few small objects).
const lastById = new Map<string, Box>();
const FORGET_PAST = 200_000;

const sameHandle = (a: SceneHandle, b: SceneHandle): boolean =>
  a.id === b.id && a.kind === b.kind && a.side === b.side && a.offset === b.offset && a.label === b.label;

const sameBox = (a: Box, b: Box): boolean =>
  a.w === b.w &&
  a.h === b.h &&
  a.handles.length === b.handles.length &&
  a.handles.every((handle, i) => sameHandle(handle, b.handles[i]!));

/** `made`, or the last box of `id` when that one is equal to it. */
function reused(id: string, made: Box): Box {
  const last = lastById.get(id);
  if (last && sameBox(last, made)) return last;
  if (lastById.size >= FORGET_PAST) lastById.clear();
  lastById.set(id, made);
  return made;
}

function remembered<K extends { id: string }>(cache: WeakMap<K, Box>, key: K, make: (key: K) => Box): Box {
  let box = cache.get(key);
  if (!box) {
    box = reused(key.id, make(key));
    cache.set(key, box);
  }
  return box;
}

export const vmBoxOf = (vm: Vm): Box => remembered(vmBoxes, vm, vmBox);
export const physicalSwitchBoxOf = (sw: PhysicalSwitch): Box =>
  remembered(physicalBoxes, sw, physicalSwitchBox);
export const routerBoxOf = (router: Router): Box => remembered(routerBoxes, router, routerBox);

const NONE: readonly string[] = [];

/** Port group ids by switch, in document order. */
export function portGroupIdsBySwitch(portGroups: readonly PortGroup[] | undefined): Map<string, string[]> {
  if (!portGroups) return new Map();
  let bySwitch = portGroupLists.get(portGroups);
  if (!bySwitch) {
    bySwitch = new Map();
    for (const pg of portGroups) {
      const list = bySwitch.get(pg.switch);
      if (list) list.push(pg.id);
      else bySwitch.set(pg.switch, [pg.id]);
    }
    portGroupLists.set(portGroups, bySwitch);
  }
  return bySwitch;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

/** A switch's box, which also depends on its port groups (its handles). */
export function switchBoxOf(sw: Switch, portGroupIds: readonly string[] = NONE): Box {
  const cached = switchBoxes.get(sw);
  if (cached && sameIds(cached.portGroups, portGroupIds)) return cached.box;
  const box = reused(
    sw.id,
    sw.type === 'standard'
      ? standardSwitchBox(sw, portGroupIds)
      : sw.type === 'distributed'
        ? distributedSwitchBox(sw, portGroupIds)
        : desktopNetworkBox(sw),
  );
  switchBoxes.set(sw, { portGroups: portGroupIds, box });
  return box;
}
