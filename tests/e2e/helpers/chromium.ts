// Finding and launching the system's Chromium (Debian's package) through playwright-core,
// which ships no browser of its own. Without one, browser tests skip loudly, or fail when
// REQUIRE_BROWSER=1 (CI sets it, so a missing browser can never pass for a green run).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const browserRequired = process.env.REQUIRE_BROWSER === '1';

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export function skipBanner(): string {
  const line = '!'.repeat(78);
  return [
    line,
    '!!  BROWSER TESTS SKIPPED: no Chromium found (looked at CHROMIUM_PATH and',
    `!!  ${CANDIDATES.join(', ')}).`,
    '!!  Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    '!!  Set REQUIRE_BROWSER=1 to make this a failure instead of a skip.',
    line,
  ].join('\n');
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile, deleted on close. */
export async function launchChromium(executablePath: string): Promise<LaunchedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'pp-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
