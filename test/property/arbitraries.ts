// The arbitraries the property suite draws from, with a name for reports.
import type fc from 'fast-check';
import type { Design } from '../../src/model/types';
import { designArbitrary } from '../arbitraries/design';
import { layer2DesignArbitrary } from '../arbitraries/layer2';
import { routingDesignArbitrary } from '../arbitraries/routing';

export const ARBITRARIES: { name: string; arbitrary: fc.Arbitrary<Design>; share: number }[] = [
  { name: 'random designs', arbitrary: designArbitrary, share: 1 },
  { name: 'layer-2 designs', arbitrary: layer2DesignArbitrary, share: 0.5 },
  { name: 'routing designs', arbitrary: routingDesignArbitrary, share: 0.5 },
];
