#!/usr/bin/env node
// `npm test`: unit and conformance tests, then the browser tests, each a Vitest run with a JSON
// report; ends with one plain line, "N passed, N failed", summed over both. Exits non-zero if
// anything failed, if a run crashed without a report, or if nothing passed at all.
// The browser tests decide for themselves whether to skip (no Chromium) or fail
// (REQUIRE_BROWSER=1), and say so loudly.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test-results');
mkdirSync(outDir, { recursive: true });

const runs = [
  { name: 'unit + conformance', config: 'vitest.config.ts', report: 'vitest-unit.json' },
  { name: 'browser', config: 'vitest.e2e.config.ts', report: 'vitest-e2e.json' },
];

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

for (const run of runs) {
  const report = join(outDir, run.report);
  rmSync(report, { force: true });
  console.log(`\n=== ${run.name} tests (${run.config}) ===`);
  const { status, error } = spawnSync(
    process.execPath,
    [vitest, 'run', '--config', run.config, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    { cwd: root, stdio: 'inherit', env: process.env },
  );
  let result;
  try {
    result = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    console.error(`!! ${run.name}: Vitest left no report (${error?.message ?? `exit status ${status}`})`);
    broken = true;
    continue;
  }
  // A file that fails to load (a syntax error, a missing import) has no test to fail: count it
  // as one failure so the summary line agrees with the exit status.
  const unloaded = result.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0);
  for (const f of unloaded) console.error(`!! ${run.name}: ${f.name} did not load: ${f.message.split('\n')[0]}`);
  const runFailed = result.numFailedTests + unloaded.length;
  passed += result.numPassedTests;
  failed += runFailed;
  skipped += result.numPendingTests + result.numTodoTests;
  if (status !== 0 && runFailed === 0) {
    console.error(`!! ${run.name}: Vitest exited with status ${status}`);
    broken = true;
  }
  console.log(`--- ${run.name}: ${result.numPassedTests} passed, ${runFailed} failed`);
  if (run.name === 'browser' && result.numPassedTests === 0 && result.numPendingTests > 0) {
    console.warn('!! BROWSER TESTS WERE SKIPPED (no Chromium): the page itself was not tested.');
  }
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
