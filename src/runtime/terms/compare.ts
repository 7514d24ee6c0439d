// Equality and ordering of terms, as the BEAM defines them.
//
//   exactEquals   =:=  (1 =:= 1.0 is false; 0.0 =:= -0.0 is true on OTP 25)
//   looseEquals   ==   (1 == 1.0 is true)
//   compareTerms  the global term order used by <, >, sort and max/min:
//                 number < atom < reference < fun < port < pid < tuple < map < list < bitstring
//   compareKeys   the order of map keys, where every integer sorts before every float
//                 (https://www.erlang.org/doc/reference_manual/expressions.html#term-comparisons)
//
// Lists can be a million cells long and data can nest deeply, so lists and tuples are walked
// with an explicit stack of pairs instead of recursion.
import { Atom, Bin, BitString, Cons, EMPTY_LIST, Float, Fun, Pid, Ref, type Term } from './types.ts';
import { MapTerm } from './map.ts';

export type Order = -1 | 0 | 1;

/** Rank of each kind of term in the global order (ports do not exist in our runtime). */
const enum Rank {
  Number = 0,
  Atom = 1,
  Ref = 2,
  Fun = 3,
  Port = 4,
  Pid = 5,
  Tuple = 6,
  Map = 7,
  List = 8,
  Bitstring = 9,
}

function rank(t: Term): Rank {
  if (typeof t === 'number' || typeof t === 'bigint' || t instanceof Float) return Rank.Number;
  if (t instanceof Atom) return Rank.Atom;
  if (t instanceof Cons || t === EMPTY_LIST) return Rank.List;
  if (Array.isArray(t)) return Rank.Tuple;
  if (t instanceof Bin || t instanceof BitString) return Rank.Bitstring;
  if (t instanceof MapTerm) return Rank.Map;
  if (t instanceof Pid) return Rank.Pid;
  if (t instanceof Ref) return Rank.Ref;
  if (t instanceof Fun) return Rank.Fun;
  throw new TypeError('not a term: ' + String(t));
}

function sign(n: number): Order {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Exact equality

export function exactEquals(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (!(a instanceof Cons) && !Array.isArray(a)) return scalarExactEquals(a, b);
  // Pairs still to compare, heads before tails, so a long list keeps the stack at a few entries.
  const stack: Term[] = [a, b];
  while (stack.length > 0) {
    const y = stack.pop() as Term;
    const x = stack.pop() as Term;
    if (x === y) continue;
    if (x instanceof Cons) {
      if (!(y instanceof Cons)) return false;
      stack.push(x.tail, y.tail, x.head, y.head);
    } else if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i], y[i]);
    } else if (!scalarExactEquals(x, y)) return false;
  }
  return true;
}

/** =:= for every term but lists and tuples. */
function scalarExactEquals(a: Term, b: Term): boolean {
  if (a === b) return true;
  if (typeof a === 'number' || typeof a === 'bigint') return false; // integers are normalized
  if (a instanceof Float) return b instanceof Float && a.value === b.value;
  if (a instanceof Bin) return b instanceof Bin && binEquals(a, b);
  if (a instanceof BitString) return b instanceof BitString && a.bitSize === b.bitSize && bytesEqual(a.bytes, b.bytes);
  if (a instanceof MapTerm) return b instanceof MapTerm && a.equals(b);
  if (a instanceof Pid) return b instanceof Pid && a.id === b.id && a.serial === b.serial;
  if (a instanceof Ref) return b instanceof Ref && a.id === b.id;
  if (a instanceof Fun) return b instanceof Fun && funEquals(a, b);
  return false; // atoms and [] are singletons, already compared by identity; lists and tuples differ
}

export function binEquals(a: Bin, b: Bin): boolean {
  if (a === b) return true;
  const ta = a.text;
  const tb = b.text;
  // Valid UTF-8 and its text are in one-to-one correspondence.
  if (ta !== null || tb !== null) return ta === tb;
  return bytesEqual(a.bytes, b.bytes);
}

function bytesEqual(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function funEquals(a: Fun, b: Fun): boolean {
  if (a.arity !== b.arity || a.env.length !== b.env.length) return false;
  const la = a.label;
  const lb = b.label;
  if (la.kind === 'external') {
    if (lb.kind !== 'external' || la.module !== lb.module || la.name !== lb.name) return false;
  } else {
    if (lb.kind !== 'local' || la.module !== lb.module || la.index !== lb.index || la.uniq !== lb.uniq) {
      return false;
    }
  }
  for (let i = 0; i < a.env.length; i++) if (!exactEquals(a.env[i], b.env[i])) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Ordering

/** `a == b`: equal in the term order, so 1 == 1.0. */
export function looseEquals(a: Term, b: Term): boolean {
  return compareTerms(a, b) === 0;
}

/** The global term order; numbers compare by value, so compareTerms(1, 1.0) is 0. */
export function compareTerms(a: Term, b: Term): Order {
  return compare(a, b, false);
}

/**
 * The order of map keys (and of maps' own comparison): like the term order except that integers
 * sort before floats, which makes it a total order consistent with exact equality.
 */
export function compareKeys(a: Term, b: Term): Order {
  return compare(a, b, true);
}

function compare(a: Term, b: Term, exact: boolean): Order {
  if (a === b) return 0;
  if (!(a instanceof Cons) && !Array.isArray(a)) return compareScalars(a, b, exact);
  // Pairs still to compare, in order; the first difference decides.
  const stack: Term[] = [a, b];
  while (stack.length > 0) {
    const y = stack.pop() as Term;
    const x = stack.pop() as Term;
    if (x === y) continue;
    if (x instanceof Cons && y instanceof Cons) {
      stack.push(x.tail, y.tail, x.head, y.head);
    } else if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return x.length < y.length ? -1 : 1;
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i], y[i]);
    } else {
      const c = compareScalars(x, y, exact);
      if (c !== 0) return c;
    }
  }
  return 0;
}

