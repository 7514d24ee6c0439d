// The :erlang natives that do not touch processes: arithmetic, comparison, type tests,
// tuples, lists, binaries, conversions and clocks. Elixir's compiler inlines most of Kernel
// to these (length/1 is :erlang.length/1, a + b is :erlang.+/2), so their error reasons must
// be Erlang's exactly: badarith for arithmetic, badarg for everything else.
// https://www.erlang.org/doc/man/erlang.html
import { registerBif, ErlangError, type Bif } from './registry.ts';
import {
  atom,
  Atom,
  Bin,
  BitString,
  bool,
  Cons,
  EMPTY_LIST,
  FALSE,
  Float,
  Fun,
  bitSizeOf,
  isBitstring,
  isInteger,
  normalizeInteger,
  Pid,
  Ref,
  TRUE,
  type Term,
} from '../terms/types.ts';
import { MapTerm } from '../terms/map.ts';
import { makeHash, makeHash2, type Hash2Hooks } from '../terms/beam_hash.ts';
import { bitsFromByte, bitstringToList, listToBitstring } from '../vm/binary.ts';
import { compareTerms, exactlyEqual } from './order.ts';
import {
  badarg,
  badarith,
  badkey,
  binArg,
  charlist,
  charlistText,
  fromArray,
  iolistBytes,
  isList,
  isNumber,
  listArg,
  mapArg,
  mkFloat,
  properList,
  toBig,
  toJsNumber,
} from './util.ts';
import { compactFixed, formatFixed, formatFloatShortest, formatScientific } from './float_format.ts';

const def = (name: string, arity: number, fn: Bif): void => registerBif('erlang', name, arity, fn);

// ---------------------------------------------------------------------------------------------
// Arithmetic

type Num = number | bigint | Float;

function numArgs(a: Term, b: Term): [Num, Num] {
  if (!isNumber(a) || !isNumber(b)) badarith();
  return [a, b];
}

/** -0 is not an integer: integer results that JS computes as -0 are plain 0. */
const noNegZero = (n: number): number => n + 0;

export function add(a: Term, b: Term): Term {
  const [x, y] = numArgs(a, b);
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x + y;
    return Number.isSafeInteger(r) ? r : normalizeInteger(BigInt(x) + BigInt(y));
  }
  if (x instanceof Float || y instanceof Float) return mkFloat(toJsNumber(x) + toJsNumber(y));
  return normalizeInteger(toBig(x) + toBig(y));
}

export function subtract(a: Term, b: Term): Term {
  const [x, y] = numArgs(a, b);
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x - y;
    return Number.isSafeInteger(r) ? noNegZero(r) : normalizeInteger(BigInt(x) - BigInt(y));
  }
  if (x instanceof Float || y instanceof Float) return mkFloat(toJsNumber(x) - toJsNumber(y));
  return normalizeInteger(toBig(x) - toBig(y));
}

export function multiply(a: Term, b: Term): Term {
  const [x, y] = numArgs(a, b);
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x * y;
    return Number.isSafeInteger(r) ? noNegZero(r) : normalizeInteger(BigInt(x) * BigInt(y));
  }
  if (x instanceof Float || y instanceof Float) return mkFloat(toJsNumber(x) * toJsNumber(y));
  return normalizeInteger(toBig(x) * toBig(y));
}

export function divide(a: Term, b: Term): Term {
  const [x, y] = numArgs(a, b);
  const d = toJsNumber(y);
  if (d === 0) badarith();
  return mkFloat(toJsNumber(x) / d);
}

function intArgs(a: Term, b: Term): [number | bigint, number | bigint] {
  if (!isInteger(a) || !isInteger(b)) badarith();
  return [a, b];
}

export function intDiv(a: Term, b: Term): Term {
  const [x, y] = intArgs(a, b);
  if (y === 0) badarith();
  if (typeof x === 'number' && typeof y === 'number') return noNegZero((x - (x % y)) / y);
  return normalizeInteger(toBig(x) / toBig(y));
}

export function intRem(a: Term, b: Term): Term {
  const [x, y] = intArgs(a, b);
  if (y === 0) badarith();
  if (typeof x === 'number' && typeof y === 'number') return noNegZero(x % y);
  return normalizeInteger(toBig(x) % toBig(y));
}

function negate(a: Term): Term {
  if (!isNumber(a)) badarith();
  if (a instanceof Float) return new Float(-a.value);
  if (typeof a === 'number') return noNegZero(-a);
  return normalizeInteger(-a);
}

