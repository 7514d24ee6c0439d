// The parts of :ets the golden scripts (tests/conformance/exs/ets) cannot reach one by one:
// the hash table layout under growth, the stores' invariants, and the match specification
// compiler's refusals. What :ets prints is pinned by the goldens.
import { describe, expect, it } from 'vitest';
import '../../../src/runtime/index.ts';
import { lookupBif, type BifContext } from '../../../src/runtime/bifs/registry.ts';
import { Bin, atom, list, Pid, TRUE, type Term } from '../../../src/runtime/terms/types.ts';
import { newStore, type Store } from '../../../src/runtime/bifs/ets_store.ts';
import { BadMatchSpec, MATCH_SPEC_FUNCTIONS, compile, keepsKey, run } from '../../../src/runtime/bifs/ets_match.ts';

const ctx: BifContext = { self: new Pid(1) };

function walk(s: Store): Term[] {
  const keys: Term[] = [];
  for (let k = s.first(); k !== undefined; ) {
    keys.push(k);
    const n = s.next(k);
    if (n === null) throw new Error('walk lost its key');
    k = n;
  }
  return keys;
}

describe('hash tables', () => {
  it('list their objects as the first/next walk backwards, before and after growing', () => {
    const s = newStore('set', 1);
    for (let i = 0; i < 3000; i++) {
      s.put([i * 7919 - 5000, i]);
      if (i === 100 || i === 2999) expect(s.all().map((o) => o[0])).toEqual(walk(s).reverse());
    }
  });

  it('walk every key exactly once after growing past their first 256 buckets', () => {
    const s = newStore('set', 1);
    for (let i = 0; i < 1000; i++) s.put([atom(`key_${i}`), i]);
    const keys = walk(s);
    expect(keys).toHaveLength(1000);
    expect(new Set(keys).size).toBe(1000);
    expect(s.size).toBe(1000);
  });

  it('find every key again after growing, and forget deleted ones', () => {
    const s = newStore('set', 1);
    const key = (i: number): Term => [i, Bin.fromString('x'.repeat(i % 5))];
    for (let i = 0; i < 700; i++) s.put([key(i), i]);
    for (let i = 0; i < 700; i += 2) s.take(key(i));
    for (let i = 0; i < 700; i++) expect(s.has(key(i))).toBe(i % 2 === 1);
    expect(s.size).toBe(350);
  });

  it('keep 1 and 1.0 apart in a set, together in an ordered_set', () => {
    const set = newStore('set', 1);
    const ordered = newStore('ordered_set', 1);
    for (const s of [set, ordered]) {
      s.put([1, atom('int')]);
      s.put([lookupBif('erlang', 'float', 1)!([1], ctx), atom('float')]);
    }
    expect(set.size).toBe(2);
    expect(ordered.size).toBe(1);
  });

  it('keep one copy of equal objects in a bag and every copy in a duplicate_bag, in insertion order', () => {
    const bag = newStore('bag', 1);
    const dup = newStore('duplicate_bag', 1);
    for (const s of [bag, dup]) for (const v of [1, 2, 1, 3]) s.put([atom('k'), v]);
    expect(bag.get(atom('k')).map((o) => o[1])).toEqual([1, 2, 3]);
    expect(dup.get(atom('k')).map((o) => o[1])).toEqual([1, 2, 1, 3]);
    dup.deleteObject([atom('k'), 1]);
    expect(dup.get(atom('k')).map((o) => o[1])).toEqual([2, 3]);
  });
});

describe('ordered_set', () => {
  it('steps from keys that are not in the table', () => {
    const s = newStore('ordered_set', 1);
    for (const k of [10, 20, 30]) s.put([k]);
    expect(s.next(15)).toBe(20);
    expect(s.prev(15)).toBe(10);
    expect(s.next(30)).toBeUndefined();
    expect(s.prev(10)).toBeUndefined();
  });

  it('finds keys at keypos', () => {
    const s = newStore('ordered_set', 2);
    s.put([atom('user'), 2, 'b']);
    s.put([atom('user'), 1, 'a']);
    expect(s.all().map((o) => o[1])).toEqual([1, 2]);
    expect(s.get(2)).toHaveLength(1);
  });
});

describe('match specifications', () => {
  it('call only functions that are :erlang natives', () => {
    for (const [name, arities] of MATCH_SPEC_FUNCTIONS) {
      for (const arity of arities) {
        if (name === 'is_record' || name === 'self' || name === 'size') continue;
        expect(lookupBif('erlang', name, arity), `${name}/${arity}`).toBeDefined();
      }
    }
  });

  const spec = (head: Term, guards: Term[], body: Term[]): Term => list([[head, list(guards), list(body)]]);
  const v = (n: number): Term => atom(`$${n}`);

  it('are refused with an unbound variable, an unknown function, an empty body or a malformed clause', () => {
    expect(() => compile(spec([v(1)], [], [v(2)]))).toThrow(BadMatchSpec);
    expect(() => compile(spec([v(1)], [[atom('tuple_size'), v(1)]], [v(1)]))).toThrow(BadMatchSpec);
    expect(() => compile(spec([v(1)], [], []))).toThrow(BadMatchSpec);
    expect(() => compile(list([[atom('_'), list([])]]))).toThrow(BadMatchSpec);
    expect(() => compile(atom('bad'))).toThrow(BadMatchSpec);
  });

  it('treat a guard that raises as false and give :EXIT for a body that raises', () => {
    const hd = (x: Term): Term => [atom('hd'), x];
    expect(run(compile(spec([v(1)], [hd(v(1))], [v(1)])), [5], ctx)).toBeUndefined();
    expect(run(compile(spec([v(1)], [], [hd(v(1))])), [5], ctx)).toBe(atom('EXIT'));
  });

  it('short-circuit andalso and orelse', () => {
    const bad = [atom('hd'), 1];
    const ms = compile(spec([v(1)], [[atom('orelse'), [atom('=='), v(1), 1], bad]], [TRUE]));
    expect(run(ms, [1], ctx)).toBe(TRUE);
    expect(run(ms, [2], ctx)).toBeUndefined();
  });

  it('bind a repeated variable only to equal terms', () => {
    const ms = compile(spec([v(1), v(1)], [], [atom('$$')]));
    expect(run(ms, [1, 1], ctx)).toEqual(list([1]));
    expect(run(ms, [1, 2], ctx)).toBeUndefined();
  });

  it('keep the key for select_replace only when the body rebuilds it from the head', () => {
    expect(keepsKey(compile(spec([v(1), v(2)], [], [[[v(1), 0]]])), 1)).toBe(true);
    expect(keepsKey(compile(spec([v(1), v(2)], [], [[[v(2), 0]]])), 1)).toBe(false);
    expect(keepsKey(compile(spec([atom('k'), v(2)], [], [[[atom('k'), v(2)]]])), 1)).toBe(true);
    expect(keepsKey(compile(spec([v(1), v(2)], [], [atom('$_')])), 1)).toBe(true);
  });
});
