// Float text as Erlang's io_lib_format:fwrite_g/1 writes it, which is what Elixir's inspect,
// to_string and interpolation show: the shortest digits that read back as the same float. Floats
// from 0.1 up to 1.0e16 are written in fixed notation (1000.0, 10000000000.0); smaller ones use
// an exponent when that is shorter (0.0001 but 1.0e-5 and 1.23e-4); 1.0e16 and up always use one.
// JavaScript's own shortest round-trip digits are the same digits.

/** The shortest digits and the decimal point position: value = 0.DIGITS * 10^place. */
function shortestDigits(x: number): { digits: string; place: number } {
  const e = x.toExponential(); // shortest round-trip, e.g. "1.2345e+2"
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e) as RegExpExecArray;
  let digits = m[1] + (m[2] ?? '');
  digits = digits.replace(/0+$/, '') || '0';
  return { digits, place: Number(m[3]) + 1 };
}

/** The float as inspect/2 writes it (io_lib_format:fwrite_g/1). */
export function formatFloat(value: number): string {
  return write(value, 16);
}

/**
 * The float as to_string/1 and interpolation write it (:erlang.float_to_binary(f, [:short])):
 * the same digits, but 1.0e10 rather than 10000000000.0, as the exponent form is shorter.
 */
export function formatFloatShortest(value: number): string {
  return write(value, 0);
}

function write(value: number, fixedUpTo: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  if (!Number.isFinite(value)) throw new RangeError('not a finite float: ' + value);
  const negative = value < 0;
  const { digits, place } = shortestDigits(Math.abs(value));
  const text = insertDecimal(place, digits, fixedUpTo, Math.abs(value) < 2 ** 53);
  return negative ? '-' + text : text;
}

// io_lib_format:insert_decimal/2: fixed notation unless the exponent form is shorter, except
// that places up to fixedUpTo always use fixed notation.
// float_to_binary/2 writes whole numbers in fixed notation only while they are exact (below 2^53).
function insertDecimal(place: number, s: string, fixedUpTo: number, exactInteger: boolean): string {
  const l = s.length;
  if (place === 0) return '0.' + s;
  if (place > 0 && place < l) return s.slice(0, place) + '.' + s.slice(place);
  const expText = String(place - 1);
  const expDot = l === 1 ? 2 : 1;
  const expCost = expText.length + 1 + expDot;
  if (place < 0) {
    if (2 - place <= expCost) return '0.' + '0'.repeat(-place) + s;
    return insertExp(expText, s);
  }
  // fwrite_g on OTP 25 writes every float below 1.0e16 in fixed notation, however many zeros.
  if (place <= fixedUpTo || (exactInteger && place - l + 2 <= expCost)) return s + '0'.repeat(place - l) + '.0';
  return insertExp(expText, s);
}

function insertExp(expText: string, s: string): string {
  if (s.length === 1) return s + '.0e' + expText;
  return s[0] + '.' + s.slice(1) + 'e' + expText;
}
