// Flow results carried from one document version to the next: a flow is
// walked again when it is new, when something every walk reads changed
// (routers, the wiring), or when its footprint (footprint.ts) meets what
// changed: members, addresses, VMs, switches, or a distributed firewall that
// decides one of its packets otherwise.
import type { Flow } from '../model/types';
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { flowResult } from './flows';
import { Footprint } from './footprint';
import type { SwitchNet } from './net';
import type { FlowResult } from './types';

interface Walked {
  result: FlowResult;
  seen: Footprint;
}

/** The ids whose switch is another object (or none) in one of the two versions. */
function changedSwitches(a: ReadonlyMap<string, SwitchNet>, b: ReadonlyMap<string, SwitchNet>): Set<string> {
  const out = new Set<string>();
  for (const [id, sw] of a) if (b.get(id) !== sw) out.add(id);
  for (const id of b.keys()) if (!a.has(id)) out.add(id);
  return out;
}

export class FlowPhase {
  private walked = new Map<Flow, Walked>();
  private switches: ReadonlyMap<string, SwitchNet> | null = null;

  update(ctx: EngineContext, delta: ContextDelta): FlowResult[] {
    const all = delta.everything || delta.routers || (delta.switches && !this.switches);
    const switched =
      delta.switches && this.switches ? changedSwitches(this.switches, ctx.net.switches) : null;
    const stale = (seen: Footprint) =>
      seen.touchedBy(delta) ||
      (switched !== null && seen.readsSwitches(switched)) ||
      (delta.dfw && !seen.decidesAlike(ctx));
    const next = new Map<Flow, Walked>();
    const results = (ctx.net.doc.flows ?? []).map((flow) => {
      let walked = all ? undefined : (next.get(flow) ?? this.walked.get(flow));
      if (walked && stale(walked.seen)) walked = undefined;
      if (!walked) {
        const seen = new Footprint();
        walked = { result: flowResult(ctx, flow, seen), seen };
      }
      next.set(flow, walked);
      return walked.result;
    });
    this.walked = next;
    this.switches = ctx.net.switches;
    return results;
  }
}
