// Seeded generators of realistic vSphere designs for the benchmark tiers (or
// any size): generateDesign('L', 1) is the same document on every run.
//
// CLI: npx tsx bench/generate.ts --tier L --seed 1 -o l.json
//      npx tsx bench/generate.ts --hosts 40 --vms 1200 --rules 3000 --flows 200 -o custom.json
import { runGenerateCli } from './generateCli';

export { generate, generateDesign, type Generated } from './design';

const invokedDirectly = /[\\/]bench[\\/]generate\.ts$/.test(process.argv[1] ?? '');
if (invokedDirectly) process.exitCode = runGenerateCli(process.argv.slice(2));
