// ByPosition reads as the map a list filled in order would make: each id to
// its last element, ids in the order they first appear.
import { describe, expect, it } from 'vitest';
import { ByPosition } from './positionMap';

function both(items: { id: string; n: number }[]) {
  const position = new Map<string, number>();
  const filled = new Map<string, { id: string; n: number }>();
  items.forEach((item, i) => {
    position.set(item.id, i);
    filled.set(item.id, item);
  });
  return { view: new ByPosition(position, items), filled };
}

describe('ByPosition', () => {
  it('reads like a map filled in list order, an id given twice included', () => {
    const items = ['a', 'b', 'a', 'c', 'b', 'd'].map((id, n) => ({ id, n }));
    const { view, filled } = both(items);
    expect(view.size).toBe(filled.size);
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      expect(view.get(id)).toBe(filled.get(id));
      expect(view.has(id)).toBe(filled.has(id));
    }
    expect([...view]).toEqual([...filled]);
    expect([...view.entries()]).toEqual([...filled.entries()]);
    expect([...view.keys()]).toEqual([...filled.keys()]);
    expect([...view.values()]).toEqual([...filled.values()]);
    const seen: [string, number][] = [];
    view.forEach((item, id, map) => {
      expect(map).toBe(view);
      seen.push([id, item.n]);
    });
    expect(seen).toEqual([...filled].map(([id, item]) => [id, item.n]));
  });

  it('reads the list it holds now: an element replaced in place, or another list put in its place', () => {
    const items = ['a', 'b'].map((id, n) => ({ id, n }));
    const { view } = both(items);
    items[1] = { id: 'b', n: 7 };
    expect(view.get('b')?.n).toBe(7);
    view.items = [
      { id: 'a', n: 8 },
      { id: 'b', n: 9 },
    ];
    expect(view.get('a')?.n).toBe(8);
  });
});
