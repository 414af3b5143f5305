// Where the evaluator spends its time on a generated design:
//   node --enable-source-maps --import tsx bench/profile.ts [--tier L] [--seed 1] [--runs 1] [-o l.cpuprofile]
// Profiles only the evaluations (not generation) through the inspector, like
// `node --cpu-prof` would, and prints self time by function and by file, with
// source lines mapped back to the TypeScript when source maps are enabled. The
// .cpuprofile opens in Chrome DevTools (Performance) or speedscope.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate } from '../src/engine/index';
import { generateDesign } from './generate';
import { formatSummary, summariseProfile, type CallFrame, type CpuProfile } from './profileSummary';
import { isTierName } from './tiers';

const { values } = parseArgs({
  options: {
    tier: { type: 'string', default: 'L' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string', short: 'o' },
  },
});
const tier = values.tier;
if (!isTierName(tier)) throw new Error(`unknown tier ${tier}`);
const design = generateDesign(tier, Number(values.seed));
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 1000 });
await session.post('Profiler.start');
const started = performance.now();
for (let i = 0; i < Number(values.runs); i++) evaluate(design);
const elapsed = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const out = values.out ?? join(tmpdir(), `vnet-${tier}-${Date.now()}.cpuprofile`);
writeFileSync(out, JSON.stringify(profile));
console.log(
  `tier ${tier}: ${values.runs} evaluation(s) in ${elapsed.toFixed(0)} ms; profile written to ${out}`,
);
console.log(formatSummary(summariseProfile(profile as CpuProfile, sourceLine)));

function sourceLine(frame: CallFrame): string | null {
  if (!frame.url.startsWith('file://')) return null;
  const entry = findSourceMap(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
  if (!entry || !('originalSource' in entry)) return null;
  const source = entry.originalSource.replace(/^.*?\/(src|bench|test)\//, '$1/');
  return `${source}:${entry.originalLine + 1}`;
}
