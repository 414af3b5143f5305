// Takes docs/screenshot.png for the README: builds the app, serves it, opens
// an example and photographs the window. Run by hand when the UI changes:
//   npx tsx e2e/support/screenshot.ts [example-file.json] [output.png]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const root = join(import.meta.dirname, '../..');
const example = process.argv[2] ?? 'jumbo-vmotion.json';
const output = process.argv[3] ?? join(root, 'docs/screenshot.png');
const outDir = join(root, '.e2e-dist/screenshot');

await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, host: '127.0.0.1' },
});
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('vite preview did not report its URL');

const debianChromium = '/usr/bin/chromium';
const browser = await chromium.launch(
  existsSync(debianChromium)
    ? { executablePath: debianChromium, args: ['--no-sandbox', '--disable-gpu'] }
    : {},
);
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url);
  await page.waitForFunction(() => window.__vnet !== undefined);
  await page.getByTestId('toolbar.examples').click();
  await page.getByTestId(`examples.${example.replace(/\.json$/, '')}`).click();
  await page.getByTestId('notice').first().waitFor();
  // The "Opened the example" notice is for the user, not for the picture.
  for (const close of await page.getByRole('button', { name: 'Dismiss' }).all()) await close.click();
  await page.getByTestId('save-status').and(page.locator('[data-state="saved"]')).waitFor();
  // Link colours arrive from the evaluator; wait for them when the build has one.
  await page.evaluate(async () => {
    const api = window.__vnet as { whenEvaluated?: () => Promise<void> } | undefined;
    await api?.whenEvaluated?.();
  });
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await new Promise<void>((resolve, reject) => server.httpServer.close((e) => (e ? reject(e) : resolve())));
}
