// The :erlang natives return what the BEAM returns, and fail with the same reason, for every
// call in the golden table that real Elixir produced.
import { describe, expect, it } from 'vitest';
import '../../../src/runtime/bifs/index.ts';
import { expected, label, loadGolden, runCase } from './golden.ts';

describe(':erlang natives match the BEAM', () => {
  const cases = loadGolden('erlang');
  const byFunction = new Map<string, typeof cases>();
  for (const c of cases) {
    const k = `${c.f}/${c.args.length}`;
    byFunction.set(k, [...(byFunction.get(k) ?? []), c]);
  }
  for (const [fn, group] of byFunction) {
    it(fn, () => {
      for (const c of group) expect(runCase(c), label(c)).toEqual(expected(c));
    });
  }
});
