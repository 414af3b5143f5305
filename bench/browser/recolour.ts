// Edit → recolour latency in Chromium: for every example design and a
// generated design of a benchmark tier (M by default: 500 VMs), click what-if
// toggles on the canvas (VMs' power, else host NICs) and time from the click
// to the moment the affected link changes its `data-status` in the DOM
// (command, store, patch to the worker, evaluation, result back, React
// render). Each edit's time is split into the worker's own evaluation time and
// the rest, the page's share. For the generated design it also times the
// first paint (navigation → design loaded → nodes on screen). A benchmark,
// not a test: it prints tables.
//
//   npx tsx bench/browser/recolour.ts [--edits 20] [--big-edits 10] [--tier M|L|XL] [--no-examples] [--no-build]
//                                     [--profile out.cpuprofile]
//
// --profile samples the page's main thread during the generated design's edits (not its load),
// writes the profile with frames mapped to source lines (DevTools or speedscope open it), and
// prints self time by function and by source file. Sampling slows the page: the times printed
// with it are not the benchmark's.
//
// Tier L (100 hosts, 5,000 VMs) opens with its hosts collapsed; the benchmark expands two of them
// so that VM toggles are on screen, as an admin would before trying a what-if.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { VnetApi } from '../../src/app/testApi';
import type { Design } from '../../src/model/types';
import { generateDesign } from '../generate';
import { percentile, roundMs } from '../stats';
import { isTierName, TIERS, type TierName } from '../tiers';
import { measureFirstPaint, type FirstPaint } from './firstPaint';
import { expandHosts, findTargets, loadAndSettle, timeToggle } from './measure';
import { describePageProfile, mapProfileToSources, startPageProfile } from './pageProfile';
import { startPreview } from './previewServer';

export type { VnetApi };