/**
 * Order of two terms that are not both lists or both tuples: by kind, then within the kind.
 * A list against [] lands here too ([] < [_ | _]); so do mixed kinds such as 2 < :a < [].
 */
function compareScalars(a: Term, b: Term, exact: boolean): Order {
  if (a === b) return 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case Rank.Number:
      return compareNumbers(a as number | bigint | Float, b as number | bigint | Float, exact);
    case Rank.Atom:
      return compareStrings((a as Atom).name, (b as Atom).name);
    case Rank.Ref:
      return sign((a as Ref).id - (b as Ref).id);
    case Rank.Fun:
      return compareFuns(a as Fun, b as Fun, exact);
    case Rank.Pid: {
      // The BEAM orders local pids by serial first, then by number.
      const pa = a as Pid;
      const pb = b as Pid;
      return pa.serial !== pb.serial ? sign(pa.serial - pb.serial) : sign(pa.id - pb.id);
    }
    case Rank.Tuple:
      return compare(a, b, exact);
    case Rank.Map:
      return compareMaps(a as MapTerm, b as MapTerm, exact);
    case Rank.List:
      // Exactly one of them is [] (two non-empty lists never get here).
      return a === EMPTY_LIST ? -1 : 1;
    case Rank.Bitstring:
      return a instanceof Bin && b instanceof Bin ? compareBins(a, b) : compareBits(a as Bin | BitString, b as Bin | BitString);
    case Rank.Port:
      return 0;
  }
}

function compareNumbers(a: number | bigint | Float, b: number | bigint | Float, exact: boolean): Order {
  const fa = a instanceof Float;
  const fb = b instanceof Float;
  if (exact && fa !== fb) return fa ? 1 : -1;
  const x = fa ? (a as Float).value : (a as number | bigint);
  const y = fb ? (b as Float).value : (b as number | bigint);
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
  if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
  // A bigint against a number: a number that is an integer converts exactly; a float with a
  // fraction is compared through its floor.
  if (typeof x === 'bigint') return -compareBigWithNumber(y as number, x) as Order;
  return compareBigWithNumber(x as number, y as bigint);
}

/** Order of the number n against the bigint big. */
function compareBigWithNumber(n: number, big: bigint): Order {
  const fl = Math.floor(n);
  const bf = BigInt(fl);
  if (bf < big) return -1;
  if (bf > big) return 1;
  return fl === n ? 0 : 1;
}

/** Code point order, which is also the byte order of the UTF-8 encodings. */
export function compareStrings(a: string, b: string): Order {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (ca !== cb) {
      const pa = a.codePointAt(i) as number;
      const pb = b.codePointAt(i) as number;
      return pa < pb ? -1 : 1;
    }
  }
  return sign(a.length - b.length);
}

function compareBins(a: Bin, b: Bin): Order {
  const ta = a.text;
  const tb = b.text;
  if (ta !== null && tb !== null) return compareStrings(ta, tb);
  const x = a.bytes;
  const y = b.bytes;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return sign(x.length - y.length);
}

/** Bit by bit over the bits both have, then the shorter first: <<1::1>> > <<0, 0>>. */
function compareBits(a: Bin | BitString, b: Bin | BitString): Order {
  const x = a.bytes;
  const y = b.bytes;
  const na = a instanceof Bin ? x.length * 8 : a.bitSize;
  const nb = b instanceof Bin ? y.length * 8 : b.bitSize;
  const common = Math.min(na, nb);
  const whole = common >> 3;
  for (let i = 0; i < whole; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  const rest = common & 7;
  if (rest !== 0) {
    const p = x[whole] >> (8 - rest);
    const q = y[whole] >> (8 - rest);
    if (p !== q) return p < q ? -1 : 1;
  }
  return sign(na - nb);
}

function compareMaps(a: MapTerm, b: MapTerm, exact: boolean): Order {
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  const ea = a.sortedEntries();
  const eb = b.sortedEntries();
  // Keys first (in key order, compared exactly), then values in key order.
  for (let i = 0; i < ea.length; i++) {
    const c = compareKeys(ea[i][0], eb[i][0]);
    if (c !== 0) return c;
  }
  for (let i = 0; i < ea.length; i++) {
    const c = compare(ea[i][1], eb[i][1], exact);
    if (c !== 0) return c;
  }
  return 0;
}

function compareFuns(a: Fun, b: Fun, exact: boolean): Order {
  const la = a.label;
  const lb = b.label;
  let c = compareStrings(la.module.name, lb.module.name);
  if (c !== 0) return c;
  if (la.kind !== lb.kind) return la.kind === 'external' ? 1 : -1;
  if (la.kind === 'external' && lb.kind === 'external') {
    c = compareStrings(la.name.name, lb.name.name);
    if (c !== 0) return c;
    return sign(a.arity - b.arity);
  }
  if (la.kind === 'local' && lb.kind === 'local') {
    if (la.index !== lb.index) return sign(la.index - lb.index);
    if (la.uniq !== lb.uniq) return sign(la.uniq - lb.uniq);
  }
  if (a.env.length !== b.env.length) return sign(a.env.length - b.env.length);
  for (let i = 0; i < a.env.length; i++) {
    c = compare(a.env[i], b.env[i], exact);
    if (c !== 0) return c;
  }
  return 0;
}
