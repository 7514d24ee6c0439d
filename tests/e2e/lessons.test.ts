// The lessons in a real Chromium: the list with progress, and lesson 6 followed as a learner
// follows it (Run, the console commands clicked and entered, the worker killed from the
// console and then from the graph) with every check turning green in order; then progress and
// an edited step buffer surviving a reload. Screenshots land in test-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSite, repoRoot } from './helpers/build-site.ts';
import { serveStatic, type StaticSite } from './helpers/static-server.ts';
import { browserRequired, findChromium, launchChromium, skipBanner, type LaunchedBrowser } from './helpers/chromium.ts';

const chromiumPath = findChromium();
const resultsDir = join(repoRoot, 'test-results');
const siteDir = join(resultsDir, 'site-lessons');
// The README's pictures are refreshed on demand (UPDATE_SCREENSHOTS=1), not by every test run.
const updateDocs = process.env.UPDATE_SCREENSHOTS === '1';

if (!chromiumPath) {
  console.warn(`\n${skipBanner()}\n`);
  if (browserRequired) {
    it('has a Chromium to run the browser tests (REQUIRE_BROWSER=1)', () => {
      expect.fail(`REQUIRE_BROWSER=1 but no Chromium was found.\n${skipBanner()}`);
    });
  }
}

describe.skipIf(!chromiumPath)('lessons in Chromium', () => {
  let site: StaticSite;
  let browser: LaunchedBrowser;
  let page: Page;
  const problems: string[] = [];
  const figures: Record<string, number> = {};

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    await buildSite(siteDir);
    site = await serveStatic(siteDir);
    browser = await launchChromium(chromiumPath!);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    await page.addInitScript(() => {
      // A first visit: nothing saved by earlier tests in this profile.
      if (sessionStorage.getItem('lessons-test') === null) {
        localStorage.clear();
        sessionStorage.setItem('lessons-test', '1');
      }
    });
  });

  afterAll(async () => {
    writeFileSync(join(resultsDir, 'lessons-figures.json'), JSON.stringify(figures, null, 2) + '\n');
    await browser?.close();
    await site?.close();
  });

  const pane = () => page.locator('#lesson');
  /** The editor's visible lines, with Monaco's non-breaking spaces undone. */
  const editorText = async () => ((await page.locator('.monaco-editor .view-lines').textContent()) ?? '').replaceAll('\u00a0', ' ');
  /** The check marks of the step shown, in order: true for met. */
  const checks = () => page.locator('#lesson .checks li').evaluateAll((els) => els.map((e) => e.classList.contains('met')));

  async function ready(): Promise<void> {
    await page.waitForFunction(() => (globalThis as { playground?: { readyAt: number | null } }).playground?.readyAt != null, null, { timeout: 30_000 });
    await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 30_000 });
  }

  /** Waits until the step's checks are all met, asserting at every look that they turn green in order. */
  async function untilAllMet(timeoutMs = 10_000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const met = await checks();
      const firstUnmet = met.indexOf(false);
      expect(firstUnmet < 0 || met.slice(firstUnmet).every((m) => !m), `checks in order: ${JSON.stringify(met)}`).toBe(true);
      if (firstUnmet < 0 && met.length > 0) return;
      if (Date.now() - start > timeoutMs) throw new Error(`checks not all met: ${JSON.stringify(met)}`);
      await page.waitForTimeout(50);
    }
  }

  /** Clicks a command of the step (it goes to the console input) and presses Enter there. */
  async function runCommand(index: number): Promise<void> {
    await pane().locator('.commands button').nth(index).click();
    const input = page.getByRole('textbox', { name: 'IEx input' });
    await expect.poll(() => input.inputValue()).not.toBe('');
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe('');
    // Let the shell answer before the next one, as a learner reads each result.
    await page.waitForFunction(() => !(globalThis as { playground?: { console: { busy: boolean } } }).playground?.console.busy);
  }

  it('lists the ten lessons', async () => {
    await page.goto(site.url + '#/lessons');
    await pane().locator('.lesson-list li').first().waitFor();
    expect(await pane().locator('.lesson-list li').count()).toBe(10);
    expect(await pane().locator('.lesson-list li').first().textContent()).toContain('A process that remembers');
  });

  it('completes lesson 6 by following its steps, killing the worker from the console and from the graph', async () => {
    await page.goto(site.url + '#/lessons/supervisor/1');
    await ready();
    await expect.poll(() => pane().locator('h4.step-title').textContent()).toContain('Start a supervised counter');
    await expect.poll(() => editorText()).toContain('CounterSupervisor');
    expect(await checks()).toEqual([false, false]);

    // Step 1: run the editor's code, start the supervisor.
    await page.locator('button.run').click();
    for (let i = 0; i < 3; i++) await runCommand(i);
    await untilAllMet();
    await page.screenshot({ path: join(resultsDir, 'lesson-6-step-1.png') });
    await pane().getByRole('button', { name: 'Next' }).click();

    // Step 2: count, kill from the console, see it come back at zero.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/lessons/supervisor/2');
    expect(await checks()).toEqual([false, false, false]);
    for (let i = 0; i < 6; i++) await runCommand(i);
    await untilAllMet();
    await pane().getByRole('button', { name: 'Next' }).click();

    // Step 3: kill it from the graph: click its node, then Kill in the inspector.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/lessons/supervisor/3');
    expect(await checks()).toEqual([false, false, false]);
    // The live Counter's node (a crashed predecessor may still be fading out under the same label).
    const kill = page.locator('.inspector form.kill button[type="submit"]');
    // The graph keeps a killed child's node, fading, where its successor now stands: wait until
    // only the live Counter is drawn there.
    await page.waitForFunction(() => {
      const host = [...document.querySelectorAll<HTMLElement>('#graph *')].find((e) => (e as unknown as { _cyreg?: unknown })._cyreg);
      if (!host) return false;
      const cy = (host as unknown as { _cyreg: { cy: { nodes(): { data(k: string): string }[] } } })._cyreg.cy;
      return [...cy.nodes()].filter((n) => /Counter\n/.test(n.data('label') ?? '') && !/Supervisor/.test(n.data('label'))).length === 1;
    }, null, { timeout: 10_000 });
    await page.waitForTimeout(300);
    const point = await page.evaluate(() => {
      const pg = (globalThis as unknown as { playground: { observer: { model: { processes(): { pid: string; label: string }[] } } } }).playground;
      const live = pg.observer.model.processes().find((p) => p.label === 'Counter');
      const host = [...document.querySelectorAll<HTMLElement>('#graph *')].find((e) => (e as unknown as { _cyreg?: unknown })._cyreg);
      if (!live || !host) return null;
      const cy = (host as unknown as { _cyreg: { cy: { nodes(): { data(k: string): string; renderedPosition(): { x: number; y: number } }[] } } })._cyreg.cy;
      const node = [...cy.nodes()].find((n) => n.data('pid') === live.pid);
      if (!node) return null;
      const box = host.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y, pid: live.pid };
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await kill.waitFor({ timeout: 5000 });
    expect(await kill.textContent()).toBe(`Kill ${point!.pid}`);
    const t0 = Date.now();
    await kill.click();
    await untilAllMet();
    figures.graphKillToChecksMetMs = Date.now() - t0;
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(resultsDir, 'lesson-6-step-3.png') });
    if (updateDocs) await page.screenshot({ path: join(repoRoot, 'docs/screenshots/lesson-step.png') });
    await pane().getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => pane().textContent()).toContain('Lesson 6 is done');
    expect(problems).toEqual([]);
  });

  it('keeps progress and an edited step buffer across a reload', async () => {
    await page.goto(site.url + '#/lessons/genserver/2');
    await ready();
    await expect.poll(() => editorText()).toContain('TODO');
    // Type at the top of the buffer.
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('# my own note\n');
    await expect.poll(() => editorText()).toContain('# my own note');
    await page.waitForTimeout(600);
    await page.reload();
    await ready();
    expect(await page.evaluate(() => location.hash)).toBe('#/lessons/genserver/2');
    await expect.poll(() => editorText()).toContain('# my own note');
    // Lesson 6's three steps are still done; the list says so.
    await pane().getByRole('button', { name: 'All lessons' }).click();
    const six = pane().locator('.lesson-list li').nth(5);
    await expect.poll(() => six.getAttribute('class')).toContain('complete');
    await page.screenshot({ path: join(resultsDir, 'lesson-list.png') });
    if (updateDocs) await page.screenshot({ path: join(repoRoot, 'docs/screenshots/lesson-list.png') });
    // Reset step puts the starter code back.
    await six.locator('a').click();
    await page.goto(site.url + '#/lessons/genserver/2');
    await pane().getByRole('button', { name: 'Reset step' }).click();
    await expect.poll(() => editorText()).not.toContain('# my own note');
    expect(problems).toEqual([]);
  });
});