interface Options {
  edits: number;
  bigEdits: number;
  tier: TierName;
  examples: boolean;
  build: boolean;
  /** Where to write a CPU profile of the generated design's edits. */
  profile: string | null;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (flag: string, fallback: number) => {
    const i = argv.indexOf(flag);
    const n = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive whole number`);
    return n;
  };
  const tierAt = argv.indexOf('--tier');
  const tier = tierAt >= 0 ? argv[tierAt + 1] : 'M';
  if (!tier || !isTierName(tier)) throw new Error('--tier needs one of S, M, L, XL');
  const profileAt = argv.indexOf('--profile');
  const profile = profileAt >= 0 ? argv[profileAt + 1] : null;
  if (profile === undefined || profile?.startsWith('--')) throw new Error('--profile needs a file name');
  return {
    edits: value('--edits', 20),
    bigEdits: value('--big-edits', 10),
    tier,
    examples: !argv.includes('--no-examples'),
    build: !argv.includes('--no-build'),
    profile,
  };
}

interface Case {
  name: string;
  doc: Design;
  edits: number;
  /** Collapsed hosts to expand before picking toggles. */
  expand: number;
  /** Profile the edits: the profile goes here, mapped through the build in `outDir`. */
  profile?: { file: string; outDir: string };
}

function exampleCases(options: Options): Case[] {
  const dir = join(process.cwd(), 'public/examples');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string }[];
  return index
    .filter((entry) => existsSync(join(dir, entry.file)))
    .map((entry) => ({
      name: entry.file.replace(/\.json$/, ''),
      doc: JSON.parse(readFileSync(join(dir, entry.file), 'utf8')) as Design,
      edits: options.edits,
      expand: 0,
    }));
}

function generatedCase(options: Options): Case {
  const size = TIERS[options.tier];
  return {
    name: `generated ${options.tier} (${size.vms} VMs)`,
    doc: generateDesign(options.tier, 1),
    edits: options.bigEdits,
    expand: 2,
  };
}

interface Row {
  name: string;
  vms: number;
  links: number;
  /** Click → recolour, per edit. */
  samples: number[];
  /** The worker's own evaluation time for the same edits, where it reported one. */
  evaluations: number[];
  /** Click → recolour minus the worker's evaluation: command, patch, messages, store, React. */
  rest: number[];
  missed: number;
}

const CHROMIUM = '/usr/bin/chromium';

async function timeEdits(browser: Browser, url: string, c: Case): Promise<Row> {
  const { name, doc, edits, expand } = c;
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__vnet?.whenEvaluated !== undefined);
    await loadAndSettle(page, doc);
    if (expand > 0) await expandHosts(page, expand);
    // Each toggle is clicked twice (off, back on): two samples, and the design ends as it began.
    const targets = await findTargets(page, Math.ceil(edits / 2));
    const row: Row = {
      name,
      vms: doc.vms?.length ?? 0,
      links: 0,
      samples: [],
      evaluations: [],
      rest: [],
      missed: 0,
    };
    row.links = await page.locator('[data-testid^="link:"]').count();
    const profiler = c.profile ? await startPageProfile(page) : null;
    for (let i = 0; row.samples.length + row.missed < edits && targets.length > 0; i++) {
      const target = targets[Math.floor(i / 2) % targets.length]!;
      const { recolourMs, evaluationMs } = await timeToggle(page, target);
      if (recolourMs === null) row.missed++;
      else row.samples.push(recolourMs);
      if (evaluationMs !== null) row.evaluations.push(evaluationMs);
      if (recolourMs !== null && evaluationMs !== null) row.rest.push(recolourMs - evaluationMs);
    }
    console.error(`${name}: ${row.samples.length} edits timed`);
    if (profiler && c.profile) {
      const profile = mapProfileToSources(await profiler.stop(), c.profile.outDir);
      writeFileSync(c.profile.file, JSON.stringify(profile));
      console.log(`Profile of ${name}'s edits (written to ${c.profile.file}):`);
      console.log(describePageProfile(profile));
      console.log('');
    }
    return row;
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const server = await startPreview(options.build);
  const browser = await chromium.launch(
    existsSync(CHROMIUM) ? { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] } : {},
  );
  const rows: Row[] = [];
  let paint: { name: string; result: FirstPaint };
  try {
    const generated = generatedCase(options);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const firstNode = generated.doc.hosts?.[0]?.id ?? '';
    paint = {
      name: generated.name,
      result: await measureFirstPaint(page, server.url, JSON.stringify(generated.doc), firstNode),
    };
    await page.close();
    console.error(`${generated.name}: first paint timed`);
    if (options.profile) generated.profile = { file: options.profile, outDir: server.outDir };
    for (const c of [...(options.examples ? exampleCases(options) : []), generated])
      rows.push(await timeEdits(browser, server.url, c));
  } finally {
    await browser.close();
    await server.stop();
  }
  printFirstPaint(paint.name, paint.result);
  printTable(rows);
}

function printFirstPaint(name: string, p: FirstPaint): void {
  const ms = (n: number) => String(roundMs(n));
  console.log(`First paint of ${name}:`);
  console.log(`  navigation → app ready       ${ms(p.appReadyMs)} ms`);
  console.log(`  load (fetch, parse, validate, render) → nodes painted  ${ms(p.loadToPaintMs)} ms`);
  console.log(`  navigation → nodes painted   ${ms(p.navigationToPaintMs)} ms`);
  console.log(`  nodes painted → first colours ${ms(p.paintToColoursMs)} ms`);
  console.log(`  drawn at first paint: ${p.nodesDrawn} nodes, ${p.edgesDrawn} links`);
  console.log('');
}

function printTable(rows: readonly Row[]): void {
  const header = [
    'design',
    'VMs',
    'links drawn',
    'edits',
    'p50 ms',
    'p75 ms',
    'p95 ms',
    'worker eval p50/p75',
    'rest p50/p75',
    'missed',
  ];
  const stat = (samples: readonly number[], p: number) =>
    samples.length ? String(roundMs(percentile(samples, p))) : '-';
  const pair = (samples: readonly number[]) => `${stat(samples, 50)} / ${stat(samples, 75)}`;
  const lines = rows.map((r) => [
    r.name,
    String(r.vms),
    String(r.links),
    String(r.samples.length),
    stat(r.samples, 50),
    stat(r.samples, 75),
    stat(r.samples, 95),
    pair(r.evaluations),
    pair(r.rest),
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
