// Boxes and looks carried from version to version (RuleBoxes.next) against
// ones made afresh, after the benchmark's local edits, which swap adapters in
// place; and a look made again when an adapter moves into its values.
import { describe, expect, it } from 'vitest';
import { DesignEditor, LOCAL_EDITS } from '../../bench/edits';
import { generateDesign } from '../../bench/generate';
import { Rng } from '../../bench/prng';
import { ContextBuilder } from './contextBuilder';
import { ruleIndexOf } from './dfw';
import { adapterMoves, RuleBoxes } from './ruleBoxes';
import { lookOf } from './ruleLooks';

/** Every rule's box, and the look of each of its selector dimensions, as plain data. */
function everything(boxes: RuleBoxes) {
  return boxes.index.rules.map((c, i) => {
    const box = boxes.box(i);
    const looks = ([0, 2, 3] as const).map((d, filed) => {
      const look = lookOf(boxes, filed, box[d]!);
      return {
        names: look.names && [...look.names].sort(),
        values: [...look.values],
        rules: [...look.rules].sort(),
      };
    });
    return { rule: c.rule.id, box: box.map((values) => [...values]), looks };
  });
}

describe('RuleBoxes.next', () => {
  it('gives the boxes and looks a fresh build gives, edit after edit', () => {
    const first = generateDesign('S', 2);
    const editor = new DesignEditor(first, new Rng(7));
    const builder = new ContextBuilder();
    let { ctx } = builder.build(first);
    let carried = new RuleBoxes(ruleIndexOf(ctx.net.dfw, ctx.selectors), ctx.selectors, true);
    everything(carried);
    let patched = 0;
    for (let n = 0; n < 30; n++) {
      const next = builder.build(editor.next(LOCAL_EDITS[n % LOCAL_EDITS.length]!).doc);
      const index = ruleIndexOf(next.ctx.net.dfw, next.ctx.selectors);
      const moves = next.ctx.selectors === ctx.selectors ? adapterMoves(next.ctx, next.delta) : null;
      if (moves && moves.length > 0) patched++;
      carried = moves ? carried.next(index, moves) : new RuleBoxes(index, next.ctx.selectors, true);
      ctx = next.ctx;
      expect(everything(carried), `after edit ${n}`).toEqual(
        everything(new RuleBoxes(index, ctx.selectors, true)),
      );
    }
    // Most edits must have been carried, or this compared fresh boxes with fresh boxes.
    expect(patched).toBeGreaterThan(20);
  });
});
