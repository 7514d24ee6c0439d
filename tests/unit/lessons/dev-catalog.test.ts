// The dev server serves the lesson catalog from the Markdown, not from the committed file, and
// reloads the page when a lesson changes: a teacher editing a lesson sees it at once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { lessonCatalog } from '../../../scripts/lesson-catalog-plugin.ts';

const root = join(import.meta.dirname, '../../..');
const CATALOG = '/src/lessons/catalog.generated.ts';

const lesson = (title: string) => `---\ntitle: ${title}\nsummary: One line.\n---\n\n## A step\n\nSome text.\n`;

let server: ViteDevServer | null = null;
let dir = '';

afterEach(async () => {
  await server?.close();
  server = null;
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

async function serve(): Promise<{ server: ViteDevServer; reloads: unknown[] }> {
  dir = mkdtempSync(join(tmpdir(), 'lessons-'));
  writeFileSync(join(dir, '01-first.md'), lesson('The first version'));
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [lessonCatalog({ lessons: dir })],
    server: { middlewareMode: true, hmr: false },
  });
  const reloads: unknown[] = [];
  const send = server.ws.send.bind(server.ws);
  server.ws.send = ((payload: unknown, ...rest: unknown[]) => {
    reloads.push(payload);
    return (send as (...a: unknown[]) => void)(payload, ...rest);
  }) as typeof server.ws.send;
  return { server, reloads };
}

async function until(pred: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!pred()) {
    if (Date.now() - start > 5000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the dev server lesson catalog', () => {
  it('renders the lessons from their Markdown and reloads the page when one changes', async () => {
    const { server, reloads } = await serve();
    const first = await server.transformRequest(CATALOG);
    expect(first?.code).toContain('The first version');
    expect(first?.code).not.toContain('A process that remembers');

    writeFileSync(join(dir, '01-first.md'), lesson('The edited version'));
    await until(() => reloads.some((r) => (r as { type?: string }).type === 'full-reload'), 'a page reload');
    const edited = await server.transformRequest(CATALOG);
    expect(edited?.code).toContain('The edited version');

    writeFileSync(join(dir, '02-second.md'), lesson('A new lesson'));
    await until(() => reloads.length >= 2, 'a reload for the new lesson');
    expect((await server.transformRequest(CATALOG))?.code).toContain('A new lesson');
  }, 30_000);

  it('reports a lesson that does not parse with its file and line', async () => {
    const { server } = await serve();
    writeFileSync(join(dir, '01-first.md'), `${lesson('Broken')}\n\`\`\`check\nno-such-check: never\n\`\`\`\n`);
    await expect(server.transformRequest(CATALOG)).rejects.toThrow(/01-first\.md:\d+: unknown check "no-such-check"/);
  }, 30_000);
});
