// Prints how many golden scripts pass, group by group, and which fail: a quicker read than
// the test runner when following progress. Same comparison as exs.test.ts.
//
//   npx tsx tests/conformance/report.ts            # every case
//   npx tsx tests/conformance/report.ts errors/    # cases whose id starts with errors/
import { runExs } from '../../src/runtime/index.ts';
import { discoverExsCases, readExpected, readSource } from './cases.ts';
import { normalizeRun } from './normalize.ts';

const CASE_DEADLINE_MS = 60_000;

async function runCase(source: string, file: string) {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CASE_DEADLINE_MS);
  });
  try {
    return await Promise.race([runExs(source, file), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const prefix = process.argv[2] ?? '';
const cases = discoverExsCases().filter((c) => c.id.startsWith(prefix));
const byGroup = new Map<string, { pass: number; fail: string[] }>();
const started = Date.now();

for (const c of cases) {
  const tally = byGroup.get(c.group) ?? { pass: 0, fail: [] };
  byGroup.set(c.group, tally);
  let verdict: string;
  try {
    const run = await runCase(readSource(c), c.file);
    if (run === 'timeout') {
      verdict = 'timeout';
    } else {
      const actual = normalizeRun(run);
      const expected = normalizeRun(readExpected(c));
      const wrong = (['stdout', 'stderr', 'status'] as const).filter((k) => actual[k] !== expected[k]);
      verdict = wrong.length === 0 ? 'pass' : wrong.join('+');
    }
  } catch (e) {
    verdict = `threw ${(e as Error).message.split('\n')[0]}`;
  }
  if (verdict === 'pass') tally.pass++;
  else tally.fail.push(`${c.id} (${verdict})`);
}

let pass = 0;
for (const [group, { pass: p, fail }] of [...byGroup].sort()) {
  pass += p;
  console.log(`${group.padEnd(12)} ${String(p).padStart(3)} / ${p + fail.length}`);
  for (const f of fail) console.log(`    ${f}`);
}
console.log(`\n${pass} of ${cases.length} cases pass (${((Date.now() - started) / 1000).toFixed(1)} s)`);
// A case that timed out may still be running in the VM: leave without waiting for it.
process.exit(0);
