#!/usr/bin/env node
// Runs the shared conformance runner over the shared scenarios and over the
// project's own scenarios (test/scenarios), through `npm run -s check`.
// A clone without ../shared (a laptop checkout) still runs the project's own.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const runner = resolve('../shared/tools/check-scenarios.mjs');
if (!existsSync(runner)) {
  console.log('conformance: ../shared is not next to this checkout; skipped (CI always has it).');
  process.exit(0);
}
const folders = [resolve('../shared/scenarios'), resolve('test/scenarios')].filter((f) => existsSync(f));
let failed = false;
for (const folder of folders) {
  console.log(`conformance: ${folder}`);
  const run = spawnSync(process.execPath, [runner, folder], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
