// Flow results carried from one document version to the next: a flow is
// walked again when it is new, when something every walk reads changed
// (routers, the wiring), or when its footprint (footprint.ts) meets what
// changed: members, addresses, VMs, switches, or a distributed firewall that
// decides one of its packets otherwise.
// A version that changed only members, addresses or VMs (a local edit) finds
// the flows it touches through the footprint index (footprintIndex.ts), not by
// asking all of them, and gives back the last results array itself when it
// touches none.
import type { Flow } from '../model/types';
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { flowResult } from './flows';
import { Footprint } from './footprint';
import { FootprintIndex } from './footprintIndex';
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

function walk(ctx: EngineContext, flow: Flow): Walked {
  const seen = new Footprint();
  return { result: flowResult(ctx, flow, seen), seen };
}

export class FlowPhase {
  private walked = new Map<Flow, Walked>();
  /** The flows of `walked`, by their footprints. */
  private readonly index = new FootprintIndex<Flow>();
  private flows: readonly Flow[] | undefined | null = null;
  private results: FlowResult[] = [];
  private switches: ReadonlyMap<string, SwitchNet> | null = null;

  update(ctx: EngineContext, delta: ContextDelta): FlowResult[] {
    const all = delta.everything || delta.routers || (delta.switches && !this.switches);
    const switched =
      delta.switches && this.switches ? changedSwitches(this.switches, ctx.net.switches) : null;
    const local = !all && (switched === null || switched.size === 0) && !delta.dfw;
    const flows = ctx.net.doc.flows;
    this.results =
      local && flows === this.flows ? this.touched(ctx, delta) : this.judge(ctx, delta, all, switched);
    this.flows = flows;
    this.switches = ctx.net.switches;
    return this.results;
  }

  /** Every flow asked whether the version may end its walk otherwise. */
  private judge(
    ctx: EngineContext,
    delta: ContextDelta,
    all: boolean,
    switched: ReadonlySet<string> | null,
  ): FlowResult[] {
    const stale = (seen: Footprint) =>
      seen.touchedBy(delta) ||
      (switched !== null && seen.readsSwitches(switched)) ||
      (delta.dfw && !seen.decidesAlike(ctx));
    const next = new Map<Flow, Walked>();
    const results = (ctx.net.doc.flows ?? []).map((flow) => {
      let walked = all ? undefined : (next.get(flow) ?? this.walked.get(flow));
      if (walked && stale(walked.seen)) walked = undefined;
      walked ??= walk(ctx, flow);
      next.set(flow, walked);
      return walked.result;
    });
    for (const [flow, walked] of this.walked)
      if (next.get(flow) !== walked) this.index.remove(flow, walked.seen);
    for (const [flow, walked] of next)
      if (this.walked.get(flow) !== walked) this.index.add(flow, walked.seen);
    this.walked = next;
    return results;
  }

  /** The same flows, on a version that changed nothing but members, addresses and VMs: only those it touches walked again. */
  private touched(ctx: EngineContext, delta: ContextDelta): FlowResult[] {
    const stale = this.index.touchedBy(delta);
    if (stale.size === 0) return this.results;
    const results = this.results.slice();
    const redone = new Set<Flow>();
    (ctx.net.doc.flows ?? []).forEach((flow, i) => {
      if (!stale.has(flow)) return;
      // A flow object listed twice is walked once.
      if (!redone.has(flow)) {
        redone.add(flow);
        this.index.remove(flow, this.walked.get(flow)!.seen);
        const walked = walk(ctx, flow);
        this.walked.set(flow, walked);
        this.index.add(flow, walked.seen);
      }
      results[i] = this.walked.get(flow)!.result;
    });
    return results;
  }
}
