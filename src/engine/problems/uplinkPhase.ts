// Uplink problems (uplinks.ts) kept from one version of a document to the
// next: each switch instance's share is judged again only when its members'
// needs changed, or the use of one of its VLANs elsewhere (needs.ts); the
// switches' and cables' shares when the wiring, names or cables changed.
// The order is that of a single pass: uncabled uplinks, instances, cables.
import type { EngineContext } from '../context';
import type { ContextDelta } from '../delta';
import { Keyed } from '../keep';
import type { Problem } from '../types';
import { NeedTracker } from './needs';
import { instanceProblems, nativeVlanProblems, notCabledProblems } from './uplinks';

export class UplinkPhase {
  private readonly wiring = new Keyed<{ needs: NeedTracker; byInstance: Map<string, Problem[]> }>();
  private readonly notCabled = new Keyed<Problem[]>();
  private readonly native = new Keyed<Problem[]>();
  /** Moves on when a version cannot build on the last one. */
  private epoch = 0;

  /** `whole`: no earlier version to build on (other members, or none). */
  update(ctx: EngineContext, delta: ContextDelta | null, whole: boolean): Problem[] {
    const net = ctx.net;
    // Of the switches, these problems read their structure (the instances follow it) and names, not their MTUs.
    const labels = [...net.switches.values()].map((sw) => sw.label).join('\n');
    if (whole) this.epoch++;
    const inputs = [
      this.epoch,
      ctx.instances,
      ctx.graph.primary,
      labels,
      net.cables,
      net.hosts,
      net.doc.portGroups,
    ];
    let fresh = false;
    const state = this.wiring.get(inputs, () => {
      fresh = true;
      return { needs: new NeedTracker(ctx), byInstance: new Map() };
    });
    const dirty = fresh || !delta ? null : state.needs.update(ctx, delta.members);
    if (!fresh && dirty === null) return this.update(ctx, delta, true);
    const out = [...this.notCabled.get([net.switches, labels, net.cables], () => notCabledProblems(ctx))];
    for (const instance of ctx.instances.values()) {
      let found = dirty?.has(instance.key) ? undefined : state.byInstance.get(instance.key);
      if (!found) state.byInstance.set(instance.key, (found = instanceProblems(ctx, instance, state.needs)));
      out.push(...found);
    }
    out.push(...this.native.get([net.cables], () => nativeVlanProblems(ctx)));
    return out;
  }
}
