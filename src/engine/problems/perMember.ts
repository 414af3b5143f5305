// One kind of problem that each member has or not on its own, kept from one
// version to the next: only the members named are judged again, and the list
// stays in member order. Members that have such a problem are few, so the
// list is rebuilt from them alone.
import type { Attachment } from '../attachments';
import type { EngineContext } from '../context';
import type { Member } from '../net';
import type { Problem } from '../types';

/** One member's problems; `att` is its attachment when the caller has it at hand (else the judge looks it up). */
type Judge = (ctx: EngineContext, m: Member, att: Attachment | undefined) => readonly Problem[];

export class PerMemberProblems {
  private byId = new Map<string, readonly Problem[]>();
  private list: Problem[] = [];

  constructor(private readonly judge: Judge) {}

  /** Every member judged afresh. */
  all(ctx: EngineContext): Problem[] {
    this.byId = new Map();
    this.list = [];
    const members = ctx.net.members;
    // The attachments are filed in member order: the entry at a member's index is the member's when its
    // key is the member's id (what a look-up would find), so a full pass looks up none. Read by forEach:
    // an entries iterator makes two objects per entry.
    const own = new Array<Attachment | undefined>(members.length);
    let i = 0;
    ctx.attachments.forEach((att, id) => {
      if (members[i]?.id === id) own[i] = att;
      i++;
    });
    for (let k = 0; k < members.length; k++) {
      const m = members[k]!;
      const found = this.judge(ctx, m, own[k]);
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
      const found = m ? this.judge(ctx, m, undefined) : [];
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
