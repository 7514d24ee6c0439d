// Builds the site with the project's own vite.config.ts into a scratch folder, and measures
// what it ships: the JavaScript the page needs before first paint, and all of it.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const repoRoot = resolve(import.meta.dirname, '../../..');

export async function buildSite(outDir: string): Promise<void> {
  await build({
    root: repoRoot,
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

export interface ShippedJs {
  /** gzip bytes of the scripts index.html loads (entry and module preloads). */
  initialGzip: number;
  /** gzip bytes of every .js file in the build, workers and lazy chunks included. */
  totalGzip: number;
  files: { file: string; gzip: number; initial: boolean }[];
  /** gzip bytes of the compiled prelude the Worker fetches (data, not script). */
  preludeImageGzip: number;
}

export function measureJs(outDir: string): ShippedJs {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]!),
  );
  const files = listFiles(outDir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({
      file,
      gzip: gzipSync(readFileSync(join(outDir, file))).length,
      initial: initial.has(file),
    }));
  const sum = (xs: { gzip: number }[]) => xs.reduce((n, x) => n + x.gzip, 0);
  const images = listFiles(outDir).filter((f) => /prelude-[0-9a-f]+\.json$/.test(f));
  const preludeImageGzip = sum(images.map((f) => ({ gzip: gzipSync(readFileSync(join(outDir, f))).length })));
  return { initialGzip: sum(files.filter((f) => f.initial)), totalGzip: sum(files), files, preludeImageGzip };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)],
  );
}
