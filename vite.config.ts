// Build of the static site. The base is relative so one `dist/` works from any sub-path
// (GitHub Pages serves project sites under `/<repo>/`); BASE_PATH pins an absolute one if needed.
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { buildPreludeImage } from './scripts/prelude-image.ts';

/**
 * `virtual:prelude-image` is the URL of the compiled prelude (see src/runtime/image.ts). The
 * build writes it next to the Worker's chunk under a content hash; the dev server serves it
 * from memory. It is compiled once per build or server start: the config depends on the
 * compiler and the prelude, so editing them restarts the dev server with a fresh image.
 */
function preludeImage(): Plugin {
  const VIRTUAL = 'virtual:prelude-image';
  const RESOLVED = '\0' + VIRTUAL;
  const DEV_PATH = '/__prelude-image.json';
  let image: string | null = null;
  const get = () => (image ??= buildPreludeImage());
  let serving = false;
  return {
    name: 'prelude-image',
    configureServer(server) {
      serving = true;
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(get());
      });
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      if (serving) return `export default new URL(${JSON.stringify(DEV_PATH)}, self.location.origin).href;`;
      const source = get();
      const name = `prelude-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.json`;
      this.emitFile({ type: 'asset', fileName: `assets/${name}`, source });
      // Chunks and assets share assets/, so the path is relative to the importing chunk.
      return `export default new URL(${JSON.stringify('./' + name)}, import.meta.url).href;`;
    },
  };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [svelte(), preludeImage()],
  // The runtime and Monaco's editor worker are module workers: they import like the page does.
  worker: { format: 'es', plugins: () => [preludeImage()] },
  build: {
    target: 'es2022',
    // Monaco is one lazily loaded chunk of ~3 MB raw; it is expected, not a regression.
    chunkSizeWarningLimit: 4096,
  },
});