def('+', 2, ([a, b]) => add(a, b));
def('-', 2, ([a, b]) => subtract(a, b));
def('*', 2, ([a, b]) => multiply(a, b));
def('/', 2, ([a, b]) => divide(a, b));
def('div', 2, ([a, b]) => intDiv(a, b));
def('rem', 2, ([a, b]) => intRem(a, b));
def('-', 1, ([a]) => negate(a));
def('+', 1, ([a]) => {
  if (!isNumber(a)) badarith();
  return a;
});

const INT32 = 0x7fffffff;
const small = (n: number | bigint): n is number => typeof n === 'number' && n >= -INT32 && n <= INT32;

function bitwise(op: 'band' | 'bor' | 'bxor') {
  return ([a, b]: Term[]): Term => {
    const [x, y] = intArgs(a, b);
    if (small(x) && small(y)) return op === 'band' ? x & y : op === 'bor' ? x | y : x ^ y;
    const p = toBig(x);
    const q = toBig(y);
    return normalizeInteger(op === 'band' ? p & q : op === 'bor' ? p | q : p ^ q);
  };
}
def('band', 2, bitwise('band'));
def('bor', 2, bitwise('bor'));
def('bxor', 2, bitwise('bxor'));
def('bnot', 1, ([a]) => {
  if (!isInteger(a)) badarith();
  return normalizeInteger(~toBig(a));
});

function shift(a: Term, b: Term, left: boolean): Term {
  const [x, y] = intArgs(a, b);
  let n = toBig(y);
  if (!left) n = -n;
  if (n > 1n << 26n) {
    if (x === 0) return 0;
    throw new ErlangError(atom('system_limit'));
  }
  const v = toBig(x);
  return normalizeInteger(n >= 0n ? v << n : v >> -n);
}
def('bsl', 2, ([a, b]) => shift(a, b, true));
def('bsr', 2, ([a, b]) => shift(a, b, false));

def('abs', 1, ([a]) => {
  if (!isNumber(a)) badarg();
  if (a instanceof Float) return new Float(Math.abs(a.value));
  if (typeof a === 'number') return Math.abs(a);
  return a < 0n ? normalizeInteger(-a) : a;
});

def('float', 1, ([a]) => {
  if (!isNumber(a)) badarg();
  if (a instanceof Float) return a;
  const f = Number(a);
  if (!Number.isFinite(f)) badarg();
  return new Float(f);
});

/** An integral double as an integer term. */
function integral(x: number): number | bigint {
  return Number.isSafeInteger(x) ? noNegZero(x) : normalizeInteger(BigInt(x));
}

function rounding(fn: (x: number) => number) {
  return ([a]: Term[]): Term => {
    if (!isNumber(a)) badarg();
    if (!(a instanceof Float)) return a;
    return integral(fn(a.value));
  };
}
// Erlang rounds halves away from zero; Math.round rounds them up.
def('round', 1, rounding((x) => Math.sign(x) * Math.round(Math.abs(x))));
def('trunc', 1, rounding(Math.trunc));
def('floor', 1, rounding(Math.floor));
def('ceil', 1, rounding(Math.ceil));

// ---------------------------------------------------------------------------------------------
// Comparison

def('==', 2, ([a, b]) => bool(compareTerms(a, b) === 0));
def('/=', 2, ([a, b]) => bool(compareTerms(a, b) !== 0));
def('=:=', 2, ([a, b]) => bool(exactlyEqual(a, b)));
def('=/=', 2, ([a, b]) => bool(!exactlyEqual(a, b)));
def('<', 2, ([a, b]) => bool(compareTerms(a, b) < 0));
def('>', 2, ([a, b]) => bool(compareTerms(a, b) > 0));
def('=<', 2, ([a, b]) => bool(compareTerms(a, b) <= 0));
def('>=', 2, ([a, b]) => bool(compareTerms(a, b) >= 0));
def('max', 2, ([a, b]) => (compareTerms(a, b) < 0 ? b : a));
def('min', 2, ([a, b]) => (compareTerms(a, b) > 0 ? b : a));

// ---------------------------------------------------------------------------------------------
// Type tests

