// Elixir's Integer and Float modules as natives. Float.round/ceil/floor round the float's
// exact binary value (not its shortest decimal text), as Elixir does, so
// Float.round(2.675, 2) is 2.67.
// https://hexdocs.pm/elixir/1.14/Integer.html https://hexdocs.pm/elixir/1.14/Float.html
import { registerBif, type Bif } from './registry.ts';
import { Bin, ERROR, Float, isInteger, normalizeInteger, type Term } from '../terms/types.ts';
import { badarith, charlist, fromArray, functionClause, mkFloat, properList, raise, toBig } from './util.ts';
import { formatFloatShortest } from './float_format.ts';

const defInt = (name: string, arity: number, fn: Bif): void => registerBif('Elixir.Integer', name, arity, fn);
const defFloat = (name: string, arity: number, fn: Bif): void => registerBif('Elixir.Float', name, arity, fn);

// ---------------------------------------------------------------------------------------------
// Integer

function digits(n: Term, base: Term): Term {
  if (!isInteger(n) || !isInteger(base) || base < 2) functionClause();
  const b = toBig(base);
  let v = toBig(n);
  if (v === 0n) return fromArray([0]);
  const neg = v < 0n;
  if (neg) v = -v;
  const out: Term[] = [];
  while (v > 0n) {
    const d = v % b;
    out.unshift(normalizeInteger(neg ? -d : d));
    v /= b;
  }
  return fromArray(out);
}
// Integer.digits(integer, base \\ 10) is Elixir around this.
registerBif('elixir_integer', 'digits', 2, ([n, b]) => digits(n, b));

function undigits(l: Term, base: Term): Term {
  const ds = properList(l);
  if (ds === null || !isInteger(base) || base < 2) functionClause();
  const b = toBig(base);
  let acc = 0n;
  for (const d of ds) {
    if (!isInteger(d)) functionClause();
    if (toBig(d) >= b) raise('ArgumentError', `invalid digit ${d} in base ${base}`);
    acc = acc * b + toBig(d);
  }
  return normalizeInteger(acc);
}
defInt('undigits', 1, ([l]) => undigits(l, 10));
defInt('undigits', 2, ([l, b]) => undigits(l, b));

/** The longest integer prefix, like Integer.parse/2: {int, rest} or :error. */
function parse(s: Term, base: Term): Term {
  if (!(s instanceof Bin)) functionClause();
  if (typeof base !== 'number' || base < 2 || base > 36) raise('ArgumentError', `invalid base ${String(base)}`);
  const bytes = s.bytes;
  let i = 0;
  let neg = false;
  if (bytes[0] === 0x2b || bytes[0] === 0x2d) {
    neg = bytes[0] === 0x2d;
    i = 1;
  }
  const start = i;
  let acc = 0n;
  const b = BigInt(base);
  for (; i < bytes.length; i++) {
    const d = parseInt(String.fromCharCode(bytes[i]), 36);
    if (Number.isNaN(d) || d >= base) break;
    acc = acc * b + BigInt(d);
  }
  if (i === start) return ERROR;
  return [normalizeInteger(neg ? -acc : acc), Bin.fromBytes(bytes.slice(i))];
}
// Integer.parse/1,2 is Elixir (lib/function.ex) around this native.
registerBif('elixir_integer', 'parse', 2, ([s, b]) => parse(s, b));

