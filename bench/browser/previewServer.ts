// A production build of the app served by `vite preview` on a free port, for
// the browser benchmark: the same build the end-to-end tests use.
import { join } from 'node:path';
import { build, preview } from 'vite';

export interface PreviewServer {
  url: string;
  /** Where the build is: its source maps (hidden: the page never loads them) let a profile name source lines. */
  outDir: string;
  stop: () => Promise<void>;
}

export async function startPreview(rebuild: boolean): Promise<PreviewServer> {
  const root = join(import.meta.dirname, '../..');
  const outDir = join(root, '.e2e-dist/bench-recolour');
  if (rebuild)
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: 'hidden' } });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview did not report its URL');
  }
  return { url, outDir, stop: () => server.close() };
}
