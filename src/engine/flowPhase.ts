// Flow results carried from one document version to the next: a flow is
// walked again when it is new, when something every walk reads changed
// (switches, routers, the distributed firewall, the wiring), or when its
// footprint (footprint.ts) meets the members, addresses or VMs that changed.
import type { Flow } from '../model/types';
import type { EngineContext } from './context';
import type { ContextDelta } from './delta';
import { flowResult } from './flows';
import { Footprint } from './footprint';
import type { FlowResult } from './types';

interface Walked {
  result: FlowResult;
  seen: Footprint;
}

export class FlowPhase {
  private walked = new Map<Flow, Walked>();

  update(ctx: EngineContext, delta: ContextDelta): FlowResult[] {
    const all = delta.everything || delta.switches || delta.routers || delta.dfw;
    const next = new Map<Flow, Walked>();
    const results = (ctx.net.doc.flows ?? []).map((flow) => {
      let walked = all ? undefined : (next.get(flow) ?? this.walked.get(flow));
      if (walked && walked.seen.touchedBy(delta)) walked = undefined;
      if (!walked) {
        const seen = new Footprint();
        walked = { result: flowResult(ctx, flow, seen), seen };
      }
      next.set(flow, walked);
      return walked.result;
    });
    this.walked = next;
    return results;
  }
}
