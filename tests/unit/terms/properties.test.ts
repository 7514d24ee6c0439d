// Laws that hold for all terms: the term order is a total order, == agrees with it, exact
// equality agrees with map-key order and with hashing, and MapTerm behaves like a plain
// association list while staying persistent.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  Bin,
  BitString,
  Cons,
  EMPTY_LIST,
  Float,
  Pid,
  Ref,
  atom,
  bitstring,
  list,
  normalizeInteger,
  str,
  type Term,
} from '../../../src/runtime/terms/types.ts';
import { MapTerm } from '../../../src/runtime/terms/map.ts';
import { compareKeys, compareTerms, exactEquals, looseEquals } from '../../../src/runtime/terms/compare.ts';
import { hashTerm } from '../../../src/runtime/terms/hash.ts';
import { inspect } from '../../../src/runtime/terms/inspect.ts';

const leaf: fc.Arbitrary<Term> = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(normalizeInteger),
  fc.constantFrom(-1.5, -0, 0, 1, 2, 0.5, 1e20, 2 ** 53).map((x) => new Float(x)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => new Float(x)),
  fc.constantFrom('a', 'b', 'ok', 'nil', 'é', 'Elixir.Foo').map(atom),
  fc.string({ maxLength: 4 }).map(str),
  fc.uint8Array({ maxLength: 4 }).map((b) => Bin.fromBytes(b)),
  fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 7 })).map(([b, tail]) => bitstring(b, (b.length - 1) * 8 + tail)),
  fc.constant(EMPTY_LIST),
  fc.tuple(fc.nat(3), fc.nat(2)).map(([id, serial]) => new Pid(id, serial)),
  fc.nat(3).map((id) => new Ref(id)),
);

const { term } = fc.letrec<{ term: Term }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('term'), { maxLength: 4 }).map((items) => list(items)),
    fc.tuple(fc.array(tie('term'), { maxLength: 3 }), tie('term')).map(([items, tail]) => list(items, tail)),
    fc.array(tie('term'), { maxLength: 3 }),
    fc.array(fc.tuple(tie('term'), tie('term')), { maxLength: 3 }).map((entries) => MapTerm.fromEntries(entries)),
  ),
}));

/** The same value built another way: bytes instead of text, maps filled in reverse, -0.0. */
function rebuild(t: Term): Term {
  if (t instanceof Bin) return Bin.fromBytes(Uint8Array.from(t.bytes));
  if (t instanceof BitString) return bitstring(Uint8Array.from(t.bytes), t.bitSize);
  if (t instanceof Float) return new Float(t.value === 0 ? -t.value : t.value);
  if (t instanceof Cons) return new Cons(rebuild(t.head), rebuild(t.tail));
  if (Array.isArray(t)) return t.map(rebuild);
  if (t instanceof MapTerm) return MapTerm.fromEntries([...t.entries()].reverse().map(([k, v]) => [rebuild(k), rebuild(v)]));
  if (typeof t === 'bigint') return normalizeInteger(BigInt(t.toString()));
  if (t instanceof Pid) return new Pid(t.id, t.serial);
  if (t instanceof Ref) return new Ref(t.id);
  return t;
}

const runs = { numRuns: 400 };

describe('term order', () => {
  it('is antisymmetric', () => {
    fc.assert(fc.property(term, term, (a, b) => compareTerms(a, b) === -compareTerms(b, a)), runs);
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(term, term, term, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareTerms);
        return compareTerms(x, y) <= 0 && compareTerms(y, z) <= 0 && compareTerms(x, z) <= 0;
      }),
      runs,
    );
  });

  it('puts exactly equal terms at the same place', () => {
    fc.assert(fc.property(term, (a) => compareTerms(a, rebuild(a)) === 0 && exactEquals(a, rebuild(a))), runs);
  });

  it('agrees with == and ===', () => {
    fc.assert(
      fc.property(term, term, (a, b) => {
        expect(looseEquals(a, b)).toBe(compareTerms(a, b) === 0);
        if (exactEquals(a, b)) expect(compareTerms(a, b)).toBe(0);
      }),
      runs,
    );
  });

  it('as map-key order, is zero exactly for exactly equal terms', () => {
    fc.assert(fc.property(term, term, (a, b) => (compareKeys(a, b) === 0) === exactEquals(a, b)), runs);
    fc.assert(fc.property(term, (a) => compareKeys(a, rebuild(a)) === 0), runs);
  });

  it('as map-key order, is transitive and antisymmetric', () => {
    fc.assert(
      fc.property(term, term, term, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareKeys);
        return compareKeys(x, y) <= 0 && compareKeys(y, z) <= 0 && compareKeys(x, z) <= 0 && compareKeys(x, y) === -compareKeys(y, x);
      }),
      runs,
    );
  });
});

describe('hashing', () => {
  it('gives exactly equal terms the same hash', () => {
    fc.assert(fc.property(term, (a) => hashTerm(a) === hashTerm(rebuild(a))), runs);
    fc.assert(fc.property(term, term, (a, b) => !exactEquals(a, b) || hashTerm(a) === hashTerm(b)), runs);
  });

  it('tells 1 from 1.0, as map keys must', () => {
    expect(MapTerm.EMPTY.put(1, atom('int')).put(new Float(1), atom('float')).size).toBe(2);
    expect(MapTerm.EMPTY.put(new Float(0), atom('a')).put(new Float(-0), atom('b')).size).toBe(1);
  });
});

type Op = { kind: 'put'; key: Term; value: Term } | { kind: 'delete'; key: Term };

const key: fc.Arbitrary<Term> = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.integer({ min: 0, max: 3 }).map((x) => new Float(x)),
  fc.constantFrom('a', 'b', 'c').map(atom),
  fc.constantFrom('a', 'b', 'xyz').map(str),
  fc.tuple(fc.nat(2), fc.nat(2)).map(([a, b]) => [a, b] as Term),
  term,
);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant('delete' as const), key }),
);

describe('MapTerm', () => {
  it('behaves like an association list compared with ===', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let map = MapTerm.EMPTY;
        let model: [Term, Term][] = [];
        const versions: [MapTerm, [Term, Term][]][] = [];
        for (const o of ops) {
          const i = model.findIndex(([k]) => exactEquals(k, o.key));
          if (o.kind === 'put') {
            map = map.put(o.key, o.value);
            if (i >= 0) model = model.map((e, j) => (j === i ? [e[0], o.value] : e));
            else model = [...model, [o.key, o.value]];
          } else {
            map = map.delete(o.key);
            if (i >= 0) model = model.filter((_, j) => j !== i);
          }
          versions.push([map, model]);
          expect(map.size).toBe(model.length);
          expect(map.get(o.key)).toBe(o.kind === 'put' ? o.value : undefined);
        }
        // Every version still holds what it held: updates never touch older maps.
        for (const [m, entries] of versions) {
          expect(m.size).toBe(entries.length);
          for (const [k, v] of entries) expect(m.get(rebuild(k))).toBe(v);
          const sorted = [...entries].sort((a, b) => compareKeys(a[0], b[0]));
          expect(m.sortedEntries().map(([k]) => inspect(k))).toEqual(sorted.map(([k]) => inspect(k)));
          if (m.size <= 32) expect(m.keys().map((k) => inspect(k))).toEqual(sorted.map(([k]) => inspect(k)));
        }
        // Equal contents make equal maps, whatever the order they were built in.
        const rebuilt = MapTerm.fromEntries([...model].reverse());
        expect(exactEquals(rebuilt, map)).toBe(true);
        expect(rebuilt.hash()).toBe(map.hash());
      }),
      { numRuns: 300 },
    );
  });
});
