// The golden script suite: every exs/<group>/<name>.exs runs through our runtime the way
// `elixir <name>.exs` ran it from inside its group folder, and its stdout, stderr and exit
// status must match what real Elixir 1.14 printed (after normalize.ts has renamed pids and
// dropped stacktrace frames). A failure shows one diff per stream.
// exs/PENDING names the cases that need what the runtime does not do yet: each of those must
// still differ from real Elixir, so the list can only shrink as features land.
import { describe, expect, it } from 'vitest';
import { runExs } from '../../src/runtime/index.ts';
import { discoverExsCases, readExpected, readPending, readSource } from './cases.ts';
import { normalizeRun } from './normalize.ts';

// The slowest cases (a 10,000,000-iteration loop, a 1,000,000-deep recursion, timers) need
// seconds, not minutes; a case past this is a hang, not a slow pass.
const CASE_TIMEOUT_MS = 60_000;

const cases = discoverExsCases();
const groups = [...new Set(cases.map((c) => c.group))];
const pending = readPending('exs');

it('exs/PENDING names only cases that exist', () => {
  const ids = new Set(cases.map((c) => c.id));
  expect([...pending].filter((p) => !ids.has(p))).toEqual([]);
});

for (const group of groups) {
  describe(group, () => {
    for (const c of cases.filter((x) => x.group === group)) {
      const isPending = pending.has(c.id);
      it(
        isPending ? `${c.id} (pending: must still differ)` : c.id,
        async () => {
          const expected = normalizeRun(readExpected(c));
          const actual = normalizeRun(await runExs(readSource(c), c.file));
          if (isPending) {
            expect(actual, `${c.id} passes now: remove it from exs/PENDING`).not.toEqual(expected);
            return;
          }
          expect.soft(actual.stdout, `${c.id}: stdout`).toBe(expected.stdout);
          expect.soft(actual.stderr, `${c.id}: stderr`).toBe(expected.stderr);
          expect.soft(actual.status, `${c.id}: exit status`).toBe(expected.status);
        },
        CASE_TIMEOUT_MS,
      );
    }
  });
}
