// One kind of problem that each layer-2 domain has or not on its own (from
// its member list), kept from one version to the next while the domain's list
// is the same array. When the context names the lists it changed
// (delta.domainLists), only those are judged, and while none of them has or
// had such a problem the list of problems stays as it was: the other domains
// keep their lists and their order among themselves.
import type { Attachment } from '../attachments';
import type { EngineContext } from '../context';
import type { DomainListChange } from '../delta';
import type { Problem } from '../types';

export class PerDomainProblems {
  /** By member list: its problems, and the last full pass that had the list. */
  private readonly kept = new Map<readonly Attachment[], { found: Problem[]; seen: number }>();
  private version = 0;
  private out: Problem[] | null = null;
  constructor(private readonly judge: (ctx: EngineContext, members: readonly Attachment[]) => Problem[]) {}

  update(ctx: EngineContext, changes: readonly DomainListChange[] | null): Problem[] {
    if (changes && this.out && !this.moved(ctx, changes)) return this.out;
    const version = ++this.version;
    const out: Problem[] = [];
    ctx.byDomain.forEach((members) => {
      let kept = this.kept.get(members);
      if (kept) kept.seen = version;
      else this.kept.set(members, (kept = { found: this.judge(ctx, members), seen: version }));
      for (const p of kept.found) out.push(p);
    });
    this.kept.forEach((kept, members) => {
      if (kept.seen !== version) this.kept.delete(members);
    });
    return (this.out = out);
  }

  /** Judges the changed lists; whether one of them has or had a problem. */
  private moved(ctx: EngineContext, changes: readonly DomainListChange[]): boolean {
    let moved = false;
    for (const { before, after } of changes) {
      if (before === after) continue;
      if (before) {
        if ((this.kept.get(before)?.found.length ?? 0) > 0) moved = true;
        this.kept.delete(before);
      }
      if (after) {
        const found = this.judge(ctx, after);
        this.kept.set(after, { found, seen: this.version });
        if (found.length > 0) moved = true;
      }
    }
    return moved;
  }
}
