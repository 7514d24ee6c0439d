// Build of the static site. The base is relative so one `dist/` works from any sub-path
// (GitHub Pages serves project sites under `/<repo>/`); BASE_PATH pins an absolute one if needed.
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [svelte()],
  // The runtime and Monaco's editor worker are module workers: they import like the page does.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco is one lazily loaded chunk of ~3 MB raw; it is expected, not a regression.
    chunkSizeWarningLimit: 4096,
  },
});
