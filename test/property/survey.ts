// A survey, not a test: draws many designs, compares engine and reference, and
// prints the differences grouped by kind, each with its smallest example.
//   npx tsx test/property/survey.ts [runs=300] [seed=1] [random|layer-2|routing] [--docs]
import fc from 'fast-check';
import { evaluate } from '../../src/engine/index';
import { referenceEvaluate } from '../reference/index';
import { ARBITRARIES } from './arbitraries';
import { compare, newTally } from './compare';

const [runs = '300', seed = '1', which = 'random'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const chosen = ARBITRARIES.find((a) => a.name.startsWith(which)) ?? ARBITRARIES[0];
if (!chosen) throw new Error('no arbitraries');
const tally = newTally();
const kinds = new Map<string, { count: number; example: string; size: number; doc: string }>();
for (const doc of fc.sample(chosen.arbitrary, { numRuns: Number(runs), seed: Number(seed) })) {
  const text = JSON.stringify(doc);
  for (const line of compare(doc, evaluate(doc), referenceEvaluate(doc), tally)) {
    const kind = line
      .replace(/\[[^\]]*\]/g, '[…]')
      .replace(/\b(vm|esx|r|pg|f|c|tor|fw|dvs|vss)[\w.-]*/g, '#')
      .slice(0, 120);
    const seen = kinds.get(kind);
    if (!seen) kinds.set(kind, { count: 1, example: line, size: text.length, doc: text });
    else {
      seen.count++;
      if (text.length < seen.size) Object.assign(seen, { example: line, size: text.length, doc: text });
    }
  }
}
console.log(
  `${chosen.name}: compared ${tally.flowsCompared} flows (${tally.flowsOpen} open), ` +
    `${tally.problemsCompared} problems, ${tally.linksCompared} links (${tally.linksOpen} open)`,
);
console.log(
  [...tally.problemsByCode]
    .sort()
    .map(([code, n]) => `${code} ${n}`)
    .join(', '),
);
for (const [kind, k] of [...kinds].sort((a, b) => b[1].count - a[1].count))
  console.log(
    `\n${k.count} × ${kind}\n  ${k.example}${process.argv.includes('--docs') ? `\n  ${k.doc}` : ''}`,
  );
