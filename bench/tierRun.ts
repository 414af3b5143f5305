// One tier of the benchmark, run by bench/run.ts in a child process of its
// own (a clean heap per tier, and a cap the runner can enforce):
//   node --expose-gc --trace-gc --import tsx bench/tierRun.ts --tier L [--seed 1] [--edits 20] [--budget-s 600]
// Reports a TierProgress over IPC after every phase.
import { parseArgs } from 'node:util';
import * as engine from '../src/engine/index';
import { formatError, validateDesign } from '../src/model/validate';
import type { Design } from '../src/model/types';
import { chooseAdapter, type DesignEdit, type EngineAdapter } from './engineAdapter';
import { DesignEditor, GLOBAL_EDITS, LOCAL_EDITS, type EditKind } from './edits';
import { generateDesign } from './generate';
import { HeapSampler } from './heap';
import { sampleTimes, timeOnce, type Samples } from './measure';
import { fingerprint, type TierProgress } from './messages';
import { Rng } from './prng';
import { isTierName } from './tiers';

/** Full evaluations aim for this much measured time; more runs for small tiers. */
const FULL_TARGET_MS = 20_000;
/** Past this, JIT warm-up is noise: the warm-up run counts as a sample. */
const SLOW_MS = 20_000;
const WARM_UP_MS = 15_000;
/**
 * Edits applied untimed before the timed ones: the first edits of a session
 * run the incremental paths cold (interpreted, not yet optimised), as the
 * warm-up runs do for full evaluation.
 */
const WARM_UP_EDITS = 4;

const { values } = parseArgs({
  options: {
    tier: { type: 'string' },
    seed: { type: 'string', default: '1' },
    edits: { type: 'string', default: '20' },
    'budget-s': { type: 'string', default: '600' },
  },
});
const tier = values.tier ?? '';
if (!isTierName(tier)) throw new Error(`unknown tier ${JSON.stringify(tier)}`);
const seed = Number(values.seed);
const editCount = Number(values.edits);
const phaseBudgetMs = (Number(values['budget-s']) * 1000) / 3;

const heap = new HeapSampler();
const send = (p: TierProgress) => process.send?.(p);

let design!: Design;
const generateMs = timeOnce(() => (design = generateDesign(tier, seed))).wall;
heap.sample();
let validation!: ReturnType<typeof validateDesign>;
const validateMs = timeOnce(() => (validation = validateDesign(design))).wall;
if (!validation.ok)
  throw new Error(
    `generated ${tier} is invalid: ${validation.errors.slice(0, 5).map(formatError).join('; ')}`,
  );
const adapter = chooseAdapter(engine);
const progress: TierProgress = {
  tier,
  engine: adapter.name,
  fingerprint: fingerprint(JSON.stringify(design)),
  generateMs,
  validateMs,
  fullSamples: [],
  localSamples: [],
  globalSamples: [],
  fullCpu: [],
  localCpu: [],
  globalCpu: [],
  heapMB: heap.peakMB,
};
const report = () => {
  progress.heapMB = heap.peakMB;
  send(progress);
};
report();
console.error(
  `${tier}: generated in ${generateMs.toFixed(0)} ms, validated in ${validateMs.toFixed(0)} ms; ${adapter.name}`,
);

// `full` is a from-scratch evaluation by contract, so the same document can be evaluated again.
// Warm-up: evaluations get markedly faster over the first few runs (JIT tiers, heap sizing), so
// warm up with at least two runs (one past SLOW_MS), and up to five within WARM_UP_MS.
let warmUp = timeOnce(() => adapter.full(design));
for (
  let spent = warmUp.wall, runs = 1;
  runs < 5 && (runs < 2 || spent < WARM_UP_MS);
  runs++, spent += warmUp.wall
) {
  if (warmUp.wall >= SLOW_MS) break;
  warmUp = timeOnce(() => adapter.full(design));
}
heap.sample();
const slow = warmUp.wall >= SLOW_MS;
const fullTarget = Math.min(30, Math.max(3, Math.round(FULL_TARGET_MS / warmUp.wall)));
const full = sampleTimes(
  () => adapter.full(design),
  {
    target: slow ? fullTarget - 1 : fullTarget,
    min: slow ? 0 : 1,
    budgetMs: phaseBudgetMs - (slow ? warmUp.wall : 0),
  },
  () => heap.sample(),
);
progress.fullSamples = [...(slow ? [warmUp.wall] : []), ...full.wall];
progress.fullCpu = [...(slow ? [warmUp.cpu] : []), ...full.cpu];
report();
console.error(`${tier}: full evaluation × ${progress.fullSamples.length}`);

const local = measureEdits(adapter, LOCAL_EDITS, new Rng(seed + 1));
[progress.localSamples, progress.localCpu] = [local.wall, local.cpu];
report();
console.error(`${tier}: local edits × ${progress.localSamples.length}`);
const global = measureEdits(adapter, GLOBAL_EDITS, new Rng(seed + 2));
[progress.globalSamples, progress.globalCpu] = [global.wall, global.cpu];
report();
console.error(`${tier}: global edits × ${progress.globalSamples.length}`);

/** Edits of the kinds given, in turn, each building on the last; only bringing the result up to date is timed. */
function measureEdits(adapter: EngineAdapter, kinds: readonly EditKind[], rng: Rng): Samples {
  const editor = new DesignEditor(design, rng);
  const session = adapter.open(design);
  let made = 0;
  let pending: DesignEdit = editor.next(kinds[made++ % kinds.length]!);
  const apply = () => {
    const result = session.apply(pending);
    // A cheap guard that the adapter returned a whole result for the edited document.
    if (result.flows.length !== (pending.doc.flows ?? []).length)
      throw new Error(`${pending.kind}: incomplete result`);
  };
  for (let k = 0; k < WARM_UP_EDITS; k++) {
    apply();
    pending = editor.next(kinds[made++ % kinds.length]!);
  }
  return sampleTimes(
    apply,
    { target: editCount, min: Math.min(3, editCount), budgetMs: phaseBudgetMs },
    () => {
      heap.sample();
      pending = editor.next(kinds[made++ % kinds.length]!);
    },
  );
}
