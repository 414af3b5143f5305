// The hypothetical graphs are grown from the locations a question is about
// (contextBuilder.ts Graphs.hypothetical), not from every used node. On
// random designs, every pair of members gets the same answer from such a
// graph as from the graph of every used node: whether the owner is adjacent,
// where, and the path to it, link by link, with where the real network drops
// the frame on it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Attachment, Location } from '../../src/engine/attachments';
import { buildContext, type EngineContext } from '../../src/engine/context';
import { adjacentLocation, nodeOf } from '../../src/engine/domains';
import { buildGraph, type GraphMode, type L2Graph } from '../../src/engine/graph';
import { edgeDrop } from '../../src/engine/graphDrops';
import { shortestPath } from '../../src/engine/graphPath';
import { design } from '../../src/engine/test/builder';
import { ARBITRARIES } from './arbitraries';
import { LONG, runs } from './settings';

/**
 * What a question about sender → owner reads of a graph, in terms that do
 * not depend on node numbers or on which end of a cable an edge was made
 * from: each step as crossed, and where the real network drops the frame.
 */
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
    path: path.map(({ edge, forward }) => {
      const [from, to] = forward ? [edge.a, edge.b] : [edge.b, edge.a];
      const [portFrom, portTo] = forward ? [edge.portA, edge.portB] : [edge.portB, edge.portA];
      return {
        cable: ctx.net.cables.indexOf(edge.cable),
        ports: [portFrom?.ref ?? null, portTo?.ref ?? null],
        vlans: [graph.nodes[from]!.vlan, graph.nodes[to]!.vlan],
        drop: edgeDrop(graph, edge, forward),
      };
    }),
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

/** Two physical switches cabled, a router interface on each: the whole graph makes the cable's edge from tor2's end. */
const CABLE_BUILT_FROM_THE_FAR_END = design()
  .physical('tor1', [{ name: 'Eth1/5', mode: 'trunk' }])
  .physical('tor2', [{ name: 'Eth1/3', mode: 'trunk' }])
  .cable('tor1:Eth1/5', 'tor2:Eth1/3', 'c6')
  .router('r1', [
    { id: 'r1-i0', ip: '10.0.10.1/24', attach: { switch: 'tor2', vlan: 10 } },
    { id: 'r1-i1', attach: { switch: 'tor1', vlan: 10 } },
  ])
  .build();

describe('hypothetical graphs grown from a question’s locations', LONG, () => {
  it('answer as the whole graph does when a cable is crossed against the way its edge was made', () => {
    const ctx = buildContext(CABLE_BUILT_FROM_THE_FAR_END);
    expect(compareModes(ctx, 'carryAll')).toBe(2);
    expect(compareModes(ctx, 'allUp')).toBe(2);
  });

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
