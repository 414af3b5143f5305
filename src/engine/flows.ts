// A flow's result (MODEL.md 2.3, section 3): the walk's verdict with the
// flow's expectation, a one-line message, the hops and the links crossed.
import { flowExpect, flowService } from '../model/defaults';
import type { Flow } from '../model/types';
import type { EngineContext } from './context';
import type { FlowResult } from './types';
import { recordingContext, type Footprint } from './footprint';
import { FlowWalk } from './walk';

/** The flow's result; with a footprint, the walk reads the context through it (footprint.ts). */
export function flowResult(ctx: EngineContext, flow: Flow, seen: Footprint | null = null): FlowResult {
  const walk = new FlowWalk(seen ? recordingContext(ctx, seen) : ctx, flow, seen);
  const stop = walk.run();
  const expected = flowExpect(flow);
  const result: FlowResult = {
    id: flow.id,
    verdict: stop.verdict,
    reason: stop.reason,
    at: stop.at,
    expected,
    pass: (stop.verdict === 'allowed') === (expected === 'allow'),
    message: `${flow.from} → ${flow.to} ${flowService(flow)}: ${stop.note}`,
    hops: walk.trace.hops,
    links: walk.trace.links,
  };
  if (stop.verdict === 'blocked' && stop.rule !== undefined) result.rule = stop.rule;
  if (stop.stopLink !== null) {
    result.stopLink = stop.stopLink;
    if (!result.links.includes(stop.stopLink)) result.links.push(stop.stopLink);
  }
  return result;
}
