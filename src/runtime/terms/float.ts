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

export function formatFloat(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  if (!Number.isFinite(value)) throw new RangeError('not a finite float: ' + value);
  const negative = value < 0;
  const { digits, place } = shortestDigits(Math.abs(value));
  const text = insertDecimal(place, digits);
  return negative ? '-' + text : text;
}

// io_lib_format:insert_decimal/2: fixed notation unless the exponent form is shorter.
function insertDecimal(place: number, s: string): string {
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
  // OTP 25 writes every float below 1.0e16 in fixed notation, however many zeros that takes.
  if (place <= 16) return s + '0'.repeat(place - l) + '.0';
  return insertExp(expText, s);
}

function insertExp(expText: string, s: string): string {
  if (s.length === 1) return s + '.0e' + expText;
  return s[0] + '.' + s.slice(1) + 'e' + expText;
}
