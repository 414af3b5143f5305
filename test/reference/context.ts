// One evaluation context per design: the world, its domains and its addresses.
import type { Design } from '../../src/model/types';
import { AddressBook } from './addresses';
import type { Ctx } from './flows/outcome';
import { Layer2 } from './layer2/layer2';
import { buildWorld } from './world/build';

export function makeContext(doc: Design): Ctx {
  const world = buildWorld(doc);
  const l2 = new Layer2(world);
  const book = new AddressBook(world, l2);
  return { world, l2, book };
}
