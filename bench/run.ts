// The benchmark: `npm run bench` (a table) or `npm run -s bench -- --json`
// (exactly { "tiers": [ … ] } on stdout; progress goes to stderr).
// Options: --tiers S,M (default S,M,L,XL), --seed N, --edits N (per kind of
// edit, default 20), --budget-s N (time a tier may spend repeating
// measurements before it settles for minimum samples, default 600),
// --tier-cap-s N (a tier is stopped here and reports what it has, default
// 3600), --naive-cap-s N (default 300), --no-naive.
// Each tier runs in its own child process: a clean heap to measure, and no
// garbage from one tier slowing the next.
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runChild } from './child';
import type { NaiveProgress, TierProgress } from './messages';
import { tierRow, toJson, toTable, type TierResult } from './report';
import { median } from './stats';
import { isTierName, TIER_NAMES, type TierName } from './tiers';

/** The naive reference is compared on the small tiers only: on L it would take hours. */
const NAIVE_TIERS: TierName[] = ['S', 'M'];

const { values } = parseArgs({
  options: {
    tiers: { type: 'string', default: TIER_NAMES.join(',') },
    json: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    edits: { type: 'string', default: '20' },
    'budget-s': { type: 'string', default: '600' },
    'tier-cap-s': { type: 'string', default: '3600' },
    'naive-cap-s': { type: 'string', default: '300' },
    'no-naive': { type: 'boolean', default: false },
  },
});

const tiers = values.tiers.split(',').map((t) => t.trim());
const unknown = tiers.filter((t) => !isTierName(t));
if (unknown.length > 0) {
  console.error(`unknown tier(s) ${unknown.join(', ')}: use ${TIER_NAMES.join(', ')}`);
  process.exit(2);
}
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const header = [
  `vNet Designer benchmark, seed ${values.seed}, Node ${process.version}, ${cpus().length} cores`,
  `load average at start: ${load()} (a shared, noisy machine makes every figure an upper bound)`,
];
for (const line of header) console.error(line);

const results: TierResult[] = [];
let engineName = '';
for (const tier of tiers as TierName[]) {
  const notes: string[] = [];
  console.error(`\n${tier}: starting (load ${load()})`);
  const run = await runChild<TierProgress>(
    './tierRun.ts',
    ['--tier', tier, '--seed', values.seed, '--edits', values.edits, '--budget-s', values['budget-s']],
    { capMs: Number(values['tier-cap-s']) * 1000, nodeFlags: ['--expose-gc', '--trace-gc'] },
  );
  const progress = run.last;
  if (run.timedOut) notes.push(`stopped at the ${values['tier-cap-s']} s cap; what was not measured is null`);
  else if (run.exitCode !== 0) notes.push(`the tier's process failed (exit ${run.exitCode}); see stderr`);
  if (progress) {
    engineName = progress.engine;
    notes.push(
      `generated in ${Math.round(progress.generateMs)} ms, validated in ${Math.round(progress.validateMs)} ms`,
    );
  }
  let naive: NaiveProgress | null = null;
  let naiveFloorMs: number | null = null;
  if (NAIVE_TIERS.includes(tier) && !values['no-naive']) {
    const ref = await runChild<NaiveProgress>('./naiveRun.ts', ['--tier', tier, '--seed', values.seed], {
      capMs: Number(values['naive-cap-s']) * 1000,
    });
    naive = ref.last;
    if (naive && progress && naive.fingerprint !== progress.fingerprint) {
      notes.push('the naive reference saw a different design: not compared');
      naive = null;
    } else if (naive && naive.samples.length === 0 && naive.phase === 'whole' && ref.timedOut) {
      // A whole run was cut off: it takes at least as long as it ran, and longer than the part that finished.
      naiveFloorMs = Math.max(median(naive.partialSamples), ref.sinceLastMs);
      notes.push(
        `naive reference: no whole run within ${values['naive-cap-s']} s; it had run ${Math.round(ref.sinceLastMs / 1000)} s ` +
          `(without its shadowed-rule search it takes ${Math.round(median(naive.partialSamples))} ms), so the speed-up is a lower bound`,
      );
    } else if (!naive || naive.samples.length === 0)
      notes.push(
        ref.timedOut
          ? `naive reference: no result within ${values['naive-cap-s']} s`
          : `naive reference failed (exit ${ref.exitCode}); see stderr`,
      );
  }
  const row = tierRow(tier, progress, naive?.samples ?? null, naiveFloorMs, run.gcPeakMB);
  results.push({ row, progress, naive, notes });
  console.error(`${tier}: ${JSON.stringify(row)}`);
}

header.push(`re-evaluation measured as: ${engineName || 'unknown (no tier reported)'}`);
console.error(`load average at the end: ${load()}`);
const table = toTable(results, [...header, `load average at the end: ${load()}`]);
// With --json the table still goes to stderr, for the person watching.
if (values.json) {
  process.stdout.write(`${toJson(results)}\n`);
  console.error(`\n${table}`);
} else console.log(table);
