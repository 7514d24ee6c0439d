// Big terms: million-cell lists compare, hash and inspect without using the JS stack, inspect is
// linear in the size of what it prints, and maps built one put at a time stay fast. The time
// bounds are loose (tests share the machine); they only catch quadratic behaviour, which at
// these sizes takes minutes.
import { describe, expect, it } from 'vitest';
import { Cons, EMPTY_LIST, atom, list, str, type Term } from '../../../src/runtime/terms/types.ts';
import { MapTerm } from '../../../src/runtime/terms/map.ts';
import { compareTerms, exactEquals, looseEquals } from '../../../src/runtime/terms/compare.ts';
import { hashTerm } from '../../../src/runtime/terms/hash.ts';
import { inspect, ioInspect } from '../../../src/runtime/terms/inspect.ts';

function range(n: number, f: (i: number) => Term = (i) => i): Term {
  let l: Term = EMPTY_LIST;
  for (let i = n; i >= 1; i--) l = new Cons(f(i), l);
  return l;
}

function time(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

describe('million-cell lists', { timeout: 60_000 }, () => {
  const a = range(1_000_000);
  const b = range(1_000_000);
  const c = range(1_000_000, (i) => (i === 1_000_000 ? 0 : i));

  it('compare, == and === walk them without overflowing the stack', () => {
    expect(compareTerms(a, b)).toBe(0);
    expect(exactEquals(a, b)).toBe(true);
    expect(looseEquals(a, c)).toBe(false);
    expect(compareTerms(a, c)).toBe(1);
  });

  it('hash without overflowing the stack', () => {
    expect(hashTerm(a)).toBe(hashTerm(b));
  });

  it('inspect only as far as the limit', () => {
    const t = time(() => expect(inspect(a)).toMatch(/^\[1, 2, 3, .*, 50, \.\.\.\]$/));
    expect(t).toBeLessThan(3000);
  });
});

describe('deeply nested data', () => {
  function nested(depth: number, leaf: Term): Term {
    let t = leaf;
    for (let i = 0; i < depth; i++) t = i % 2 === 0 ? new Cons(t, EMPTY_LIST) : [t, i];
    return t;
  }
  const a = nested(200_000, 1);
  const b = nested(200_000, 1);
  const c = nested(200_000, 2);

  it('compares, hashes and tests equality without the JS stack', () => {
    expect(exactEquals(a, b)).toBe(true);
    expect(exactEquals(a, c)).toBe(false);
    expect(compareTerms(a, c)).toBe(-1);
    expect(compareTerms(c, a)).toBe(1);
    expect(hashTerm(a)).toBe(hashTerm(b));
  });

  it('inspects as deep as the limit allows', () => {
    // The limit shrinks by one per level, so printing stops 50 levels down (as in Elixir; the
    // shape of the output is pinned in the golden fixture).
    const text = inspect(a);
    expect(text.startsWith('{[{[')).toBe(true);
    expect(text).toContain('{...}');
  });
});

describe('inspect is linear', () => {
  const ints = range(10_000);
  const tuples = range(10_000, (i) => [atom('item'), i, str('x')]);

  it('prints 10,000 items on one line and laid out at width 80', { timeout: 30_000 }, () => {
    expect(inspect(ints, { limit: Infinity }).length).toBe(
      2 + Array.from({ length: 10_000 }, (_, i) => String(i + 1).length).reduce((x, y) => x + y + 2, -2),
    );
    const pretty = ioInspect(tuples, { limit: Infinity });
    expect(pretty.split('\n')).toHaveLength(10_002); // one item a line, between [ and ]
    expect(pretty.startsWith('[\n  {:item, 1, "x"},\n  {:item, 2, "x"},')).toBe(true);
  });

  it('takes about ten times as long for ten times the items', { timeout: 60_000 }, () => {
    const small = range(10_000, (i) => [i, list([i])]);
    const big = range(100_000, (i) => [i, list([i])]);
    ioInspect(small, { limit: Infinity }); // warm up
    const t1 = time(() => ioInspect(small, { limit: Infinity }));
    const t10 = time(() => ioInspect(big, { limit: Infinity }));
    expect(t1).toBeLessThan(3000);
    expect(t10).toBeLessThan(Math.max(30 * t1, 8000));
  });
});

describe('large maps', () => {
  it('build 100,000 keys by repeated put in linear time', () => {
    let m = MapTerm.EMPTY;
    const t = time(() => {
      for (let i = 0; i < 100_000; i++) m = m.put(i, i);
    });
    expect(m.size).toBe(100_000);
    expect(m.get(99_999)).toBe(99_999);
    expect(t).toBeLessThan(8000);
  });

  it('keep every one of 100,000 string keys through puts and deletes', { timeout: 60_000 }, () => {
    let m = MapTerm.EMPTY;
    for (let i = 0; i < 100_000; i++) m = m.put(str('key ' + i), i);
    expect(m.size).toBe(100_000);
    for (let i = 0; i < 100_000; i += 2) m = m.delete(str('key ' + i));
    expect(m.size).toBe(50_000);
    const wrong: number[] = [];
    for (let i = 0; i < 100_000; i++) if (m.get(str('key ' + i)) !== (i % 2 === 0 ? undefined : i)) wrong.push(i);
    expect(wrong).toEqual([]);
  });
});
