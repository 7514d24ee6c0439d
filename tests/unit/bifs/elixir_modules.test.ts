// String, Integer and Float natives return what Elixir 1.14 returns, and fail with the same
// raw reason, for every call in the golden tables real Elixir produced.
import { describe, expect, it } from 'vitest';
import '../../../src/runtime/bifs/index.ts';
import { expected, label, loadGolden, runCase } from './golden.ts';

for (const table of ['string', 'integer', 'float']) {
  describe(`${table} natives match Elixir`, () => {
    const cases = loadGolden(table);
    const groups = new Map<string, typeof cases>();
    for (const c of cases) {
      const k = `${c.m}.${c.f}/${c.args.length}`;
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    for (const [fn, group] of groups) {
      it(fn, () => {
        for (const c of group) expect(runCase(c), label(c)).toEqual(expected(c));
      });
    }
  });
}
