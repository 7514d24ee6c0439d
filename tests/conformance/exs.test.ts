// The golden script suite: every exs/<group>/<name>.exs runs through our runtime the way
// `elixir <name>.exs` ran it from inside its group folder, and its stdout, stderr and exit
// status must match what real Elixir 1.14 printed (after normalize.ts has renamed pids and
// dropped stacktrace frames). A failure shows one diff per stream.
import { describe, expect, it } from 'vitest';
import { runExs } from '../../src/runtime/index.ts';
import { discoverExsCases, readExpected, readSource } from './cases.ts';
import { normalizeRun } from './normalize.ts';

// The slowest cases (a 10,000,000-iteration loop, a 1,000,000-deep recursion, timers) need
// seconds, not minutes; a case past this is a hang, not a slow pass.
const CASE_TIMEOUT_MS = 60_000;

const cases = discoverExsCases();
const groups = [...new Set(cases.map((c) => c.group))];

for (const group of groups) {
  describe(group, () => {
    for (const c of cases.filter((x) => x.group === group)) {
      it(
        c.id,
        async () => {
          const expected = normalizeRun(readExpected(c));
          const actual = normalizeRun(await runExs(readSource(c), c.file));
          expect.soft(actual.stdout, `${c.id}: stdout`).toBe(expected.stdout);
          expect.soft(actual.stderr, `${c.id}: stderr`).toBe(expected.stderr);
          expect.soft(actual.status, `${c.id}: exit status`).toBe(expected.status);
        },
        CASE_TIMEOUT_MS,
      );
    }
  });
}
