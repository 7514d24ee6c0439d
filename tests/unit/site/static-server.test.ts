// The browser tests' static server must behave like a Pages host under a sub-path: files with
// the right MIME types (module workers refuse anything but JavaScript), 404 outside the
// sub-path, and nothing served from outside the site's folder.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../e2e/helpers/static-server.ts';

describe('serveStatic', () => {
  let dir: string;
  let site: StaticSite;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pp-site-'));
    mkdirSync(join(dir, 'site', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'site', 'assets', 'editor.worker-abc.js'), 'self.onmessage = () => {};');
    writeFileSync(join(dir, 'site', 'assets', 'index.css'), 'body{}');
    writeFileSync(join(dir, 'secret.txt'), 'outside the site');
    site = await serveStatic(join(dir, 'site'));
  });

  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the site under its sub-path with index.html for the folder', async () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/process-playground\/$/);
    const res = await fetch(site.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>t</title>');
  });

  it('gives workers and stylesheets their MIME types', async () => {
    const js = await fetch(`${site.url}assets/editor.worker-abc.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await fetch(`${site.url}assets/index.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('redirects the bare sub-path and answers 404 for the root and for missing files', async () => {
    const bare = await fetch(site.url.slice(0, -1), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/process-playground/');
    expect((await fetch(new URL('/index.html', site.url))).status).toBe(404);
    expect((await fetch(`${site.url}assets/missing.js`)).status).toBe(404);
  });

  it('serves nothing from outside the site folder', async () => {
    const res = await fetch(`${site.url}..%2Fsecret.txt`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain('outside the site');
  });
});