const isBoolean = (t: Term): boolean => t === TRUE || t === FALSE;
def('is_atom', 1, ([a]) => bool(a instanceof Atom));
def('is_binary', 1, ([a]) => bool(a instanceof Bin));
def('is_bitstring', 1, ([a]) => bool(isBitstring(a)));
def('is_boolean', 1, ([a]) => bool(isBoolean(a)));
def('is_float', 1, ([a]) => bool(a instanceof Float));
def('is_integer', 1, ([a]) => bool(isInteger(a)));
def('is_number', 1, ([a]) => bool(isNumber(a)));
def('is_list', 1, ([a]) => bool(isList(a)));
def('is_map', 1, ([a]) => bool(a instanceof MapTerm));
def('is_tuple', 1, ([a]) => bool(Array.isArray(a)));
def('is_pid', 1, ([a]) => bool(a instanceof Pid));
def('is_reference', 1, ([a]) => bool(a instanceof Ref));
def('is_port', 1, () => FALSE);
def('is_function', 1, ([a]) => bool(a instanceof Fun));
def('is_function', 2, ([f, n]) => {
  if (typeof n !== 'number' || n < 0) badarg();
  return bool(f instanceof Fun && f.arity === n);
});
def('is_map_key', 2, ([k, m]) => bool(mapArg(m).has(k)));

// ---------------------------------------------------------------------------------------------
// Tuples

function tupleArg(t: Term): readonly Term[] {
  if (!Array.isArray(t)) badarg();
  return t;
}

/** A 1-based index into a tuple of size n (max: the largest index allowed). */
function index(n: Term, max: number): number {
  if (typeof n !== 'number' || n < 1 || n > max) badarg();
  return n - 1;
}

def('element', 2, ([n, t]) => {
  const tuple = tupleArg(t);
  return tuple[index(n, tuple.length)];
});
def('setelement', 3, ([n, t, v]) => {
  const tuple = tupleArg(t);
  const copy = tuple.slice();
  copy[index(n, tuple.length)] = v;
  return copy;
});
def('insert_element', 3, ([n, t, v]) => {
  const tuple = tupleArg(t);
  const copy = tuple.slice();
  copy.splice(index(n, tuple.length + 1), 0, v);
  return copy;
});
def('delete_element', 2, ([n, t]) => {
  const tuple = tupleArg(t);
  const copy = tuple.slice();
  copy.splice(index(n, tuple.length), 1);
  return copy;
});
def('tuple_size', 1, ([t]) => tupleArg(t).length);
def('size', 1, ([t]) => (t instanceof Bin ? t.byteSize : tupleArg(t).length));
def('make_tuple', 2, ([n, v]) => {
  if (typeof n !== 'number' || n < 0) badarg();
  return new Array<Term>(n).fill(v);
});
def('append_element', 2, ([t, v]) => [...tupleArg(t), v]);
def('tuple_to_list', 1, ([t]) => fromArray(tupleArg(t)));
def('list_to_tuple', 1, ([l]) => listArg(l));

// ---------------------------------------------------------------------------------------------
// Lists

def('hd', 1, ([l]) => {
  if (!(l instanceof Cons)) badarg();
  return l.head;
});
def('tl', 1, ([l]) => {
  if (!(l instanceof Cons)) badarg();
  return l.tail;
});
def('length', 1, ([l]) => {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tail;
  }
  if (l !== EMPTY_LIST) badarg();
  return n;
});
def('++', 2, ([a, b]) => fromArray(listArg(a), b));
def('--', 2, ([a, b]) => {
  const left = listArg(a);
  const right = listArg(b);
  for (const r of right) {
    const i = left.findIndex((x) => exactlyEqual(x, r));
    if (i >= 0) left.splice(i, 1);
  }
  return fromArray(left);
});

// ---------------------------------------------------------------------------------------------
// Maps

def('map_size', 1, ([m]) => mapArg(m).size);
def('map_get', 2, ([k, m]) => {
  const v = mapArg(m).get(k);
  if (v === undefined) badkey(k);
  return v;
});

// ---------------------------------------------------------------------------------------------
// Binaries and conversions

def('byte_size', 1, ([b]) => (b instanceof BitString ? b.bytes.length : binArg(b).byteSize));
def('bit_size', 1, ([b]) => bitSizeOf(isBitstring(b) ? b : badarg()));
def('bitstring_to_list', 1, ([b]) => bitstringToList(isBitstring(b) ? b : badarg()));
def('list_to_bitstring', 1, ([l]) => listToBitstring(l) ?? badarg());

function encodingArg(e: Term): 'utf8' | 'latin1' {
  if (e === atom('utf8') || e === atom('unicode')) return 'utf8';
  if (e === atom('latin1')) return 'latin1';
  return badarg();
}

