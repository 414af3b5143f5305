// `npx tsx bench/generate.ts --tier L --seed 1 -o l.json`: writes a generated
// design to a file (or stdout), for the browser benchmarks and the canvas.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generate } from './design';
import { isTierName, type Size, type TierName } from './tiers';

const USAGE =
  'usage: tsx bench/generate.ts (--tier S|M|L|XL | --hosts N --vms N --rules N --flows N) [--seed N] [-o FILE]';

export function runGenerateCli(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      tier: { type: 'string' },
      hosts: { type: 'string' },
      vms: { type: 'string' },
      rules: { type: 'string' },
      flows: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const size = sizeFrom(values);
  const seed = Number(values.seed);
  if (!size || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  const { design, faults } = generate(size, seed);
  const text = `${JSON.stringify(design, null, 1)}\n`;
  if (values.out) {
    writeFileSync(values.out, text);
    console.error(`wrote ${values.out}: ${(text.length / 1e6).toFixed(1)} MB`);
  } else process.stdout.write(text);
  for (const f of faults) console.error(`fault ${f.code}: ${f.description}`);
  return 0;
}

function sizeFrom(values: Record<string, string | boolean | undefined>): TierName | Size | null {
  const tier = values.tier;
  if (typeof tier === 'string') return isTierName(tier) ? tier : null;
  const n = (key: string) => Number(values[key]);
  const size = { hosts: n('hosts'), vms: n('vms'), rules: n('rules'), flows: n('flows') };
  return Object.values(size).every((v) => Number.isInteger(v) && v > 0) ? size : null;
}