defInt('pow', 2, ([a, b]) => {
  if (!isInteger(a) || !isInteger(b)) functionClause();
  if (b < 0) badarith();
  return normalizeInteger(toBig(a) ** toBig(b));
});
defInt('gcd', 2, ([a, b]) => {
  if (!isInteger(a) || !isInteger(b)) functionClause();
  let x = toBig(a) < 0n ? -toBig(a) : toBig(a);
  let y = toBig(b) < 0n ? -toBig(b) : toBig(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return normalizeInteger(x);
});

function intPair(a: Term, b: Term): [bigint, bigint] {
  if (!isInteger(a) || !isInteger(b) || b === 0) badarith();
  return [toBig(a), toBig(b)];
}
defInt('mod', 2, ([a, b]) => {
  const [x, y] = intPair(a, b);
  const r = x % y;
  return normalizeInteger(r !== 0n && r < 0n !== y < 0n ? r + y : r);
});
defInt('floor_div', 2, ([a, b]) => {
  const [x, y] = intPair(a, b);
  const q = x / y;
  return normalizeInteger(x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q);
});

// ---------------------------------------------------------------------------------------------
// Float

function floatArg(f: Term): number {
  if (!(f instanceof Float)) functionClause();
  return f.value;
}

function precisionArg(p: Term): number {
  if (typeof p !== 'number') functionClause();
  if (p < 0 || p > 15) raise('ArgumentError', `precision ${p} is out of valid range of 0..15`);
  return p;
}

/** The exact value of a finite double as num / den, den a power of two, num signed. */
function exact(x: number): { num: bigint; den: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  let mant = biased === 0 ? frac : frac | (1n << 52n);
  if (bits >> 63n) mant = -mant;
  const e = (biased === 0 ? 1 : biased) - 1075;
  return e >= 0 ? { num: mant << BigInt(e), den: 1n } : { num: mant, den: 1n << BigInt(-e) };
}

type Rounding = 'half_up' | 'ceil' | 'floor';

/** Rounds x to `precision` decimals from its exact value; the sign of zero is kept. */
function roundDecimal(x: number, precision: number, mode: Rounding): number {
  if (x === 0) return x;
  const { num, den } = exact(x);
  const scaledNum = num * 10n ** BigInt(precision);
  let q = scaledNum / den; // truncated toward zero
  const r = scaledNum % den;
  if (r !== 0n) {
    const neg = scaledNum < 0n;
    if (mode === 'ceil' && !neg) q += 1n;
    else if (mode === 'floor' && neg) q -= 1n;
    else if (mode === 'half_up') {
      const twice = (r < 0n ? -r : r) * 2n;
      if (twice >= den) q += neg ? -1n : 1n;
    }
  }
  const text = (q < 0n ? '-' : '') + (q < 0n ? -q : q).toString().padStart(precision + 1, '0');
  const withPoint = precision > 0 ? text.slice(0, text.length - precision) + '.' + text.slice(text.length - precision) : text;
  const result = Number(withPoint);
  // A negative value that rounds to zero stays negative zero, as on the BEAM.
  return result === 0 && x < 0 ? -0 : result;
}

function rounder(mode: Rounding) {
  return (f: Term, p: Term): Term => {
    const x = floatArg(f);
    const precision = precisionArg(p);
    // Float.round(f, 0) goes through :erlang.round/1, an integer, so zero loses its sign.
    if (mode === 'half_up' && precision === 0) return new Float(Math.sign(x) * Math.round(Math.abs(x)) + 0);
    return new Float(roundDecimal(x, precision, mode));
  };
}
// Float.round/ceil/floor(float, precision \\ 0) are Elixir around these.
for (const [name, mode] of [['round', 'half_up'], ['ceil', 'ceil'], ['floor', 'floor']] as const) {
  const fn = rounder(mode);
  registerBif('elixir_float', name, 2, ([f, p]) => fn(f, p));
}

defFloat('to_string', 1, ([f]) => Bin.fromString(formatFloatShortest(floatArg(f))));
defFloat('to_charlist', 1, ([f]) => charlist(formatFloatShortest(floatArg(f))));

/** Float.parse/1: the longest prefix that reads as a float, an integer counting as one. */
defFloat('parse', 1, ([s]) => {
  if (!(s instanceof Bin)) functionClause();
  const text = s.text ?? String.fromCharCode(...s.bytes);
  const m = /^[+-]?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text);
  if (m === null) return ERROR;
  const x = Number(m[0]);
  if (!Number.isFinite(x)) return ERROR;
  const restBytes = s.bytes.slice(m[0].length);
  return [new Float(x), Bin.fromBytes(restBytes)];
});

defFloat('ratio', 1, ([f]) => {
  const x = floatArg(f);
  if (x === 0) return [0, 1];
  let { num, den } = exact(x);
  while (den > 1n && num % 2n === 0n) {
    num /= 2n;
    den /= 2n;
  }
  return [normalizeInteger(num), normalizeInteger(den)];
});

defFloat('pow', 2, ([a, b]) => {
  const x = floatArg(a);
  if (typeof b !== 'number' && !(b instanceof Float) && typeof b !== 'bigint') functionClause();
  const y = b instanceof Float ? b.value : Number(b);
  const r = Math.pow(x, y);
  if (Number.isNaN(r)) badarith();
  return mkFloat(r);
});
defFloat('max_finite', 0, () => new Float(Number.MAX_VALUE));
defFloat('min_finite', 0, () => new Float(-Number.MAX_VALUE));
