// Edit → recolour latency in Chromium: for every example design and a
// generated 500-VM design, click what-if toggles on the canvas (VMs' power,
// else host NICs) and time from the click to the moment the affected link changes its
// `data-status` in the DOM (command, store, patch to the worker, evaluation,
// result back, React render). A benchmark, not a test: it prints a table.
//
//   npx tsx bench/browser/recolour.ts [--edits 20] [--big-edits 10] [--no-build]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { VnetApi } from '../../src/app/testApi';
import type { Design } from '../../src/model/types';
import { generateDesign } from '../generate';
import { percentile, roundMs } from '../stats';
import { findTargets, loadAndSettle, timeToggle } from './measure';
import { startPreview } from './previewServer';

export type { VnetApi };

interface Options {
  edits: number;
  bigEdits: number;
  build: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    const n = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number`);
    return n;
  };
  return {
    edits: value('--edits', 20),
    bigEdits: value('--big-edits', 10),
    build: !argv.includes('--no-build'),
  };
}

interface Case {
  name: string;
  doc: Design;
  edits: number;
}

function cases(options: Options): Case[] {
  const dir = join(process.cwd(), 'public/examples');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string }[];
  const examples = index
    .filter((entry) => existsSync(join(dir, entry.file)))
    .map((entry) => ({
      name: entry.file.replace(/\.json$/, ''),
      doc: JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as Design,
      edits: options.edits,
    }));
  // Tier M of bench/tiers.ts: 20 hosts, 500 VMs, 2,000 rules, 100 flows.
  return [
    ...examples,
    { name: 'generated M (500 VMs)', doc: generateDesign('M', 1), edits: options.bigEdits },
  ];
}

interface Row {
  name: string;
  vms: number;
  links: number;
  samples: number[];
  /** The worker's own evaluation time for the same edits. */
  evaluations: number[];
  missed: number;
}

const CHROMIUM = '/usr/bin/chromium';

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const server = await startPreview(options.build);
  const browser = await chromium.launch(
    existsSync(CHROMIUM) ? { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] } : {},
  );
  const rows: Row[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__vnet?.whenEvaluated !== undefined);
    for (const { name, doc, edits } of cases(options)) {
      await loadAndSettle(page, doc);
      // Each toggle is clicked twice (off, back on): two samples, and the design ends as it began.
      const targets = await findTargets(page, Math.ceil(edits / 2));
      const row: Row = { name, vms: doc.vms?.length ?? 0, links: 0, samples: [], evaluations: [], missed: 0 };
      row.links = await page.locator('[data-testid^="link:"]').count();
      for (let i = 0; row.samples.length + row.missed < edits && targets.length > 0; i++) {
        const target = targets[Math.floor(i / 2) % targets.length]!;
        const { recolourMs, evaluationMs } = await timeToggle(page, target);
        if (recolourMs === null) row.missed++;
        else row.samples.push(recolourMs);
        if (evaluationMs !== null) row.evaluations.push(evaluationMs);
      }
      rows.push(row);
      console.error(`${name}: ${row.samples.length} edits timed`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  printTable(rows);
}

function printTable(rows: readonly Row[]): void {
  const header = [
    'design',
    'VMs',
    'links drawn',
    'edits',
    'median ms',
    'p95 ms',
    'worker eval median ms',
    'missed',
  ];
  const stat = (samples: readonly number[], p: number) =>
    samples.length ? String(roundMs(percentile(samples, p))) : '-';
  const lines = rows.map((r) => [
    r.name,
    String(r.vms),
    String(r.links),
    String(r.samples.length),
    stat(r.samples, 50),
    stat(r.samples, 95),
    stat(r.evaluations, 50),
    String(r.missed),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}

await main();