function atomToBinary(a: Term, enc: 'utf8' | 'latin1'): Bin {
  if (!(a instanceof Atom)) badarg();
  if (enc === 'latin1') {
    const bytes: number[] = [];
    for (const ch of a.name) {
      const c = ch.codePointAt(0) as number;
      if (c > 255) badarg();
      bytes.push(c);
    }
    return Bin.fromBytes(Uint8Array.from(bytes));
  }
  return Bin.fromString(a.name);
}
def('atom_to_binary', 1, ([a]) => atomToBinary(a, 'utf8'));
def('atom_to_binary', 2, ([a, e]) => atomToBinary(a, encodingArg(e)));
def('atom_to_list', 1, ([a]) => {
  if (!(a instanceof Atom)) badarg();
  return charlist(a.name);
});

function binaryToAtom(b: Term, enc: 'utf8' | 'latin1'): Atom {
  const bin = binArg(b);
  let name: string | null;
  if (enc === 'latin1') name = String.fromCharCode(...bin.bytes);
  else name = bin.text;
  if (name === null) badarg();
  if ([...name].length > 255) throw new ErlangError(atom('system_limit'));
  return atom(name);
}
def('binary_to_atom', 1, ([b]) => binaryToAtom(b, 'utf8'));
def('binary_to_atom', 2, ([b, e]) => binaryToAtom(b, encodingArg(e)));
// Every atom name is taken to exist: the atom table does not say which names were seen.
def('binary_to_existing_atom', 1, ([b]) => binaryToAtom(b, 'utf8'));
def('binary_to_existing_atom', 2, ([b, e]) => binaryToAtom(b, encodingArg(e)));
def('list_to_atom', 1, ([l]) => {
  const name = charlistText(l);
  if (name === null) badarg();
  if ([...name].length > 255) throw new ErlangError(atom('system_limit'));
  return atom(name);
});
def('list_to_existing_atom', 1, ([l]) => {
  const name = charlistText(l);
  if (name === null) badarg();
  return atom(name);
});

function baseArg(b: Term): number {
  if (typeof b !== 'number' || b < 2 || b > 36) badarg();
  return b;
}

export function integerToText(n: Term, base: number): string {
  if (!isInteger(n)) badarg();
  return n.toString(base).toUpperCase();
}
def('integer_to_binary', 1, ([n]) => Bin.fromString(integerToText(n, 10)));
def('integer_to_binary', 2, ([n, b]) => Bin.fromString(integerToText(n, baseArg(b))));
def('integer_to_list', 1, ([n]) => charlist(integerToText(n, 10)));
def('integer_to_list', 2, ([n, b]) => charlist(integerToText(n, baseArg(b))));

/** Erlang's strict integer syntax: an optional sign, then at least one digit of the base. */
export function parseInteger(text: string, base: number): number | bigint | null {
  let i = 0;
  let neg = false;
  if (text[0] === '+' || text[0] === '-') {
    neg = text[0] === '-';
    i = 1;
  }
  if (i >= text.length) return null;
  let acc = 0n;
  const b = BigInt(base);
  for (; i < text.length; i++) {
    const d = parseInt(text[i], 36);
    if (Number.isNaN(d) || d >= base) return null;
    acc = acc * b + BigInt(d);
  }
  return normalizeInteger(neg ? -acc : acc);
}

function textArg(t: Term): string {
  const s = binArg(t).text;
  if (s === null) badarg();
  return s;
}

def('binary_to_integer', 1, ([t]) => parseInteger(textArg(t), 10) ?? badarg());
def('binary_to_integer', 2, ([t, b]) => parseInteger(textArg(t), baseArg(b)) ?? badarg());
def('list_to_integer', 1, ([l]) => parseInteger(charlistText(l) ?? badarg(), 10) ?? badarg());
def('list_to_integer', 2, ([l, b]) => parseInteger(charlistText(l) ?? badarg(), baseArg(b)) ?? badarg());

/** float_to_binary/2 and float_to_list/2: the options select one of Erlang's formats. */
export function formatFloatOptions(f: Term, opts: Term): string {
  if (!(f instanceof Float)) badarg();
  const list = properList(opts);
  if (list === null) badarg();
  let mode: 'scientific' | 'decimals' | 'short' = 'scientific';
  let precision = 20;
  let compact = false;
  for (const o of list) {
    if (o === atom('compact')) compact = true;
    else if (o === atom('short')) mode = 'short';
    else if (Array.isArray(o) && o.length === 2 && (o[0] === atom('decimals') || o[0] === atom('scientific'))) {
      const n = o[1];
      const max = o[0] === atom('decimals') ? 253 : 249;
      if (typeof n !== 'number' || n < 0 || n > max) badarg();
      mode = (o[0] as Atom).name as 'decimals' | 'scientific';
      precision = n;
    } else badarg();
  }
  const x = f.value;
  if (mode === 'short') return formatFloatShortest(x);
  if (mode === 'scientific') return formatScientific(x, precision);
  const text = formatFixed(x, precision);
  // Erlang formats decimals into a fixed buffer and gives up past it.
  if (text.length > 256) badarg();
  return compact ? compactFixed(text) : text;
}

