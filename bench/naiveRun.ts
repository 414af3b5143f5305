// The tests' naive reference evaluator (test/reference) on a tier's design,
// run by bench/run.ts in a child process that it kills at its time cap:
//   node --import tsx bench/naiveRun.ts --tier M [--seed 1]
// Reports a NaiveProgress over IPC after every run. It first times the
// reference without its brute-force shadowed-rule search, which finishes
// where the whole may not: a floor under the whole run's time.
import { parseArgs } from 'node:util';
import { referenceEvaluate } from '../test/reference/index';
import { generateDesign } from './generate';
import { fingerprint, type NaiveProgress } from './messages';
import { isTierName } from './tiers';

/** Repeat while the runs so far took less than this, up to MAX_RUNS; report the median. */
const REPEAT_WITHIN_MS = 20_000;
const MAX_RUNS = 5;

const { values } = parseArgs({
  options: { tier: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
const tier = values.tier ?? '';
if (!isTierName(tier)) throw new Error(`unknown tier ${JSON.stringify(tier)}`);
const design = generateDesign(tier, Number(values.seed));
const progress: NaiveProgress = {
  fingerprint: fingerprint(JSON.stringify(design)),
  samples: [],
  partialSamples: [],
  phase: 'partial',
};

function repeat(into: number[], run: () => void): void {
  let spent = 0;
  while (into.length < MAX_RUNS && (into.length === 0 || spent < REPEAT_WITHIN_MS)) {
    process.send?.(progress);
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    spent += ms;
    into.push(ms);
  }
  process.send?.(progress);
}

repeat(progress.partialSamples, () => referenceEvaluate(design, { shadowing: false }));
progress.phase = 'whole';
repeat(progress.samples, () => referenceEvaluate(design));
console.error(`${tier}: naive reference × ${progress.samples.length}`);
