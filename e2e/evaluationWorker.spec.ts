import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const scenarios = join(process.cwd(), '../shared/scenarios');
const files = readdirSync(scenarios).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

function cliEvaluation(file: string): { valid: boolean; links?: Record<string, string> } {
  try {
    return JSON.parse(execFileSync('npx', ['tsx', 'src/cli/check.ts', file, '--json'], { encoding: 'utf8' }));
  } catch (error) {
    // Exit codes 1 and 2 still print the JSON result.
    return JSON.parse((error as { stdout: string }).stdout);
  }
}

/** `data-status` of every link drawn on the canvas, by link id. */
function renderedLinkStatuses(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const statuses: Record<string, string> = {};
    for (const el of document.querySelectorAll('[data-testid^="link:"]'))
      statuses[el.getAttribute('data-testid')!.slice('link:'.length)] = el.getAttribute('data-status') ?? '';
    return statuses;
  });
}

test('every scenario: the worker evaluates as the command line does, the canvas colours its links', async ({
  page,
}) => {
  // One command-line run per scenario: slow on a loaded machine, and not what this test measures.
  test.setTimeout(10 * 60_000);
  await page.goto('/');
  await page.waitForFunction(() => window.__vnet?.whenEvaluated !== undefined);
  for (const file of files) {
    const path = join(scenarios, file);
    const expected = cliEvaluation(path);
    if (!expected.valid) continue;
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    expect(await page.evaluate((d) => window.__vnet!.loadDocument(d), doc)).toEqual({ ok: true });
    await page.evaluate(() => (window.__vnet!.whenEvaluated as () => Promise<void>)());
    const shown = await page.evaluate(() => (window.__vnet!.getEvaluation as () => unknown)());
    expect(shown, file).toEqual(expected);
    // The canvas draws every link of every scenario (none has a collapsed host), each coloured as the CLI says.
    await expect.poll(() => renderedLinkStatuses(page), file).toEqual(expected.links);
  }
  expect(
    await page.evaluate(() => (window.__vnet!.evaluatorStats as () => { usesWorker: boolean })().usesWorker),
  ).toBe(true);
});

test('a crashed worker is restarted, says so, and the design is unchanged', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.__vnet?.whenEvaluated !== undefined);
  const doc = JSON.parse(readFileSync(join(scenarios, '02-distributed-switch-trunk.json'), 'utf8'));
  await page.evaluate((d) => window.__vnet!.loadDocument(d), doc);
  await page.evaluate(() => (window.__vnet!.whenEvaluated as () => Promise<void>)());
  const before = await page.evaluate(() => window.__vnet!.getDocument());
  await page.evaluate(() => (window.__vnet!.crashEvaluator as () => void)());
  await expect(page.getByTestId('evaluator-banner')).toContainText('restarted');
  expect(await page.evaluate(() => window.__vnet!.getDocument())).toEqual(before);
  await page.evaluate(() => (window.__vnet!.whenEvaluated as () => Promise<void>)());
  expect(await page.evaluate(() => (window.__vnet!.getEvaluation as () => unknown)())).not.toBeNull();
});