def('float_to_binary', 1, ([f]) => {
  if (!(f instanceof Float)) badarg();
  return Bin.fromString(formatScientific(f.value, 20));
});
def('float_to_binary', 2, ([f, o]) => Bin.fromString(formatFloatOptions(f, o)));
def('float_to_list', 1, ([f]) => {
  if (!(f instanceof Float)) badarg();
  return charlist(formatScientific(f.value, 20));
});
def('float_to_list', 2, ([f, o]) => charlist(formatFloatOptions(f, o)));

/** Erlang's float syntax: digits, a point, digits, and an optional exponent. */
export function parseFloatText(text: string): number | null {
  if (!/^[+-]?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?$/.test(text)) return null;
  const x = Number(text);
  return Number.isFinite(x) ? x : null;
}
def('binary_to_float', 1, ([t]) => new Float(parseFloatText(textArg(t)) ?? badarg()));
def('list_to_float', 1, ([l]) => new Float(parseFloatText(charlistText(l) ?? badarg()) ?? badarg()));

def('iolist_to_binary', 1, ([l]) => Bin.fromBytes(iolistBytes(l) ?? badarg()));
def('iolist_size', 1, ([l]) => (iolistBytes(l) ?? badarg()).length);
def('list_to_binary', 1, ([l]) => {
  if (!isList(l)) badarg();
  return Bin.fromBytes(iolistBytes(l) ?? badarg());
});
def('binary_to_list', 1, ([b]) => fromArray(Array.from(binArg(b).bytes)));

/** Also takes a bitstring, of which only the whole bytes can be part. */
export function binaryPart(b: Term, pos: Term, len: Term): Bin {
  const bytes = b instanceof BitString ? b.bytes.subarray(0, b.bitSize >> 3) : binArg(b).bytes;
  if (typeof pos !== 'number' || typeof len !== 'number') badarg();
  const start = len < 0 ? pos + len : pos;
  const end = len < 0 ? pos : pos + len;
  if (start < 0 || end > bytes.length || pos < 0 || pos > bytes.length) badarg();
  // A sub-binary, as on the BEAM: terms are immutable, so the bytes can be shared.
  return Bin.fromBytes(bytes.subarray(start, end));
}
def('binary_part', 3, ([b, p, l]) => binaryPart(b, p, l));
def('binary_part', 2, ([b, pl]) => {
  if (!Array.isArray(pl) || pl.length !== 2) badarg();
  return binaryPart(b, pl[0], pl[1]);
});
def('split_binary', 2, ([b, p]) => {
  if (b instanceof BitString) {
    if (typeof p !== 'number' || p < 0 || p > b.bitSize >> 3) badarg();
    return [Bin.fromBytes(b.bytes.subarray(0, p)), bitsFromByte(b, p)];
  }
  const bytes = binArg(b).bytes;
  if (typeof p !== 'number' || p < 0 || p > bytes.length) badarg();
  return [Bin.fromBytes(bytes.subarray(0, p)), Bin.fromBytes(bytes.subarray(p))];
});

// ---------------------------------------------------------------------------------------------
// Booleans (the strict operators; Elixir's && and || are compiled to case)

function boolArg(t: Term): boolean {
  if (t === TRUE) return true;
  if (t === FALSE) return false;
  return badarg();
}
def('not', 1, ([a]) => bool(!boolArg(a)));
// Both arguments are checked: these are functions, not the short-circuit operators.
def('and', 2, ([a, b]) => {
  const x = boolArg(a);
  const y = boolArg(b);
  return bool(x && y);
});
def('or', 2, ([a, b]) => {
  const x = boolArg(a);
  const y = boolArg(b);
  return bool(x || y);
});
def('xor', 2, ([a, b]) => bool(boolArg(a) !== boolArg(b)));

// ---------------------------------------------------------------------------------------------
// Hashing: erts' make_hash2 (phash2) and make_hash (phash), so that values match the BEAM's for
// every term whose hash depends on its contents alone (see ../terms/beam_hash.ts).

