// Compares the engine's Evaluation with the reference's answer, on exactly the
// parts the reference decides. Returns human-readable differences.
//
// Problems are compared as a SET of (code, elements) per code, not a multiset:
// 2.5 does not say how many problems some situations give (one vlan-not-carried
// per port group or per adapter? one mtu-mismatch per proxy switch of a
// distributed switch, or one per switch?), and the set still catches every
// missing or extra finding. `elements` are compared in the order 2.5 fixes, as a
// set where it fixes none (problems/types.ts).
import type { Evaluation, Problem } from '../../src/engine/types';
import { listLinks } from '../../src/model/links';
import type { Design } from '../../src/model/types';
import type { RefEvaluation } from '../reference/index';
import { certain, expectedStatus } from '../reference/linkStatus';
import type { RefProblem } from '../reference/problems/types';
import { elementsMatch, SEVERITY } from '../reference/problems/types';
import { toReport } from '../reference/report';

export interface Tally {
  flowsCompared: number;
  flowsOpen: number;
  openWhy: Map<string, number>;
  problemsCompared: number;
  problemsByCode: Map<string, number>;
  linksCompared: number;
  linksOpen: number;
}

export const newTally = (): Tally => ({
  flowsCompared: 0,
  flowsOpen: 0,
  openWhy: new Map(),
  problemsCompared: 0,
  problemsByCode: new Map(),
  linksCompared: 0,
  linksOpen: 0,
});

const sameSet = (a: string[], b: string[]) =>
  [...new Set(a)].sort().join(' ') === [...new Set(b)].sort().join(' ');

function compareFlows(engine: Evaluation, ref: RefEvaluation, tally: Tally, out: string[]) {
  for (const f of ref.flows) {
    const got = engine.flows.find((x) => x.id === f.id);
    if (!got) {
      out.push(`flow ${f.id}: missing from the engine's result`);
      continue;
    }
    if (!f.outcome) {
      tally.flowsOpen++;
      const why = (f.gap ?? '').replace(/[\d.]+|\b[a-z]+\d[\w.-]*/g, '#');
      tally.openWhy.set(why, (tally.openWhy.get(why) ?? 0) + 1);
      continue;
    }
    tally.flowsCompared++;
    const want: Record<string, unknown> = {
      verdict: f.outcome.verdict,
      reason: f.outcome.reason,
      at: f.outcome.at,
      pass: f.pass,
      expected: f.expected,
      ...(f.outcome.verdict === 'blocked' ? { rule: f.outcome.rule } : {}),
    };
    const have = got as unknown as Record<string, unknown>;
    const diffs = Object.entries(want).filter(([k, v]) => have[k] !== v);
    if (diffs.length > 0)
      out.push(
        `flow ${f.id}: engine ${JSON.stringify(pick(have, Object.keys(want)))} but reference ${JSON.stringify(want)} [${got.message}]`,
      );
  }
}

function pick(o: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}

function compareProblems(engine: Evaluation, ref: RefEvaluation, tally: Tally, out: string[]) {
  const ignored = (code: string, elements: string[]) =>
    ref.problems.ignores.some((i) => i.code === code && i.when(elements));
  const refs = ref.problems.problems.filter((p) => !ignored(p.code, p.elements));
  const engines = engine.problems.filter((p) => !ignored(p.code, p.elements));
  for (const p of engine.problems)
    if (SEVERITY[p.code] !== p.severity)
      out.push(`problem ${p.code}: severity ${p.severity}, 2.5 says ${SEVERITY[p.code]}`);
  const show = (p: { code: string; elements: string[] }) => `${p.code} [${p.elements.join(', ')}]`;
  for (const r of refs) {
    tally.problemsCompared++;
    tally.problemsByCode.set(r.code, (tally.problemsByCode.get(r.code) ?? 0) + 1);
    const hits = engines.filter((e) => e.code === r.code && elementsMatch(r, e.elements));
    if (hits.length === 0) {
      const same = engines.filter((e) => e.code === r.code).map(show);
      out.push(`problem ${show(r)} not reported${same.length ? `; engine has ${same.join(' ')}` : ''}`);
      continue;
    }
    if (r.links !== null && !hits.some((h) => sameSet(h.links, r.links as string[])))
      out.push(
        `problem ${show(r)}: links ${JSON.stringify(hits.map((h) => h.links))}, 2.5 gives ${JSON.stringify(r.links)}`,
      );
  }
  for (const e of engines)
    if (!refs.some((r: RefProblem) => r.code === e.code && elementsMatch(r, e.elements)))
      out.push(`problem ${show(e)} reported, the reference finds no such problem`);
}

function compareLinks(doc: Design, engine: Evaluation, ref: RefEvaluation, tally: Tally, out: string[]) {
  const ids = listLinks(doc).map((l) => l.id);
  if (!sameSet(ids, Object.keys(engine.links)))
    out.push(
      `links: engine has ${JSON.stringify(Object.keys(engine.links).sort())}, the document draws ${JSON.stringify(ids.sort())}`,
    );
  const named = (test: (p: Problem) => boolean) =>
    new Set(engine.problems.filter(test).flatMap((p) => p.links));
  const errorLinks = named((p) => p.severity === 'error');
  const mtuLinks = named((p) => p.code === 'mtu-mismatch');
  for (const link of ref.links) {
    const want = certain(expectedStatus(link, errorLinks, mtuLinks), ref.flows);
    if (want === 'unsure') {
      tally.linksOpen++;
      continue;
    }
    tally.linksCompared++;
    const got = engine.links[link.id];
    if (got !== want) out.push(`link ${link.id}: engine ${got}, reference ${want}`);
  }
}

export function compare(doc: Design, engine: Evaluation, ref: RefEvaluation, tally: Tally): string[] {
  const out: string[] = [];
  compareFlows(engine, ref, tally, out);
  compareProblems(engine, ref, tally, out);
  compareLinks(doc, engine, ref, tally, out);
  const ok = toReport(ref).ok;
  if (ok !== 'unsure' && engine.ok !== ok) out.push(`ok: engine ${engine.ok}, reference ${ok}`);
  return out;
}
