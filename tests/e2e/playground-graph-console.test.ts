// What walking the lessons showed, pinned in a real Chromium at 1280x720: a shell that dies with
// a linked process is replaced by one drawn at once; a supervisor with five workers fits the
// graph pane whole; results are formatted to the console's width, so none wraps twice.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSite, repoRoot } from './helpers/build-site.ts';
import { serveStatic, type StaticSite } from './helpers/static-server.ts';
import { findChromium, launchChromium, type LaunchedBrowser } from './helpers/chromium.ts';

const chromiumPath = findChromium();
const resultsDir = join(repoRoot, 'test-results');
const siteDir = join(resultsDir, 'site-playground-graph-console');

/** Every drawn node with where it is against the graph's own box, and its opacity. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const host = [...document.querySelectorAll<HTMLElement>('#graph *')].find((e) => (e as unknown as { _cyreg?: unknown })._cyreg);
    type N = { id(): string; data(k: string): string; style(k: string): string; renderedBoundingBox(): { x1: number; x2: number; y1: number; y2: number } };
    const cy = (host as unknown as { _cyreg?: { cy: { width(): number; height(): number; nodes(): N[] } } })?._cyreg?.cy;
    if (cy === undefined) return [];
    return [...cy.nodes()].map((n) => {
      const b = n.renderedBoundingBox();
      return {
        id: n.id(),
        crashed: n.data('crashed'),
        opacity: Number(n.style('opacity')),
        inside: b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height(),
      };
    });
  });
}

describe.skipIf(!chromiumPath)('graph and console fixes in Chromium', () => {
  let site: StaticSite;
  let browser: LaunchedBrowser;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    await buildSite(siteDir);
    site = await serveStatic(siteDir);
    browser = await launchChromium(chromiumPath!);
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function openPage(hash = ''): Promise<void> {
    problems = [];
    page = await browser.context.newPage();
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.goto(site.url + hash);
    await page.locator('.input-line .prompt', { hasText: 'iex(1)>' }).waitFor();
  }

  afterEach(async () => {
    await page?.close();
    expect(problems).toEqual([]);
  });

  const input = () => page.getByLabel('IEx input');
  const log = () => page.getByRole('log');

  async function iex(source: string): Promise<string> {
    const before = (await log().textContent()) ?? '';
    await input().fill(source);
    await input().press('Enter');
    const running = () => page.evaluate(() => (globalThis as unknown as { playground: { console: { running: number } } }).playground.console.running);
    await expect.poll(running, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.locator('.input-line .prompt').textContent(), { timeout: 10_000 }).toMatch(/^iex\(\d+\)> $/);
    return ((await log().textContent()) ?? '').slice(before.length);
  }

  it('draws the new shell at once when the shell dies with a linked crash, beside the crashed one', async () => {
    await openPage('#/lessons/links/1');
    const old = /#PID<(0\.\d+\.0)>/.exec(await iex('self()'))![1]!;
    await expect.poll(async () => (await drawn(page)).map((n) => n.id)).toContain(`<${old}>`);
    expect(await iex('spawn_link(fn -> raise "boom" end)')).toContain(`** (EXIT from #PID<${old}>) shell process exited`);
    const fresh = /#PID<(0\.\d+\.0)>\n/.exec(await iex('self()'))![1]!;
    expect(fresh).not.toBe(old);
    // While the crash is still shown, the new shell is there too, fully drawn and in view.
    const both = await drawn(page);
    expect(both.find((n) => n.id === `<${old}>`)?.crashed).toBe('yes');
    expect(both.find((n) => n.id === `<${fresh}>`)?.opacity).toBe(1);
    // The view takes in the wider picture after its refit.
    await expect.poll(async () => (await drawn(page)).filter((n) => n.id.startsWith('<')).map((n) => [n.id, n.inside]), { timeout: 1500 })
      .toEqual([[`<${old}>`, true], [`<${fresh}>`, true]]);
    await page.screenshot({ path: join(resultsDir, 'playground-new-shell.png') });
    // And it stays once the crash has gone; the text tree names it too.
    await expect.poll(async () => (await drawn(page)).some((n) => n.id === `<${old}>`), { timeout: 6000 }).toBe(false);
    expect((await drawn(page)).find((n) => n.id === `<${fresh}>`)).toMatchObject({ opacity: 1, inside: true });
    expect(await page.getByRole('tree', { name: 'Process tree' }).textContent()).toContain(`<${fresh}>`);
  });

  it('fits a supervisor with five workers in the graph pane, every node inside it', async () => {
    await openPage('#/lessons/pool/1');
    await iex('defmodule W do\n  use GenServer\n  def start_link(n), do: GenServer.start_link(__MODULE__, n)\n  def init(n), do: {:ok, n}\nend');
    await iex('{:ok, sup} = Supervisor.start_link(for(i <- 1..5, do: Supervisor.child_spec({W, i}, id: i)), strategy: :one_for_one)');
    await expect.poll(async () => (await drawn(page)).filter((n) => n.id.startsWith('<')).length).toBe(7);
    await expect.poll(async () => (await drawn(page)).filter((n) => !n.inside).map((n) => n.id), { timeout: 5000 }).toEqual([]);
    await page.screenshot({ path: join(resultsDir, 'playground-pool-fits.png') });
  });

  it('formats results to the console’s width in columns, so none wraps twice, and follows a resize', async () => {
    await openPage();
    /** Columns of the transcript, measured as the page measures them, and the result's lines. */
    const check = async () => {
      const out = await iex('Enum.to_list(1..60)');
      const lines = out.split('\n').slice(1, -1);
      const fit = await page.evaluate(() => {
        const results = [...document.querySelectorAll<HTMLElement>('.transcript .s-result')];
        const last = results.at(-1)!;
        const lineHeight = parseFloat(getComputedStyle(last).lineHeight);
        // Lines on screen: the distinct tops of the text's boxes.
        const rects = new Set([...last.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        const t = document.querySelector<HTMLElement>('.transcript')!;
        const probe = document.createElement('span');
        probe.textContent = '0'.repeat(100);
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
        t.appendChild(probe);
        const columns = Math.floor(t.clientWidth / (probe.getBoundingClientRect().width / 100));
        probe.remove();
        return { columns, drawnLines: rects.size, lineHeight };
      });
      return { lines, ...fit };
    };
    const wide = await check();
    expect(wide.columns).toBeLessThan(80);
    expect(Math.max(...wide.lines.map((l) => l.length))).toBeLessThanOrEqual(wide.columns);
    expect(Math.max(...wide.lines.map((l) => l.length))).toBeGreaterThan(wide.columns - 6);
    // Each line of the result is one line on screen: nothing wrapped a second time.
    expect(wide.drawnLines).toBe(wide.lines.length);

    await page.setViewportSize({ width: 1000, height: 720 });
    await page.waitForTimeout(300);
    const narrow = await check();
    expect(narrow.columns).toBeLessThan(wide.columns);
    expect(Math.max(...narrow.lines.map((l) => l.length))).toBeLessThanOrEqual(narrow.columns);
    expect(narrow.lines.length).toBeGreaterThan(wide.lines.length);
    expect(narrow.drawnLines).toBe(narrow.lines.length);
    await page.screenshot({ path: join(resultsDir, 'playground-console-columns.png') });
  });
});
