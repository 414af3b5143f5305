// Keeping values from one document version to the next: per element of a
// document array (by object), or per set of inputs (by identity).

/**
 * One value per element of a document array. A new version of the array
 * reuses the values of the elements it kept (same objects); only the
 * current version's elements are held, so nothing outlives its document.
 */
export class PerElement<K, V> {
  private list: readonly K[] | undefined | null = null;
  private values: V[] = [];
  private byElement = new Map<K, V>();
  constructor(private readonly make: (element: K) => V) {}

  of(list: readonly K[] | undefined): V[] {
    if (list === this.list) return this.values;
    const next = new Map<K, V>();
    this.values = (list ?? []).map((element) => {
      let value = this.byElement.get(element) ?? next.get(element);
      if (value === undefined) value = this.make(element);
      next.set(element, value);
      return value;
    });
    this.list = list;
    this.byElement = next;
    return this.values;
  }

  /** The current version's values by element; a later version gets a map of its own. */
  snapshot(): ReadonlyMap<K, V> {
    return this.byElement;
  }
}

/** A value kept while the inputs it was built from are the same objects. */
export class Keyed<V> {
  private inputs: readonly unknown[] | null = null;
  private value: V | undefined;
  get(inputs: readonly unknown[], make: () => V): V {
    const last = this.inputs;
    if (last && inputs.length === last.length && inputs.every((x, i) => x === last[i])) return this.value!;
    this.inputs = inputs;
    return (this.value = make());
  }
}
