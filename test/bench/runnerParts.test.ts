// The small parts of the benchmark runner: percentiles, the heap's trace,
// the profile summary, fingerprints and the report's JSON shape.
import { describe, expect, it } from 'vitest';
import { heapBeforeGc } from '../../bench/heap';
import { sampleTimes } from '../../bench/measure';
import { fingerprint } from '../../bench/messages';
import { summariseProfile } from '../../bench/profileSummary';
import { tierRow, toJson, toTable } from '../../bench/report';
import { median, percentile } from '../../bench/stats';

describe('percentiles', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 50)).toBe(10);
    expect(median([5])).toBe(5);
    expect(percentile([3, 1, 2], 100)).toBe(3);
  });
});

describe('sampleTimes', () => {
  it('stops at the target count, and at the minimum once the budget is spent', () => {
    let runs = 0;
    const full = sampleTimes(() => runs++, { target: 7, min: 1, budgetMs: 60_000 });
    expect([full.wall.length, full.cpu.length]).toEqual([7, 7]);
    expect(sampleTimes(() => runs++, { target: 7, min: 2, budgetMs: 0 }).wall).toHaveLength(2);
    expect(runs).toBe(9);
  });
});

describe('heapBeforeGc', () => {
  it('reads the heap before each kind of collection', () => {
    const prefix = '[19907:0x39343e20]      267 ms: ';
    expect(
      heapBeforeGc(
        `${prefix}Scavenge 3.9 (4.0) -> 3.5 (5.0) MB, 25.79 / 0.00 ms  (average mu = 1.000) allocation failure;`,
      ),
    ).toBe(3.9);
    expect(
      heapBeforeGc(`${prefix}Mark-Compact (reduce) 310.4 (330.1) -> 120.2 (335.0) MB, 12.0 / 0.0 ms`),
    ).toBe(310.4);
    expect(heapBeforeGc('S: full evaluation × 30')).toBeNull();
  });
});

describe('summariseProfile', () => {
  it('adds self time by function and by file', () => {
    const frame = (functionName: string, url: string) => ({
      functionName,
      url,
      lineNumber: 9,
      columnNumber: 0,
    });
    const summary = summariseProfile({
      nodes: [
        { id: 1, callFrame: frame('walk', 'file:///repo/src/engine/walk.ts'), children: [2] },
        { id: 2, callFrame: frame('shadows', 'file:///repo/src/engine/shadowing.ts'), children: [3] },
        { id: 3, callFrame: frame('', 'file:///repo/src/engine/shadowing.ts') },
      ],
      samples: [1, 2, 2, 3],
      timeDeltas: [1000, 2000, 3000, 4000],
    });
    expect(summary.totalMs).toBe(10);
    expect(summary.byFile.map((s) => [s.label, s.ms])).toEqual([
      ['src/engine/shadowing.ts', 9],
      ['src/engine/walk.ts', 1],
    ]);
    expect(summary.byFunction[0]).toMatchObject({
      label: 'shadows src/engine/shadowing.ts:10',
      ms: 5,
      share: 0.5,
    });
    expect(summary.byFunction.map((s) => s.label)).toContain('(anonymous) src/engine/shadowing.ts:10');
    expect(summary.totalByFunction.map((s) => [s.label, s.ms])).toEqual([
      ['walk src/engine/walk.ts:10', 10],
      ['shadows src/engine/shadowing.ts:10', 9],
    ]);
  });
});

describe('fingerprint', () => {
  it('tells texts apart', () => {
    expect(fingerprint('{"a":1}')).toBe(fingerprint('{"a":1}'));
    expect(fingerprint('{"a":1}')).not.toBe(fingerprint('{"a":2}'));
  });
});

describe('the JSON report', () => {
  it('has exactly the shape of the issue, with null for what was not measured', () => {
    const progress = {
      tier: 'S',
      engine: 'full',
      fingerprint: 'x',
      generateMs: 1,
      validateMs: 1,
      fullSamples: [10, 12, 11],
      localSamples: [1, 2, 3, 4],
      globalSamples: [],
      fullCpu: [9, 9, 9],
      localCpu: [1, 1, 1, 1],
      globalCpu: [],
      heapMB: 40.4,
    };
    const row = tierRow('S', progress, [1100, 1000, 1200], null, 55.6);
    const parsed = JSON.parse(toJson([{ row, progress, naive: null, notes: [] }]));
    expect(parsed).toEqual({
      tiers: [
        {
          tier: 'S',
          fullMs: 11,
          localEditP50Ms: 2,
          localEditP95Ms: 4,
          globalEditP50Ms: null,
          globalEditP95Ms: null,
          naiveMs: 1100,
          speedupVsNaive: 100,
          naiveAtLeastMs: null,
          speedupVsNaiveAtLeast: null,
          heapMB: 56,
        },
      ],
    });
  });

  it('reports a naive run cut off at its cap as a floor, and the speed-up it proves as a lower bound', () => {
    const progress = {
      tier: 'M',
      engine: 'incremental',
      fingerprint: 'x',
      generateMs: 1,
      validateMs: 1,
      fullSamples: [100],
      localSamples: [],
      globalSamples: [],
      fullCpu: [100],
      localCpu: [],
      globalCpu: [],
      heapMB: 10,
    };
    const row = tierRow('M', progress, [], 250_000, 10);
    expect(row).toMatchObject({ naiveMs: null, speedupVsNaive: null, naiveAtLeastMs: 250_000 });
    expect(row.speedupVsNaiveAtLeast).toBe(2500);
    const table = toTable([{ row, progress, naive: null, notes: [] }], []);
    expect(table).toContain('≥ 2500×');
    expect(table).toContain('M speed-up over the naive reference ≥ 50×: ≥ 2500 (lower bound) met');
  });
});
