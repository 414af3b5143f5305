// A map from ids to the elements of a list, read through a map from ids to
// positions: the element at an id's position. A list that needs both look-ups
// keeps one map of ids instead of two (filling a map of 20,000+ ids is a
// large share of building the member list at the XL tier). An id given twice
// reads as its last element, as a map filled in list order would.
export class ByPosition<T> implements ReadonlyMap<string, T> {
  constructor(
    private readonly position: ReadonlyMap<string, number>,
    /** The list; its owner may change it, or put another of the same positions in its place. */
    public items: readonly T[],
  ) {}

  get(id: string): T | undefined {
    const at = this.position.get(id);
    return at === undefined ? undefined : this.items[at];
  }

  has(id: string): boolean {
    return this.position.has(id);
  }

  get size(): number {
    return this.position.size;
  }

  forEach(fn: (value: T, id: string, map: ReadonlyMap<string, T>) => void): void {
    for (const [id, at] of this.position) fn(this.items[at]!, id, this);
  }

  // Node 20's map iterators have no helper methods either: a generator stands in for one.
  entries(): MapIterator<[string, T]> {
    return this.pairs() as unknown as MapIterator<[string, T]>;
  }

  keys(): MapIterator<string> {
    return this.position.keys();
  }

  values(): MapIterator<T> {
    return this.elements() as unknown as MapIterator<T>;
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  private *pairs(): Generator<[string, T]> {
    for (const [id, at] of this.position) yield [id, this.items[at]!];
  }

  private *elements(): Generator<T> {
    for (const at of this.position.values()) yield this.items[at]!;
  }
}
