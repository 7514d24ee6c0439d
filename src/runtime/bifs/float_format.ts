// Float to text exactly as Erlang writes it. Two families:
//  - the shortest text that reads back as the same float (Elixir's Float.to_string/1 and
//    float_to_binary(F, [short])), from the terms module;
//  - fixed precision (float_to_binary with {decimals, N} or {scientific, N}), rounded from
//    the float's exact binary value, computed with BigInt so no digit is lost.

/**
 * Elixir's Float.to_string/1 and float_to_binary(F, [short]): the terms module writes it, with
 * the rule OTP 25 follows for whole numbers (fixed notation only below 2^53).
 */
export { formatFloatShortest } from '../terms/float.ts';

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
