// Erlang's term order and the two equalities the natives need (== and =:=):
//   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring.
// Numbers compare by value (1 == 1.0), except under exact comparison where an integer and a
// float are never equal and, as inside map key order, integers sort before floats.
// https://www.erlang.org/doc/reference_manual/expressions.html#term-comparisons
import { Atom, Bin, Cons, EMPTY_LIST, Float, Fun, Pid, Ref, type Term } from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';

function typeRank(t: Term): number {
  if (typeof t === 'number' || typeof t === 'bigint' || t instanceof Float) return 0;
  if (t instanceof Atom) return 1;
  if (t instanceof Ref) return 2;
  if (t instanceof Fun) return 3;
  if (t instanceof Pid) return 5;
  if (Array.isArray(t)) return 6;
  if (t instanceof MapTerm) return 7;
  if (t === EMPTY_LIST) return 8;
  if (t instanceof Cons) return 9;
  return 10; // Bin
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Code point order, which is also the UTF-8 byte order atoms are compared in. */
function compareText(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return sign(a.length - b.length);
}

function compareBytes(a: Uint8Array, b: Uint8Array): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return sign(a.length - b.length);
}

function compareNumbers(a: number | bigint | Float, b: number | bigint | Float, exact: boolean): -1 | 0 | 1 {
  const af = a instanceof Float;
  const bf = b instanceof Float;
  const x = af ? a.value : a;
  const y = bf ? b.value : b;
  // JS compares a bigint with a number exactly, which is what Erlang does for mixed types.
  if (x < y) return -1;
  if (x > y) return 1;
  if (exact && af !== bf) return af ? 1 : -1;
  return 0;
}

/** -1, 0 or 1 as a is less than, equal to (==) or greater than b in Erlang term order. */
export function compareTerms(a: Term, b: Term, exact = false): -1 | 0 | 1 {
  if (a === b) return 0;
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0:
      return compareNumbers(a as number, b as number, exact);
    case 1:
      return compareText((a as Atom).name, (b as Atom).name);
    case 2:
      return sign((a as Ref).id - (b as Ref).id);
    case 3:
      return compareFuns(a as Fun, b as Fun);
    case 5: {
      const p = a as Pid;
      const q = b as Pid;
      return p.id !== q.id ? sign(p.id - q.id) : sign(p.serial - q.serial);
    }
    case 6: {
      const ta = a as readonly Term[];
      const tb = b as readonly Term[];
      if (ta.length !== tb.length) return ta.length < tb.length ? -1 : 1;
      for (let i = 0; i < ta.length; i++) {
        const c = compareTerms(ta[i], tb[i], exact);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 7:
      return compareMaps(a as MapTerm, b as MapTerm, exact);
    case 8:
      return 0;
    case 9: {
      let x: Term = a;
      let y: Term = b;
      while (x instanceof Cons && y instanceof Cons) {
        const c = compareTerms(x.head, y.head, exact);
        if (c !== 0) return c;
        x = x.tail;
        y = y.tail;
      }
      return compareTerms(x, y, exact);
    }
    default:
      return compareBytes((a as Bin).bytes, (b as Bin).bytes);
  }
}

function compareFuns(a: Fun, b: Fun): -1 | 0 | 1 {
  if (a.arity !== b.arity) return sign(a.arity - b.arity);
  return a.code === b.code && a.env.length === b.env.length && a.env.every((t, i) => exactlyEqual(t, b.env[i]))
    ? 0
    : -1;
}

/** Map keys sort with integers before floats (exact order) whatever the comparison. */
function compareMaps(a: MapTerm, b: MapTerm, exact: boolean): -1 | 0 | 1 {
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  const ka = a.keys().sort((x, y) => compareTerms(x, y, true));
  const kb = b.keys().sort((x, y) => compareTerms(x, y, true));
  for (let i = 0; i < ka.length; i++) {
    const c = compareTerms(ka[i], kb[i], true);
    if (c !== 0) return c;
  }
  for (let i = 0; i < ka.length; i++) {
    const c = compareTerms(a.get(ka[i]) as Term, b.get(kb[i]) as Term, exact);
    if (c !== 0) return c;
  }
  return 0;
}

/** Erlang's == (1 == 1.0). */
export function looselyEqual(a: Term, b: Term): boolean {
  return compareTerms(a, b) === 0;
}

/** Erlang's =:= (1 =/= 1.0), the equality of pattern matching and map keys. */
export function exactlyEqual(a: Term, b: Term): boolean {
  return compareTerms(a, b, true) === 0;
}