const hashHooks: Hash2Hooks = {
  identity: (t) => (t instanceof Pid ? { kind: 'pid', number: t.id } : t instanceof Ref ? { kind: 'ref', number: t.id } : null),
  fun: (t) => {
    if (!(t instanceof Fun)) return null;
    const l = t.label;
    if (l.kind === 'external') return { kind: 'export', module: l.module.name, name: l.name.name, arity: t.arity };
    return { kind: 'local', module: l.module.name, index: l.index, uniq: l.uniq, env: t.env };
  },
};

function rangeArg(r: Term): number {
  if (typeof r !== 'number' || r < 1 || r > 2 ** 32) badarg();
  return r;
}

def('phash2', 1, ([t]) => makeHash2(t, hashHooks) & (2 ** 27 - 1));
// A range of 2^32 is 0 as erts' 32-bit range: the whole hash.
def('phash2', 2, ([t, r]) => makeHash2(t, hashHooks) % (rangeArg(r) === 2 ** 32 ? 2 ** 32 : r as number));
def('phash', 2, ([t, r]) => (makeHash(t, hashHooks) % rangeArg(r)) + 1);

// ---------------------------------------------------------------------------------------------
// Clocks. The native time unit is the nanosecond, as on the BEAM under Linux.

const NANOS: Record<string, bigint> = {
  second: 1_000_000_000n,
  seconds: 1_000_000_000n,
  millisecond: 1_000_000n,
  milli_seconds: 1_000_000n,
  microsecond: 1000n,
  micro_seconds: 1000n,
  nanosecond: 1n,
  nano_seconds: 1n,
  native: 1n,
};

/** Nanoseconds per unit; an integer unit is parts per second. */
function unitNanos(u: Term): { perSecond: bigint } {
  if (u instanceof Atom && u.name in NANOS) return { perSecond: 1_000_000_000n / NANOS[u.name] };
  if (typeof u === 'number' && u > 0) return { perSecond: BigInt(u) };
  if (u === atom('perf_counter')) return { perSecond: 1_000_000_000n };
  return badarg();
}

/** Converts like erlang:convert_time_unit/3, flooring towards negative infinity. */
function convert(value: bigint, fromPerSecond: bigint, toPerSecond: bigint): bigint {
  const n = value * toPerSecond;
  const q = n / fromPerSecond;
  return n < 0n && q * fromPerSecond !== n ? q - 1n : q;
}

const clockOrigin = typeof performance !== 'undefined' ? performance.timeOrigin : Date.now();
const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now() - clockOrigin);

export function systemTimeNanos(): bigint {
  return BigInt(Math.round((clockOrigin + now()) * 1e6));
}

/** Monotonic time starts at a large negative value on the BEAM; any fixed origin will do. */
export function monotonicTimeNanos(): bigint {
  return BigInt(Math.round(now() * 1e6)) - 576460752303423488n;
}

const inUnit = (ns: bigint, u: Term): Term => normalizeInteger(convert(ns, 1_000_000_000n, unitNanos(u).perSecond));
def('system_time', 0, () => normalizeInteger(systemTimeNanos()));
def('system_time', 1, ([u]) => inUnit(systemTimeNanos(), u));
def('monotonic_time', 0, () => normalizeInteger(monotonicTimeNanos()));
def('monotonic_time', 1, ([u]) => inUnit(monotonicTimeNanos(), u));
def('time_offset', 0, () => normalizeInteger(systemTimeNanos() - monotonicTimeNanos()));
def('time_offset', 1, ([u]) => inUnit(systemTimeNanos() - monotonicTimeNanos(), u));
def('convert_time_unit', 3, ([t, from, to]) => {
  if (!isInteger(t)) badarg();
  return normalizeInteger(convert(toBig(t), unitNanos(from).perSecond, unitNanos(to).perSecond));
});
registerBif('os', 'system_time', 0, () => normalizeInteger(systemTimeNanos()));
registerBif('os', 'system_time', 1, ([u]) => inUnit(systemTimeNanos(), u));

let uniqueCounter = 0;
def('unique_integer', 0, () => ++uniqueCounter - 576460752303423489);
def('unique_integer', 1, ([opts]) => {
  const list = listArg(opts);
  for (const o of list) if (o !== atom('positive') && o !== atom('monotonic')) badarg();
  uniqueCounter++;
  return list.includes(atom('positive')) ? uniqueCounter : uniqueCounter - 576460752303423489;
});
