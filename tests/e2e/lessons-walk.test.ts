// Every lesson walked in a real Chromium the way a learner walks it: the step's code run from
// the editor (an exercise's solution put there with "Put it in the editor"), each command
// clicked into the console and entered, the graph clicked when a check asks for a kill or an
// inspection, and Next. Every step must end with its checks all green, in order. A picture of
// the page at the end of each step lands in test-results/lessons-walk/ for a person to look at.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildSite, repoRoot } from './helpers/build-site.ts';
import { serveStatic, type StaticSite } from './helpers/static-server.ts';
import { findChromium, launchChromium, type LaunchedBrowser } from './helpers/chromium.ts';
import { parseLesson, type Lesson } from '../../src/lessons/format.ts';

const chromiumPath = findChromium();
const resultsDir = join(repoRoot, 'test-results');
const shots = join(resultsDir, 'lessons-walk');
const siteDir = join(resultsDir, 'site-lessons-walk');
const lessonsDir = join(repoRoot, 'lessons');
const lessons: Lesson[] = readdirSync(lessonsDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => parseLesson(f, readFileSync(join(lessonsDir, f), 'utf8')));

interface Playground {
  readyAt: number | null;
  console: { busy: boolean };
  observer: { model: { processes(): { pid: string; label: string; kind: string; registeredName: string | null }[] } };
}

describe.skipIf(!chromiumPath)('every lesson walked in Chromium', () => {
  let site: StaticSite;
  let browser: LaunchedBrowser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    await buildSite(siteDir);
    site = await serveStatic(siteDir);
    browser = await launchChromium(chromiumPath!);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const pane = () => page.locator('#lesson');
  const checks = () => page.locator('#lesson .checks li').evaluateAll((els) => els.map((e) => e.classList.contains('met')));

  async function idle(): Promise<void> {
    await page.waitForFunction(() => !(globalThis as unknown as { playground?: Playground }).playground?.console.busy, null, { timeout: 20_000 });
  }

  async function runCommand(index: number): Promise<void> {
    await pane().locator('.commands button').nth(index).click();
    const input = page.getByRole('textbox', { name: 'IEx input' });
    await expect.poll(() => input.inputValue()).not.toBe('');
    await input.press('Enter');
    await expect.poll(() => input.inputValue()).toBe('');
    await idle();
  }

  /** Clicks the graph node of the first live process matching, as a learner picks it out. */
  async function clickNode(label: string | undefined, kind: string | undefined): Promise<string> {
    const find = (arg: { label?: string; kind?: string }) => {
      const pg = (globalThis as unknown as { playground: Playground }).playground;
      const pidNumber = (pid: string) => Number(pid.split('.')[1]);
      // The newest match: a killed predecessor may linger in the model while its node fades.
      const live = pg.observer.model
        .processes()
        .filter((p) => (arg.label === undefined || p.label === arg.label || p.registeredName === arg.label) && (arg.kind === undefined || p.kind === arg.kind))
        .sort((a, b) => pidNumber(b.pid) - pidNumber(a.pid))[0];
      const host = [...document.querySelectorAll<HTMLElement>('#graph *')].find((e) => (e as unknown as { _cyreg?: unknown })._cyreg);
      if (!live || !host) return null;
      const cy = (host as unknown as { _cyreg: { cy: { nodes(): { data(k: string): string; renderedPosition(): { x: number; y: number } }[] } } })._cyreg.cy;
      const node = [...cy.nodes()].find((n) => n.data('pid') === live.pid);
      if (!node) return null;
      // A killed predecessor fades out where its successor now stands: wait until it is gone.
      const p = node.renderedPosition();
      const near = (n: { renderedPosition(): { x: number; y: number } }) => Math.hypot(n.renderedPosition().x - p.x, n.renderedPosition().y - p.y) < 40;
      if ([...cy.nodes()].some((n) => n !== node && n.data('status') === 'exited' && near(n))) return null;
      const box = host.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, pid: live.pid };
    };
    await page.waitForFunction(find, { label, kind }, { timeout: 10_000 });
    // Let the layout settle before aiming at the node.
    await page.waitForTimeout(500);
    const point = (await page.evaluate(find, { label, kind }))!;
    await page.mouse.click(point.x, point.y);
    return point.pid;
  }

  for (const lesson of lessons) {
    it(`lesson ${lesson.number}, ${lesson.title}: every step ends with its checks met`, async () => {
      // A fresh page per lesson: a new runtime, as a learner opening the lesson's link gets.
      await page.goto(`${site.url}#/lessons/${lesson.slug}/1`);
      await page.reload();
      await page.waitForFunction(() => (globalThis as unknown as { playground?: Playground }).playground?.readyAt != null, null, { timeout: 30_000 });
      await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 30_000 });
      for (const step of lesson.steps) {
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/lessons/${lesson.slug}/${step.number}`);
        await expect.poll(() => pane().locator('h4.step-title').textContent()).toContain(step.title);
        expect(await checks(), `step ${step.number} opens with its checks unmet`).toEqual(step.checks.map(() => false));
        if (step.solution !== null) {
          await pane().getByRole('button', { name: 'Show solution' }).click();
          await pane().getByRole('button', { name: 'Put it in the editor' }).click();
        }
        if (step.solution !== null || step.starter !== null) {
          await page.locator('button.run').click();
          await idle();
        }
        for (let i = 0; i < step.commands.length; i++) await runCommand(i);
        for (const check of step.checks) {
          if (check.kind !== 'graph-kill' && check.kind !== 'inspected') continue;
          const pid = await clickNode(check.params.label, check.params.kind);
          if (check.kind === 'graph-kill') {
            const kill = page.locator('.inspector form.kill button[type="submit"]');
            await kill.waitFor({ timeout: 5000 }).catch(async () => {
              await page.screenshot({ path: join(shots, `lesson-${lesson.number}-step-${step.number}-no-kill.png`) });
            });
            await expect.poll(() => kill.textContent()).toBe(`Kill ${pid}`);
            await kill.click();
          }
        }
        const start = Date.now();
        for (;;) {
          const met = await checks();
          const firstUnmet = met.indexOf(false);
          expect(firstUnmet < 0 || met.slice(firstUnmet).every((m) => !m), `checks turn green in order: ${JSON.stringify(met)}`).toBe(true);
          if (firstUnmet < 0) break;
          if (Date.now() - start > 15_000) {
            await page.screenshot({ path: join(shots, `lesson-${lesson.number}-step-${step.number}-stuck.png`) });
            throw new Error(`lesson ${lesson.number} step ${step.number}: checks ${JSON.stringify(met)}`);
          }
          await page.waitForTimeout(100);
        }
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(shots, `lesson-${String(lesson.number).padStart(2, '0')}-step-${step.number}.png`) });
        await pane().getByRole('button', { name: step.number === lesson.steps.length ? 'Finish' : 'Next' }).click();
      }
      await expect.poll(() => pane().textContent()).toContain(`Lesson ${lesson.number} is done`);
      expect(problems).toEqual([]);
    });
  }
});
