// Float to text exactly as Erlang writes it. Two families:
//  - the shortest text that reads back as the same float (io_lib_format:fwrite_g/1, which is
//    Elixir's Float.to_string/1 and float_to_binary(F, [short])): JS's own shortest digits
//    placed with Erlang's rule for when to switch to an exponent;
//  - fixed precision (float_to_binary with {decimals, N} or {scientific, N}), rounded from
//    the float's exact binary value, computed with BigInt so no digit is lost.

/** Shortest digits d1d2...dn and place p such that |x| = 0.d1d2...dn * 10^p. */
function shortestDigits(x: number): { digits: string; place: number } {
  const [mant, exp] = Math.abs(x).toExponential().split('e');
  return { digits: mant.replace('.', ''), place: Number(exp) + 1 };
}

/** io_lib_format:insert_decimal/2: plain decimal unless an exponent is shorter. */
function insertDecimal(place: number, s: string): string {
  if (place === 0) return '0.' + s;
  const l = s.length;
  if (place < 0 || place >= l) {
    const expL = String(place - 1);
    const expCost = expL.length + 1 + (l === 1 ? 2 : 1);
    if (place < 0) {
      if (2 - place <= expCost) return '0.' + '0'.repeat(-place) + s;
      return insertExp(expL, s);
    }
    if (place - l + 2 <= expCost) return s + '0'.repeat(place - l) + '.0';
    return insertExp(expL, s);
  }
  return s.slice(0, place) + '.' + s.slice(place);
}

function insertExp(expL: string, s: string): string {
  if (s.length === 1) return s + '.0e' + expL;
  return s[0] + '.' + s.slice(1) + 'e' + expL;
}

/** Elixir's Float.to_string/1 (io_lib_format:fwrite_g/1). */
export function formatFloatShortest(x: number): string {
  const neg = x < 0 || Object.is(x, -0);
  if (x === 0) return neg ? '-0.0' : '0.0';
  const { digits, place } = shortestDigits(x);
  return (neg ? '-' : '') + insertDecimal(place, digits);
}

/** The exact value of a finite double as num / den with den a power of two. */
function exactRational(x: number): { num: bigint; den: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const mant = biased === 0 ? frac : frac | (1n << 52n);
  const exp = (biased === 0 ? 1 : biased) - 1075;
  return exp >= 0 ? { num: mant << BigInt(exp), den: 1n } : { num: mant, den: 1n << BigInt(-exp) };
}

/** num / den rounded to the nearest integer; ties to even (C's printf) or away from zero. */
function roundDiv(num: bigint, den: bigint, tiesAway = false): bigint {
  const q = num / den;
  const r2 = (num % den) * 2n;
  if (r2 > den || (r2 === den && (tiesAway || (q & 1n) === 1n))) return q + 1n;
  return q;
}

/** float_to_binary's {decimals, N}: Erlang's own formatter, which rounds ties away from zero. */
export function formatFixed(x: number, decimals: number): string {
  const neg = x < 0 || Object.is(x, -0);
  const { num, den } = exactRational(x);
  const q = roundDiv(num * 10n ** BigInt(decimals), den, true);
  let digits = q.toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = digits.slice(0, digits.length - decimals) + '.' + digits.slice(digits.length - decimals);
  }
  return (neg ? '-' : '') + digits;
}

/** printf("%.*e", precision, x): at least two exponent digits, as C writes them. */
export function formatScientific(x: number, precision: number): string {
  const neg = x < 0 || Object.is(x, -0);
  let mantissa: string;
  let e: number;
  if (x === 0) {
    mantissa = '0'.repeat(precision + 1);
    e = 0;
  } else {
    const { num, den } = exactRational(x);
    e = Number(Math.abs(x).toExponential().split('e')[1]);
    const scaled = (exp: number): bigint => {
      const shift = precision - exp;
      return shift >= 0 ? roundDiv(num * 10n ** BigInt(shift), den) : roundDiv(num, den * 10n ** BigInt(-shift));
    };
    let q = scaled(e);
    const low = 10n ** BigInt(precision);
    if (q < low) q = scaled(--e);
    if (q >= low * 10n) q = scaled(++e);
    mantissa = q.toString();
  }
  const body = precision > 0 ? mantissa[0] + '.' + mantissa.slice(1) : mantissa;
  const expText = String(Math.abs(e)).padStart(2, '0');
  return (neg ? '-' : '') + body + 'e' + (e < 0 ? '-' : '+') + expText;
}

/** float_to_binary's `compact`: drop trailing zeros of the fraction, keeping one digit. */
export function compactFixed(text: string): string {
  const dot = text.indexOf('.');
  if (dot < 0) return text;
  let end = text.length;
  while (end > dot + 2 && text[end - 1] === '0') end--;
  return text.slice(0, end);
}
