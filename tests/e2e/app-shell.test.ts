// The built site in a real Chromium, served under a sub-path like GitHub Pages: the shell
// paints its four regions, Monaco loads lazily, the buffer survives a reload, and nothing on
// the way logs an error or fails a request.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSite, measureJs, repoRoot, type ShippedJs } from './helpers/build-site.ts';
import { serveStatic, type StaticSite } from './helpers/static-server.ts';
import { browserRequired, findChromium, launchChromium, skipBanner, type LaunchedBrowser } from './helpers/chromium.ts';

const chromiumPath = findChromium();
const resultsDir = join(repoRoot, 'test-results');
const siteDir = join(resultsDir, 'site');

if (!chromiumPath) {
  console.warn(`\n${skipBanner()}\n`);
  if (browserRequired) {
    it('has a Chromium to run the browser tests (REQUIRE_BROWSER=1)', () => {
      expect.fail(`REQUIRE_BROWSER=1 but no Chromium was found.\n${skipBanner()}`);
    });
  }
}

describe.skipIf(!chromiumPath)('the app shell in Chromium', () => {
  let site: StaticSite;
  let browser: LaunchedBrowser;
  let shipped: ShippedJs;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    await buildSite(siteDir);
    shipped = measureJs(siteDir);
    site = await serveStatic(siteDir);
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** A fresh page that records anything that went wrong while it was open. */
  async function openPage(colorScheme: 'light' | 'dark' = 'light', firstVisit = false): Promise<Page> {
    problems = [];
    page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    // All tests share one profile; a first visit must not see what earlier tests saved.
    if (firstVisit) await page.addInitScript(() => localStorage.clear());
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
      // Monaco falls back to running its worker on the main thread, with a warning, when the
      // worker script cannot load: that is a broken build even though nothing errors.
      if (m.type() === 'warning' && /web worker/i.test(m.text())) problems.push(`worker warning: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.goto(site.url);
    await lessonPaneLive();
    return page;
  }

  /** The static lesson from index.html gives way to the live pane once the lesson code loads. */
  const lessonPaneLive = () => page.locator('#lesson').getByRole('button', { name: 'All lessons' }).waitFor();

  /** The editor's visible lines (Monaco renders only those), with its non-breaking spaces undone. */
  const editorText = () =>
    page.evaluate(() =>
      (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replaceAll('\u00a0', ' '),
    );

  /**
   * Reloads once the lazy loads (Monaco, its font) are done: a reload in the middle of them
   * aborts a request, which the test would rightly count as a failure.
   */
  async function reloadWhenSettled(): Promise<void> {
    await page.locator('.monaco-editor .view-lines').waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.reload();
  }

  afterEach(async () => {
    // Let lazy loads finish first: closing the page would abort them and blame the page.
    await page?.waitForLoadState('networkidle').catch(() => {});
    await page?.close();
    expect(problems).toEqual([]);
  });

  // First, so that it measures a fresh profile with an empty cache.
  it('paints the lesson before Monaco loads, and loads Monaco lazily', async () => {
    await openPage();
    await page.locator('.monaco-editor .view-lines').waitFor();
    const timing = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const monaco = performance
        .getEntriesByType('resource')
        .find((e) => /\/assets\/monaco-[^/]+\.js$/.test(e.name)) as PerformanceResourceTiming | undefined;
      return { fcp: fcp?.startTime ?? null, monacoRequested: monaco?.startTime ?? null };
    });
    expect(timing.fcp).not.toBeNull();
    expect(timing.monacoRequested).not.toBeNull();
    expect(timing.monacoRequested!).toBeGreaterThanOrEqual(timing.fcp!);
    expect(shipped.files.filter((f) => f.initial && /monaco/.test(f.file))).toEqual([]);
    // The lesson machinery (state machines, lesson texts) loads after first paint too; the page
    // paints the first lesson from index.html. Budgets: 60 KB before paint, 1.1 MB in all.
    expect(shipped.files.filter((f) => f.initial && /lessons/.test(f.file))).toEqual([]);
    expect(shipped.initialGzip).toBeLessThan(60_000);
    expect(shipped.totalGzip).toBeLessThan(1_100_000);
    // The prelude comes compiled, as data the Worker fetches: one image (the stdlib and OTP in
    // Elixir, some 130 KB gzip), counted with the rest.
    expect(shipped.preludeImageGzip).toBeGreaterThan(0);
    expect(shipped.totalGzip + shipped.preludeImageGzip).toBeLessThan(1_225_000);
    await expect.poll(() => editorText()).toContain('defmodule Counter');
    // Monaco starts its worker on demand: asking for completions makes it compute word-based
    // suggestions there, so a worker that failed to load would show here.
    // The editor runs without a worker of its own: typing and finding start none, and Monaco
    // does not fall back to one on the main thread (its warning would be counted above).
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.type('x');
    await page.keyboard.press('Control+f');
    await page.locator('.monaco-editor .find-widget').waitFor();
    // Its buttons (and the folding chevrons) are glyphs of Monaco's icon font: without the font
    // they are empty boxes.
    await expect
      .poll(() => page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'codicon' && f.status === 'loaded')))
      .toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    // Only runtime Workers run: the one in use, and the spare that makes Reset instant.
    const workers = page.workers().map((w) => w.url());
    expect(workers.length).toBeGreaterThanOrEqual(1);
    expect(workers.every((url) => /runtime\.worker/.test(url))).toBe(true);

    const metrics = {
      firstContentfulPaintMs: Math.round(timing.fcp!),
      monacoRequestedMs: Math.round(timing.monacoRequested!),
      initialJsGzipBytes: shipped.initialGzip,
      totalJsGzipBytes: shipped.totalGzip,
      preludeImageGzipBytes: shipped.preludeImageGzip,
      files: shipped.files,
    };
    writeFileSync(join(resultsDir, 'metrics.json'), JSON.stringify(metrics, null, 2));
    console.log(
      `page metrics: FCP ${metrics.firstContentfulPaintMs} ms, Monaco requested at ${metrics.monacoRequestedMs} ms, ` +
        `JS before first paint ${(shipped.initialGzip / 1024).toFixed(1)} KiB gzip, ` +
        `all JS ${(shipped.totalGzip / 1024).toFixed(1)} KiB gzip, prelude image ${(shipped.preludeImageGzip / 1024).toFixed(1)} KiB gzip`,
    );
  });

  it('shows the title and the four labelled regions, the shell and its process', async () => {
    await openPage();
    await expect(page.title()).resolves.toBe('Process Playground');
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Process Playground',
    );
    for (const name of ['Lesson', 'Editor', 'Console', 'Process graph']) {
      const region = page.getByRole('region', { name, exact: true });
      expect(await region.count(), `region ${name}`).toBe(1);
      expect(await region.isVisible(), `region ${name} visible`).toBe(true);
    }
    const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
    expect(await lesson.textContent()).toContain('receive');
    const log = page.getByRole('log');
    await expect.poll(() => log.textContent()).toMatch(/^Interactive Elixir \(1\.14\.0\) - press Ctrl\+C to exit/);
    await expect.poll(() => page.locator('.input-line .prompt').textContent()).toBe('iex(1)> ');
    // The shell's own process is the first one in the graph's text alternative.
    await expect
      .poll(() => page.getByRole('region', { name: 'Process graph' }).getByRole('tree').textContent())
      .toMatch(/IEx\.Evaluator\s*<0\.106\.0>/);
    // Before the learner starts anything, the graph says what it will show.
    await expect.poll(() => page.locator('#graph').textContent()).toContain('The processes you start appear here');
    // The graph's legend is folded behind its button in a 1280x720 pane (a large screen shows it).
    expect(await page.getByRole('button', { name: 'Legend', exact: true }).getAttribute('aria-expanded')).toBe('false');
    // The page itself never scrolls: only the panes do (nothing positioned inside a pane may
    // escape it and stretch the document).
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    // Every pane is on screen at 1280x720, none squeezed to nothing.
    for (const id of ['lesson', 'editor', 'console', 'graph']) {
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.width, `${id} width`).toBeGreaterThan(200);
      expect(box!.height, `${id} height`).toBeGreaterThan(80);
      expect(box!.x + box!.width, `${id} right edge`).toBeLessThanOrEqual(1280);
      expect(box!.y + box!.height, `${id} bottom edge`).toBeLessThanOrEqual(720);
    }
  });

  it('keeps what was typed in the editor across a reload', async () => {
    await openPage();
    await page.locator('.monaco-editor .view-lines').waitFor();
    const marker = `# typed at ${Date.now()}`;
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(marker);
    await expect.poll(() => editorText()).toContain(marker);
    await page.getByText('Saved in this browser').waitFor();

    const saved = await page.evaluate(() => localStorage.getItem('process-playground:editor:scratch.exs'));
    expect(saved).toContain('defmodule Counter');
    expect(saved).toContain(marker);

    await reloadWhenSettled();
    await page.locator('.monaco-editor .view-lines').waitFor();
    await expect.poll(() => editorText()).toContain('defmodule Counter');
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await expect.poll(() => editorText()).toContain(marker);
  });

  it('can be crossed with the keyboard alone, editor included', async () => {
    await openPage('light', true);
    await page.locator('.monaco-editor .view-lines').waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('aria-label') ?? el?.getAttribute('role') ?? el?.tagName ?? '';
      });
    const visited: string[] = [];
    for (let i = 0; i < 25 && !visited.some((v) => /code editor/i.test(v)); i++) {
      await page.keyboard.press('Tab');
      visited.push(await focused());
    }
    expect(visited[0]).toBe('A'); // the skip link comes first
    expect(visited).toContain('Resize the lesson');
    expect(visited.at(-1)).toMatch(/code editor/i);
    // Tab indents inside Monaco; its tab-focus toggle (named in the pane header) lets you out.
    await expect.poll(() => page.getByRole('region', { name: 'Editor' }).textContent()).toMatch(/Ctrl\+M/);
    await page.keyboard.press('Control+m');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Resize the console');
    const after: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      after.push(await focused());
    }
    // Interrupt is disabled while nothing runs, so Tab passes it by.
    expect(after).toEqual(['BUTTON', 'log', 'IEx input', 'Resize the process graph']);
  });

  it('resizes panes from the keyboard and keeps the sizes', async () => {
    await openPage();
    const splitter = page.getByRole('separator', { name: 'Resize the lesson' });
    const before = Number(await splitter.getAttribute('aria-valuenow'));
    const widthBefore = (await page.locator('#lesson').boundingBox())!.width;
    await splitter.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    const widthAfter = (await page.locator('#lesson').boundingBox())!.width;
    expect(widthAfter - widthBefore).toBeGreaterThan(100);
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('process-playground:layout') ?? '{}').lesson))
      .toBeCloseTo(widthAfter / (await page.locator('.workspace-grid').boundingBox())!.width, 2);
    await reloadWhenSettled();
    await lessonPaneLive();
    const widthReloaded = (await page.locator('#lesson').boundingBox())!.width;
    expect(Math.abs(widthReloaded - widthAfter)).toBeLessThan(2);
    await page.getByRole('separator', { name: 'Resize the lesson' }).press('Enter');
    expect(Math.abs((await page.locator('#lesson').boundingBox())!.width - widthBefore)).toBeLessThan(2);
  });

  it('resizes the process graph by dragging its splitter', async () => {
    await openPage('light', true);
    const graph = page.locator('#graph');
    const before = (await graph.boundingBox())!;
    const handle = (await page.getByRole('separator', { name: 'Resize the process graph' }).boundingBox())!;
    const x = handle.x + handle.width / 2;
    const y = handle.y + handle.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 60, y, { steps: 4 });
    await page.mouse.move(x - 120, y, { steps: 4 });
    await page.mouse.up();
    const after = (await graph.boundingBox())!;
    expect(after.width - before.width).toBeGreaterThan(110);
    expect(after.width - before.width).toBeLessThan(130);
    // Dragging far past the editor's minimum stops at it instead of crushing the editor.
    const handle2 = (await page.getByRole('separator', { name: 'Resize the process graph' }).boundingBox())!;
    await page.mouse.move(handle2.x + 4, y);
    await page.mouse.down();
    await page.mouse.move(0, y, { steps: 6 });
    await page.mouse.up();
    expect((await page.locator('#editor').boundingBox())!.width).toBeGreaterThanOrEqual(300);
  });

  it('lists its keys in a dialog (? or the header button) and moves between panes with Alt+Shift keys', async () => {
    await openPage();
    await page.locator('.monaco-editor .view-lines').waitFor();
    const active = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('aria-label') ?? el?.id ?? el?.tagName ?? '';
      });
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

    // From the page itself: ? opens the list, which takes the focus; Escape gives it back.
    await page.getByRole('separator', { name: 'Resize the lesson' }).focus();
    await page.keyboard.press('?');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Go to the console input');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.screenshot({ path: join(resultsDir, 'app-shortcuts-light.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await active()).toBe('Resize the lesson');

    // In the console input ? is a character like any other.
    await page.keyboard.press('Alt+Shift+C');
    expect(await active()).toBe('IEx input');
    await page.keyboard.press('?');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByLabel('IEx input').inputValue()).toBe('?');
    await page.keyboard.press('Control+c');

    // Alt+Shift+E reaches Monaco from the console, and Monaco lets Alt+Shift+C out again.
    await page.keyboard.press('Alt+Shift+E');
    await expect.poll(active).toMatch(/code editor/i);
    // The pane that has the keyboard says so on its border (a caret alone is easy to miss).
    const border = (id: string) => page.evaluate((i) => getComputedStyle(document.getElementById(i)!).borderTopColor, id);
    expect(await border('editor')).not.toBe(await border('graph'));
    expect(await border('console')).toBe(await border('graph'));
    await page.keyboard.press('Alt+Shift+C');
    expect(await active()).toBe('IEx input');
    await page.keyboard.press('Alt+Shift+G');
    expect(await active()).toBe('graph-title');
    await page.keyboard.press('Alt+Shift+L');
    expect(await page.evaluate(() => document.activeElement?.closest('#lesson') !== null)).toBe(true);

    // The header button opens the same list, for those who do not know the key.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await dialog.waitFor();
    await page.getByRole('button', { name: /^Close/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`looks right in the ${scheme} scheme (screenshots)`, async () => {
      await openPage(scheme, true);
      await page.locator('.monaco-editor .view-lines').waitFor();
      await expect.poll(() => editorText()).toContain('defmodule Counter');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const editorBackground = await page.evaluate(
        () => getComputedStyle(document.querySelector('.monaco-editor-background')!).backgroundColor,
      );
      if (scheme === 'dark') {
        expect(luminance(background)).toBeLessThan(0.1);
        expect(luminance(editorBackground)).toBeLessThan(0.1);
      } else {
        expect(luminance(background)).toBeGreaterThan(0.8);
        expect(luminance(editorBackground)).toBeGreaterThan(0.8);
      }
      await page.screenshot({ path: join(resultsDir, `app-${scheme}-1280x720.png`) });
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.screenshot({ path: join(resultsDir, `app-${scheme}-1920x1080.png`) });
      // Opened on a large screen, the graph shows its legend from the start.
      await reloadWhenSettled();
      await page.getByRole('button', { name: 'Legend', exact: true }).waitFor();
      expect(await page.getByRole('button', { name: 'Legend', exact: true }).getAttribute('aria-expanded')).toBe('true');
      await page.setViewportSize({ width: 1280, height: 720 });
    });
  }
});

/** Relative luminance of a CSS `rgb(r, g, b)` colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
