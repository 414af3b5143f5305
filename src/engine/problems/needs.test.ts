// NeedTracker files each member at its position in the member list. A full
// pass reads positions from the order the attachments are filed in; this
// checks that attachments filed in another order are still placed by position.
import { describe, expect, it } from 'vitest';
import { ContextBuilder } from '../contextBuilder';
import { design } from '../test/builder';
import { NeedTracker } from './needs';

describe('NeedTracker', () => {
  it('places members by their position, whatever order the attachments are filed in', () => {
    let b = design()
      .host('esx1')
      .standard('vss0', 'esx1')
      .portGroup('a', 'vss0', 10)
      .portGroup('c', 'vss0', 20);
    for (let i = 0; i < 6; i++)
      b = b.vm(`v${i}`, 'esx1', [{ network: i % 2 ? 'a' : 'c', ip: `10.0.0.${i + 1}/24` }]);
    const { ctx } = new ContextBuilder().build(b.build());
    const reversed = { ...ctx, attachments: new Map([...ctx.attachments].reverse()) };
    const ids = (tracker: NeedTracker) =>
      [...ctx.instances.keys()].map((key) => tracker.membersOf(key).map((att) => att.member.id));
    const inOrder = ids(new NeedTracker(ctx));
    expect(inOrder).toEqual([['v0-n0', 'v1-n0', 'v2-n0', 'v3-n0', 'v4-n0', 'v5-n0']]);
    expect(ids(new NeedTracker(reversed))).toEqual(inOrder);
    const needs = new NeedTracker(reversed).of([...ctx.instances.keys()][0]!);
    expect(needs.map((n) => [n.portGroup.id, n.vlans])).toEqual([
      ['c', [20]],
      ['a', [10]],
    ]);
  });
});
