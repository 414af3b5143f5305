// One kind of problem that each member has or not on its own, kept from one
// version to the next: only the members named are judged again, and the list
// stays in member order. Members that have such a problem are few, so the
// list is rebuilt from them alone.
import type { EngineContext } from '../context';
import type { Member } from '../net';
import type { Problem } from '../types';

export class PerMemberProblems {
  private byId = new Map<string, Problem[]>();
  private list: Problem[] = [];

  constructor(private readonly judge: (ctx: EngineContext, m: Member) => Problem[]) {}

  /** Every member judged afresh. */
  all(ctx: EngineContext): Problem[] {
    this.byId = new Map();
    this.list = [];
    for (const m of ctx.net.members) {
      const found = this.judge(ctx, m);
      if (found.length === 0) continue;
      this.byId.set(m.id, found);
      this.list.push(...found);
    }
    return this.list;
  }

  /** Only these members judged again (the others as they were); the positions must be the last version's. */
  some(ctx: EngineContext, ids: Iterable<string>): Problem[] {
    let changed = false;
    for (const id of ids) {
      const m = ctx.net.memberById.get(id);
      const found = m ? this.judge(ctx, m) : [];
      const had = this.byId.get(id);
      if (!had && found.length === 0) continue;
      changed = true;
      if (found.length > 0) this.byId.set(id, found);
      else this.byId.delete(id);
    }
    if (!changed) return this.list;
    const position = ctx.net.position;
    const ids_ = [...this.byId.keys()].sort((a, b) => position.get(a)! - position.get(b)!);
    this.list = ids_.flatMap((id) => this.byId.get(id)!);
    return this.list;
  }
}
