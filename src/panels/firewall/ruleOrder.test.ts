import { describe, expect, it } from 'vitest';
import { evaluationOrder } from './ruleOrder';

describe('evaluationOrder', () => {
  it('orders by category, then document order, and knows who can move', () => {
    const rules = [
      { id: 'a' },
      { id: 'b', category: 'emergency' as const },
      { id: 'c', category: 'application' as const },
      { id: 'd', category: 'environment' as const },
      { id: 'e', category: 'emergency' as const },
    ];
    const order = evaluationOrder(rules);
    expect(order.map((o) => o.rule.id)).toEqual(['b', 'e', 'd', 'a', 'c']);
    expect(order.map((o) => o.position)).toEqual([1, 2, 3, 4, 5]);
    expect(order.map((o) => [o.hasPrevious, o.hasNext])).toEqual([
      [false, true],
      [true, false],
      [false, false],
      [false, true],
      [true, false],
    ]);
  });
});
