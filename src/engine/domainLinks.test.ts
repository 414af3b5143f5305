// pathLinks (reused scratch, walks that stop where an earlier one went) gives
// the links a plain breadth-first search with a full walk per speaker gives,
// in the same order, on random graphs with loops, shared cables and spread members.
import { describe, expect, it } from 'vitest';
import type { Attachment, Location } from './attachments';
import { pathLinks } from './domainLinks';
import type { Edge, L2Graph } from './graph';

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function location(node: string): Location {
  return { node, instance: null, physical: null, host: null, vlan: 0, indexedIn: null, indexedAt: -1 };
}

/** A random graph of a few components; some edges share a cable or carry an uplink. */
function randomGraph(r: () => number): L2Graph {
  const size = 2 + Math.floor(r() * 30);
  const cables = Array.from({ length: 1 + Math.floor(r() * size) }, (_, i) => ({ link: `cable:${i}` }));
  const edges: Edge[] = [];
  const adjacency: number[][] = Array.from({ length: size }, () => []);
  const connect = (a: number, b: number) => {
    const uplink = r() < 0.3 ? { uplink: { link: `uplink:${Math.floor(r() * 4)}` } } : null;
    const cable = cables[Math.floor(r() * cables.length)]!;
    adjacency[a]!.push(edges.length);
    adjacency[b]!.push(edges.length);
    edges.push({ a, b, cable, uplink } as unknown as Edge);
  };
  for (let n = 1; n < size; n++) if (r() < 0.85) connect(n, Math.floor(r() * n));
  for (let k = Math.floor(r() * 4); k > 0; k--) connect(Math.floor(r() * size), Math.floor(r() * size));
  // Components by a plain search: the domains.
  const domain = new Array<number>(size).fill(-1);
  for (let start = 0; start < size; start++) {
    if (domain[start] !== -1) continue;
    const stack = [start];
    domain[start] = start;
    while (stack.length > 0) {
      const n = stack.pop()!;
      for (const e of adjacency[n]!) {
        const m = edges[e]!.a === n ? edges[e]!.b : edges[e]!.a;
        if (domain[m] !== -1) continue;
        domain[m] = start;
        stack.push(m);
      }
    }
  }
  const index = new Map(Array.from({ length: size }, (_, n) => [`n${n}`, n]));
  return { mode: 'real', nodes: [], index, edges, adjacency, domain, primary: new Map() };
}

/** The search as first written: maps per search, every speaker walked to the root. */
function plainPathLinks(g: L2Graph, domain: number, speakers: readonly Attachment[]): string[] {
  const out = new Set<string>();
  const nodesOf = (att: Attachment) =>
    att.locations.map((l) => g.index.get(l.node)!).filter((n) => g.domain[n] === domain);
  const via = new Map<number, number>();
  const depth = new Map<number, number>();
  const queue = nodesOf(speakers[0]!);
  for (const n of queue) {
    via.set(n, -1);
    depth.set(n, 0);
  }
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head]!;
    for (const e of g.adjacency[n]!) {
      const m = g.edges[e]!.a === n ? g.edges[e]!.b : g.edges[e]!.a;
      if (via.has(m)) continue;
      via.set(m, e);
      depth.set(m, depth.get(n)! + 1);
      queue.push(m);
    }
  }
  for (const att of speakers.slice(1)) {
    const nodes = nodesOf(att);
    let n = nodes.reduce((best, c) => (depth.get(c)! < depth.get(best)! ? c : best), nodes[0]!);
    while ((via.get(n) ?? -1) >= 0) {
      const edge = g.edges[via.get(n)!]!;
      out.add(edge.cable.link);
      if (edge.uplink) out.add(edge.uplink.uplink.link);
      n = edge.a === n ? edge.b : edge.a;
    }
  }
  return [...out];
}

describe('pathLinks', () => {
  it('gives the links of a full walk per speaker, in order, search after search', () => {
    const r = rng(7);
    let compared = 0;
    for (let round = 0; round < 300; round++) {
      const g = randomGraph(r);
      const domains = [...new Set(g.domain)];
      for (const domain of domains) {
        const nodes = g.domain.flatMap((d, n) => (d === domain ? [n] : []));
        // Speakers with one to three locations, at least one of them in the domain.
        const speakers = Array.from({ length: 1 + Math.floor(r() * 6) }, () => {
          const at = [nodes[Math.floor(r() * nodes.length)]!];
          for (let k = Math.floor(r() * 3); k > 0; k--) at.push(Math.floor(r() * g.domain.length));
          return { locations: at.map((n) => location(`n${n}`)) } as unknown as Attachment;
        });
        expect(pathLinks(g, domain, speakers)).toEqual(plainPathLinks(g, domain, speakers));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});
