// Where the evaluator spends its time on a generated design:
//   node --enable-source-maps --import tsx bench/profile.ts [--tier L] [--seed 1] [--runs 1] [-o l.cpuprofile]
//   node --enable-source-maps --import tsx bench/profile.ts --edits local|global|<kind> [--runs 20] ...
// Profiles only the evaluations (not generation) through the inspector, like
// `node --cpu-prof` would, and prints self time by function and by file, with
// source lines mapped back to the TypeScript when source maps are enabled. The
// .cpuprofile opens in Chrome DevTools (Performance) or speedscope.
// With --edits, an incremental evaluator is opened on the design first and
// only its `apply` of each edit (bench/edits.ts, the benchmark's edits) is
// profiled: `--runs` edits, the kinds taken in turn.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEvaluator, evaluate } from '../src/engine/index';
import type { Design } from '../src/model/types';
import { DesignEditor, GLOBAL_EDITS, LOCAL_EDITS, type EditKind } from './edits';
import { generateDesign } from './generate';
import { formatSummary, summariseProfile, type CallFrame, type CpuProfile } from './profileSummary';
import { Rng } from './prng';
import { isTierName } from './tiers';

const { values } = parseArgs({
  options: {
    tier: { type: 'string', default: 'L' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    edits: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
});
const tier = values.tier;
if (!isTierName(tier)) throw new Error(`unknown tier ${tier}`);
const seed = Number(values.seed);
const runs = Number(values.runs);
const design = generateDesign(tier, seed);

const EDIT_KINDS: readonly string[] = [...LOCAL_EDITS, ...GLOBAL_EDITS];
/** The edit kinds of --edits: a group (local, global) or one kind. */
function editKinds(name: string): EditKind[] {
  if (name === 'local') return LOCAL_EDITS;
  if (name === 'global') return GLOBAL_EDITS;
  if (EDIT_KINDS.includes(name)) return [name as EditKind];
  throw new Error(`unknown --edits ${name}: use local, global or one of ${EDIT_KINDS.join(', ')}`);
}

/** What is profiled: either whole evaluations, or the applies of prepared edits. */
function workload(): { label: string; run: () => void } {
  if (values.edits === undefined)
    return {
      label: `${runs} evaluation(s)`,
      run: () => {
        for (let i = 0; i < runs; i++) evaluate(design);
      },
    };
  const kinds = editKinds(values.edits);
  // Same seeds as the benchmark's edits (tierRun.ts): local seed + 1, global seed + 2.
  const editor = new DesignEditor(
    design,
    new Rng(seed + (kinds.every((k) => GLOBAL_EDITS.includes(k)) ? 2 : 1)),
  );
  const docs: Design[] = [];
  for (let i = 0; i < runs; i++) docs.push(editor.next(kinds[i % kinds.length]!).doc);
  const evaluator = createEvaluator(design);
  return {
    label: `${runs} edit(s) (${kinds.join(', ')}) applied`,
    run: () => {
      for (const doc of docs) evaluator.apply(doc);
    },
  };
}

const { label, run } = workload();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 1000 });
await session.post('Profiler.start');
const started = performance.now();
run();
const elapsed = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const out = values.out ?? join(tmpdir(), `vnet-${tier}-${Date.now()}.cpuprofile`);
writeFileSync(out, JSON.stringify(profile));
console.log(`tier ${tier}: ${label} in ${elapsed.toFixed(0)} ms; profile written to ${out}`);
console.log(formatSummary(summariseProfile(profile as CpuProfile, sourceLine)));

function sourceLine(frame: CallFrame): string | null {
  if (!frame.url.startsWith('file://')) return null;
  const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !('originalSource' in entry)) return null;
  const source = entry.originalSource.replace(/^.*?\/(src|bench|test)\//, '$1/');
  return `${source}:${entry.originalLine + 1}`;
}
