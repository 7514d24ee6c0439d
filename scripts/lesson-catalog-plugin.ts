// The dev server's lesson catalog: see scripts/lesson-catalog.ts. Kept apart from it so that
// vite.config.ts, which imports this, does not load the lesson parser when it starts.
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** Where the generated module lives, from the repository's root. */
const CATALOG_MODULE = 'src/lessons/catalog.generated.ts';

/**
 * In the dev server only: the catalog module rendered from `lessons` (under the root unless
 * given) at each request, and a full page reload whenever a lesson file is added, changed or
 * removed. A lesson that does not parse shows as the dev server's error overlay, with its line.
 * The renderer is loaded through tsx on demand, as the prelude image's compiler is, so a
 * parser that does not compile breaks the lessons only, never the dev server.
 */
export function lessonCatalog(options: { lessons?: string } = {}): Plugin {
  let root = process.cwd();
  let dir = '';
  let target = '';
  return {
    name: 'lesson-catalog',
    apply: 'serve',
    configResolved(config) {
      root = config.root;
      dir = options.lessons ?? join(root, 'lessons');
      target = join(root, CATALOG_MODULE);
    },
    async load(id) {
      if (id.split('?')[0] !== target) return null;
      const { tsImport } = await import('tsx/esm/api');
      const mod = (await tsImport(join(root, 'scripts/lesson-catalog.ts'), import.meta.url)) as typeof import('./lesson-catalog.ts');
      return mod.renderCatalog(dir);
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(dir) || !file.endsWith('.md')) return;
        const mod = server.moduleGraph.getModuleById(target);
        if (mod !== undefined) server.moduleGraph.invalidateModule(mod);
        // The lesson state is built once from the catalog: reload rather than patch it.
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
