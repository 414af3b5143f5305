// A small vocabulary of random choices over fast-check's `gen()`, so that the
// design builder reads as a list of decisions. Every choice shrinks towards the
// simplest answer: the first entry of a list, false, the lower bound.
import fc from 'fast-check';

export interface Rand {
  int(min: number, max: number): number;
  /** true with `percent` % probability; shrinks to false. */
  chance(percent: number): boolean;
  pick<T>(list: readonly T[]): T;
  maybe<T>(percent: number, make: () => T): T | undefined;
  /** Each entry kept with `percent` % probability, in order. */
  subset<T>(list: readonly T[], percent: number): T[];
}

export type GenValue = Parameters<Parameters<ReturnType<typeof fc.gen>['map']>[0]>[0];

// Unbiased: fast-check's default bias towards bounds would turn every `chance` into a coin
// that mostly says yes. The probabilities below are the ones written in the builders.
const uniform = (min: number, max: number) => fc.noBias(fc.integer({ min, max }));

export function randFrom(g: GenValue): Rand {
  const int = (min: number, max: number) => (max <= min ? min : g(uniform, min, max));
  const chance = (percent: number) => int(0, 99) >= 100 - percent;
  const pick = <T>(list: readonly T[]): T => {
    if (list.length === 0) throw new Error('pick from an empty list');
    return list[int(0, list.length - 1)] as T;
  };
  return {
    int,
    chance,
    pick,
    maybe: (percent, make) => (chance(percent) ? make() : undefined),
    subset: (list, percent) => list.filter(() => chance(percent)),
  };
}
