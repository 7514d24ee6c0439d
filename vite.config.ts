// Build of the static site. The base is relative so one `dist/` works from any sub-path
// (GitHub Pages serves project sites under `/<repo>/`); BASE_PATH pins an absolute one if needed.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { lessonCatalog } from './scripts/lesson-catalog-plugin.ts';

/**
 * `virtual:prelude-image` is the URL of the compiled prelude (see src/runtime/image.ts). The
 * build writes it next to the Worker's chunk under a content hash; the dev server compiles it
 * on request and again after any change under src/runtime (reload the page to use it). The
 * compiler is loaded through tsx on demand, not imported by this config, so a runtime that
 * does not compile breaks only the image, never the dev server.
 */
function preludeImage(): Plugin {
  const VIRTUAL = 'virtual:prelude-image';
  const RESOLVED = '\0' + VIRTUAL;
  const DEV_PATH = '/__prelude-image.json';
  let root = process.cwd();
  let image: Promise<string> | null = null;
  const compile = async (): Promise<string> => {
    const { tsImport } = await import('tsx/esm/api');
    const script = join(root, 'scripts/prelude-image.ts');
    const mod = (await tsImport(script, import.meta.url)) as typeof import('./scripts/prelude-image.ts');
    return mod.buildPreludeImage();
  };
  const get = () => (image ??= compile());
  let serving = false;
  return {
    name: 'prelude-image',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      serving = true;
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(join(root, 'src/runtime'))) image = null;
      });
      server.middlewares.use(DEV_PATH, (_req, res) => {
        get().then(
          (text) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(text);
          },
          (e: unknown) => {
            image = null;
            res.statusCode = 500;
            res.end(`the prelude did not compile: ${e instanceof Error ? e.message : String(e)}`);
          },
        );
      });
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (serving) return `export default new URL(${JSON.stringify(DEV_PATH)}, self.location.origin).href;`;
      const source = await get();
      const name = `prelude-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.json`;
      this.emitFile({ type: 'asset', fileName: `assets/${name}`, source });
      // Chunks and assets share assets/, so the path is relative to the importing chunk.
      return `export default new URL(/* @vite-ignore */ ${JSON.stringify('./' + name)}, import.meta.url).href;`;
    },
  };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [svelte(), preludeImage(), lessonCatalog()],
  // The runtime and Monaco's editor worker are module workers: they import like the page does.
  worker: {
    format: 'es',
    plugins: () => [preludeImage()],
    // The Worker's build waits about a second for the prelude image to compile; that is
    // expected, not a slow plugin to report.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  build: {
    target: 'es2022',
    // Monaco is one lazily loaded chunk of ~3 MB raw; it is expected, not a regression.
    chunkSizeWarningLimit: 4096,
  },
});
