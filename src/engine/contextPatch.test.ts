// A patched context tells the phases after it which domains' member lists changed (delta.domainLists).
import { describe, expect, it } from 'vitest';
import { DesignEditor, LOCAL_EDITS } from '../../bench/edits';
import { generateDesign } from '../../bench/generate';
import { Rng } from '../../bench/prng';
import type { Attachment } from './attachments';
import { ContextBuilder } from './contextBuilder';

describe('patchContext', () => {
  it('names every domain whose member list is another array, with the old and new lists', () => {
    const first = generateDesign('S', 3);
    const editor = new DesignEditor(first, new Rng(5));
    const builder = new ContextBuilder();
    // The previous context's map is changed in place: its lists are kept in a copy.
    let last = new Map<number, readonly Attachment[]>(builder.build(first).ctx.byDomain);
    let told = 0;
    for (let n = 0; n < 40; n++) {
      const { ctx, delta } = builder.build(editor.next(LOCAL_EDITS[n % LOCAL_EDITS.length]!).doc);
      if (delta.domainLists) {
        told++;
        const changes = new Map(delta.domainLists.map((c) => [c.domain, c]));
        for (const domain of new Set([...last.keys(), ...ctx.byDomain.keys()])) {
          const was = last.get(domain) ?? null;
          const now = ctx.byDomain.get(domain) ?? null;
          const change = changes.get(domain);
          if (change) {
            expect(change.before, `edit ${n}, domain ${domain} before`).toBe(was);
            expect(change.after, `edit ${n}, domain ${domain} after`).toBe(now);
          } else expect(now, `edit ${n}, domain ${domain} kept`).toBe(was);
        }
      }
      last = new Map(ctx.byDomain);
    }
    // Most local edits are patched, or this checked nothing.
    expect(told).toBeGreaterThan(30);
  });
});
