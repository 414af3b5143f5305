// The hypothetical graphs are grown from the locations a question is about
// (contextBuilder.ts Graphs.hypothetical), not from every used node. On
// random designs, every pair of members gets the same answer from such a
// graph as from the graph of every used node: whether the owner is adjacent,
// where, and the path to it, link by link.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attachment, Location } from '../../src/engine/attachments';
import { buildContext, type EngineContext } from '../../src/engine/context';
import { adjacentLocation, nodeOf } from '../../src/engine/domains';
import { buildGraph, type GraphMode, type L2Graph } from '../../src/engine/graph';
import { shortestPath } from '../../src/engine/graphPath';
import { ARBITRARIES } from './arbitraries';
import { LONG, runs } from './settings';

/** What a question about sender → owner reads of a graph, in terms that do not depend on node numbers. */
function answer(
  ctx: EngineContext,
  graph: L2Graph,
  sender: Attachment,
  at: Location,
  owner: Attachment,
): unknown {
  const loc = adjacentLocation(graph, sender, at, owner);
  if (!loc) return null;
  const path = shortestPath(graph, nodeOf(graph, at), nodeOf(graph, loc))!;
  return {
    node: loc.node,
    path: path.map(({ edge, forward }) => ({
      cable: ctx.net.cables.indexOf(edge.cable),
      forward,
      vlans: [graph.nodes[edge.a]!.vlan, graph.nodes[edge.b]!.vlan],
      port: edge.portB.ref,
    })),
  };
}

function compareModes(ctx: EngineContext, mode: Exclude<GraphMode, 'real'>): number {
  const members = [...ctx.attachments.values()].filter((a) => a.locations.length > 0);
  const used = members.flatMap((a) => a.locations);
  const whole = buildGraph(ctx.net, ctx.instances, used, mode);
  let compared = 0;
  for (const sender of members)
    for (const at of sender.locations)
      for (const owner of members) {
        if (owner === sender) continue;
        const seeded = ctx.hypothetical(mode, [at, ...owner.locations]);
        expect(seeded.nodes.length).toBeLessThanOrEqual(whole.nodes.length);
        expect(answer(ctx, seeded, sender, at, owner)).toEqual(answer(ctx, whole, sender, at, owner));
        compared++;
      }
  return compared;
}

describe('hypothetical graphs grown from a question’s locations', LONG, () => {
  it.each(ARBITRARIES)('answer as the whole graph does, on $name', ({ arbitrary, share }) => {
    let compared = 0;
    fc.assert(
      fc.property(arbitrary, (doc) => {
        const ctx = buildContext(doc);
        compared += compareModes(ctx, 'carryAll') + compareModes(ctx, 'allUp');
      }),
      runs(Math.round(60 * share)),
    );
    // Designs with fewer than two attached members would compare nothing.
    expect(compared).toBeGreaterThan(0);
  });
});
