// Compiled arithmetic keeps Erlang's integer semantics across the small-integer fast paths:
// results past 2^53 become bigints, exactly, for add, subtract, multiply and the immediate forms.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Runtime } from '../../../src/runtime/index.ts';
import { atom, type Term } from '../../../src/runtime/terms/types.ts';

const rt = new Runtime({ clock: 'virtual' });
rt.load(
  'defmodule Ops do\n  def ops(a, b), do: {a + b, a - b, a * b, a + 1, a - 1, 7 + a, b - 1_000_000}\nend',
  'ops.exs',
);

const big = (t: Term): bigint => BigInt(t as number | bigint);
const SAFE = 2 ** 53;
const near = fc.oneof(
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.bigInt({ min: BigInt(SAFE) - 1000n, max: BigInt(SAFE) + 1000n }),
  fc.bigInt({ min: -BigInt(SAFE) - 1000n, max: -BigInt(SAFE) + 1000n }),
  fc.bigInt({ min: -1000n, max: 1000n }),
);
const asTerm = (n: bigint): Term => (n >= -(2n ** 53n - 1n) && n <= 2n ** 53n - 1n ? Number(n) : n);

describe('compiled integer arithmetic', () => {
  it('matches exact big-integer arithmetic, and keeps small results as numbers', () => {
    fc.assert(
      fc.property(near, near, (a, b) => {
        const r = rt.callSync(atom('Elixir.Ops'), 'ops', [asTerm(a), asTerm(b)]) as Term[];
        const want = [a + b, a - b, a * b, a + 1n, a - 1n, 7n + a, b - 1_000_000n];
        expect(r.map(big)).toEqual(want);
        r.forEach((x, i) => expect(typeof x, `result ${i}`).toBe(typeof asTerm(want[i])));
      }),
      { numRuns: 300 },
    );
  });
});
