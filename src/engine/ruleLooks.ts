// Where shadowing (ruleVerdict.ts) looks for the earlier rules that may meet
// a box in one dimension: the rules the index filed under the names and
// CIDRs that hold the box's adapters (appliedTo) or owned addresses (sources,
// destinations), or every rule filed there when the box holds too many to
// list. A look is kept with the boxes (RuleBoxes.look) until an adapter
// moves in or out of its values.
import { EMPTY, fromValues, lowerBound, type Intervals } from './intervals';
import type { RuleBoxes } from './ruleBoxes';

/** Where shadowing looks for the earlier rules that meet a box in one dimension (ruleVerdict.ts). */
export interface DimensionLook {
  /** The index's dimension (appliedTo, sources, destinations). */
  filed: number;
  /** The names of the adapters or owned addresses of the box here; null when there are too many. */
  names: Set<number> | null;
  /** The values CIDR selectors are compared with: the box's addresses, or its adapters' addresses. */
  values: Intervals;
  /** The rules filed under the dimension by those names and values (all of them when names is null). */
  rules: readonly number[];
}

const count = (values: Intervals): number => {
  let n = 0;
  for (let k = 0; k < values.length; k += 2) n += values[k + 1]! - values[k]! + 1;
  return n;
};

/** Small enough to list a dimension's adapters or owned addresses and look each up in the index. */
const FEW = 1024;

function adapterLook(boxes: RuleBoxes, adapters: Intervals): DimensionLook {
  const { index, selectors } = boxes;
  const filed = new Set<number>();
  if (count(adapters) > FEW) {
    index.filedIn(0, filed);
    return { filed: 0, names: null, values: EMPTY, rules: [...filed] };
  }
  const names = new Set<number>();
  const addresses: number[] = [];
  for (let k = 0; k < adapters.length; k += 2)
    for (let v = adapters[k]!; v <= adapters[k + 1]!; v++) {
      for (const name of selectors.namesAtPosition(v)) names.add(name);
      const address = selectors.addressAtPosition(v);
      if (address !== null) addresses.push(address);
    }
  const values = fromValues(addresses);
  index.filedByNames(0, names, filed);
  for (let k = 0; k < values.length; k += 2) index.filedByCidrs(0, values[k]!, values[k + 1]!, filed);
  return { filed: 0, names, values, rules: [...filed] };
}

function addressLook(boxes: RuleBoxes, filed: number, values: Intervals): DimensionLook {
  const { index, selectors } = boxes;
  const owned = selectors.ownedAddresses();
  const inside: number[] = [];
  for (let k = 0; k < values.length && inside.length <= FEW; k += 2)
    for (let j = lowerBound(owned, values[k]!); j < owned.length && owned[j]! <= values[k + 1]!; j++)
      inside.push(owned[j]!);
  const rules = new Set<number>();
  if (inside.length > FEW) {
    index.filedIn(filed, rules);
    return { filed, names: null, values, rules: [...rules] };
  }
  const names = new Set<number>();
  for (const a of inside) for (const name of selectors.namesAt(a)) names.add(name);
  index.filedByNames(filed, names, rules);
  for (let k = 0; k < values.length; k += 2) index.filedByCidrs(filed, values[k]!, values[k + 1]!, rules);
  return { filed, names, values, rules: [...rules] };
}

/** The look of a box's values in an index dimension: 0 appliedTo (adapters), 1 sources, 2 destinations. */
export function lookOf(boxes: RuleBoxes, filed: number, values: Intervals): DimensionLook {
  return boxes.look(filed, values, () =>
    filed === 0 ? adapterLook(boxes, values) : addressLook(boxes, filed, values),
  );
}
