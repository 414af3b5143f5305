// LinkMarks kept from version to version says what a recount says, and names every link whose marks changed.
import { describe, expect, it } from 'vitest';
import { LinkMarks } from './linkMarks';
import type { FlowResult, Problem } from './types';

const LINKS = ['l0', 'l1', 'l2', 'l3', 'l4', 'l5'];
const VERDICTS = ['allowed', 'blocked', 'unreachable', 'mtu'] as const;

/** A small deterministic generator (no Math.random in tests). */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function randomFlow(r: () => number, id: string): FlowResult {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const links = LINKS.filter(() => r() < 0.4);
  const stop = r() < 0.6 ? pick(LINKS) : undefined;
  return {
    id,
    verdict: pick(VERDICTS),
    reason: null,
    at: '',
    expected: r() < 0.7 ? 'allow' : 'deny',
    pass: true,
    message: '',
    hops: [],
    links,
    ...(stop ? { stopLink: stop } : {}),
  } as unknown as FlowResult;
}

const problem = (links: string[], severity: Problem['severity'], code: Problem['code']): Problem => ({
  code,
  severity,
  elements: [],
  ports: [],
  links,
  message: '',
});

type Mark = 'blocked' | 'unreachable' | 'mtu' | 'ok';
const MARKS: Mark[] = ['blocked', 'unreachable', 'mtu', 'ok'];

function snapshot(marks: LinkMarks): Record<string, Mark[]> {
  return Object.fromEntries(LINKS.map((l) => [l, MARKS.filter((m) => marks[m](l))]));
}

/** An error or warning and an mtu-mismatch, each naming every link with probability p. */
const randomProblems = (r: () => number, p: number): Problem[] => [
  problem(
    LINKS.filter(() => r() < p),
    r() < 0.5 ? 'error' : 'warning',
    'vlan-not-carried',
  ),
  problem(
    LINKS.filter(() => r() < p),
    'warning',
    'mtu-mismatch',
  ),
];

describe('LinkMarks', () => {
  it('kept across versions, marks links as a fresh count does, and reports each link whose marks changed', () => {
    const r = rng(11);
    const kept = new LinkMarks();
    let flows = Array.from({ length: 8 }, (_, i) => randomFlow(r, `f${i}`));
    kept.update(flows, [], new Set());
    for (let version = 0; version < 200; version++) {
      const before = snapshot(kept);
      // Most versions replace a few results in place (as the flow phase does); some change the count.
      if (r() < 0.2)
        flows = Array.from({ length: 4 + Math.floor(r() * 8) }, (_, i) => randomFlow(r, `g${i}`));
      else {
        flows = flows.slice();
        flows[Math.floor(r() * flows.length)] = randomFlow(r, 'x');
      }
      const problems = randomProblems(r, 0.2);
      const changed = new Set<string>();
      kept.update(flows, problems, changed);
      const fresh = new LinkMarks();
      fresh.update(flows, problems, new Set());
      const now = snapshot(kept);
      expect(now).toEqual(snapshot(fresh));
      for (const l of LINKS)
        if (!changed.has(l)) expect(now[l], `${l} changed unreported`).toEqual(before[l]);
    }
  });

  it("gives each marked link its strongest mark, as asking the marks in MODEL.md 2.7's order does", () => {
    const r = rng(5);
    for (let round = 0; round < 100; round++) {
      const marks = new LinkMarks();
      const flows = Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => randomFlow(r, `f${i}`));
      const problems = randomProblems(r, 0.3);
      marks.update(flows, problems, null);
      const strongest = marks.strongest();
      for (const l of LINKS) expect(strongest.get(l), l).toBe(MARKS.find((m) => marks[m](l)));
    }
  });
});
