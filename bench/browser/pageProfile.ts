// A CPU profile of the page's main thread (Chrome DevTools Protocol), with
// its frames mapped back to source lines through the build's source maps, so
// that the page's share of an edit can be attributed by function and file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatSummary, summariseProfile, type CallFrame, type CpuProfile } from '../profileSummary';
import { readSourceMap, type SourcePosition } from './sourceMap';

export interface PageProfiler {
  /** Stops profiling and returns the profile as V8 recorded it. */
  stop: () => Promise<CpuProfile>;
}

/** Starts sampling the page's main thread every `intervalUs` microseconds. */
export async function startPageProfile(page: Page, intervalUs = 200): Promise<PageProfiler> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.send('Profiler.stop');
      await session.detach();
      return profile as CpuProfile;
    },
  };
}

type Lookup = (line: number, column: number) => SourcePosition | null;

/**
 * The profile with every frame of the bundle in `outDir` pointing at its source instead
 * ("/src/canvas/toFlow.ts", its line, and its original name where the map has one), so that
 * the summary groups by source file and the saved .cpuprofile reads the same in DevTools.
 */
export function mapProfileToSources(profile: CpuProfile, outDir: string): CpuProfile {
  const maps = new Map<string, Lookup | null>();
  const lookupOf = (url: string): Lookup | null => {
    const path = new URL(url).pathname;
    if (!maps.has(path)) {
      const file = join(outDir, `${path}.map`);
      maps.set(path, existsSync(file) ? readSourceMap(readFileSync(file, 'utf8')) : null);
    }
    return maps.get(path) ?? null;
  };
  const mapFrame = (frame: CallFrame): CallFrame => {
    if (!frame.url.startsWith('http')) return frame;
    const at = lookupOf(frame.url)?.(frame.lineNumber, frame.columnNumber);
    if (!at) return frame;
    const source = at.source.includes('node_modules/')
      ? at.source.slice(at.source.lastIndexOf('node_modules/'))
      : `/${at.source}`;
    return {
      functionName: at.name ?? frame.functionName,
      url: source,
      lineNumber: at.line,
      columnNumber: 0,
    };
  };
  return {
    ...profile,
    nodes: profile.nodes.map((node) => ({ ...node, callFrame: mapFrame(node.callFrame) })),
  };
}

/** Self and total time by function and by source file. */
export const describePageProfile = (profile: CpuProfile, top = 30): string =>
  formatSummary(summariseProfile(profile, () => null, top));
