// The :lists, :maps, :math, :binary and :unicode natives return what the BEAM returns, and
// fail with the same reason, for every call in the golden tables real Elixir produced.
import { describe, expect, it } from 'vitest';
import '../../../src/runtime/bifs/index.ts';
import { expected, label, loadGolden, runCase, type Enc, type Outcome } from './golden.ts';

/**
 * JS's Math library (fdlibm) and the BEAM's libm may differ in the last bit of a
 * transcendental function; everything else in :math must be exact.
 */
const INEXACT = new Set(['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2', 'sinh', 'cosh', 'tanh', 'exp', 'log', 'log2', 'log10', 'pow']);

function withinUlp(actual: Outcome, wanted: Outcome): boolean {
  if (!('result' in actual) || !('result' in wanted)) return false;
  const a = actual.result as Enc;
  const w = wanted.result as Enc;
  if (!('f' in a) || !('f' in w)) return false;
  return Math.abs(a.f - w.f) <= Math.abs(w.f) * 4 * Number.EPSILON;
}

for (const table of ['lists', 'maps', 'math', 'binary']) {
  describe(`${table} natives match the BEAM`, () => {
    const cases = loadGolden(table);
    const groups = new Map<string, typeof cases>();
    for (const c of cases) {
      const k = `${c.m}.${c.f}/${c.args.length}`;
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    for (const [fn, group] of groups) {
      it(fn, () => {
        for (const c of group) {
          const actual = runCase(c);
          if (c.m === 'math' && INEXACT.has(c.f) && withinUlp(actual, expected(c))) continue;
          expect(actual, label(c)).toEqual(expected(c));
        }
      });
    }
  });
}
