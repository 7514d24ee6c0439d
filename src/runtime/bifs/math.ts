// The :math natives: arguments are integers or floats, results are floats, and a result
// outside the reals (sqrt(-1), log(0)) or an overflow fails with badarith as on the BEAM.
// https://www.erlang.org/doc/man/math.html
import { registerBif } from './registry.ts';
import { Float, type Term } from '../terms/types.ts';
import { badarg, badarith, isNumber, mkFloat, toJsNumber } from './util.ts';

function num(t: Term): number {
  if (!isNumber(t)) badarg();
  return toJsNumber(t);
}

function unary(name: string, fn: (x: number) => number): void {
  registerBif('math', name, 1, ([a]) => {
    const r = fn(num(a));
    if (Number.isNaN(r)) badarith();
    return mkFloat(r);
  });
}

function binary(name: string, fn: (x: number, y: number) => number): void {
  registerBif('math', name, 2, ([a, b]) => {
    const r = fn(num(a), num(b));
    if (Number.isNaN(r)) badarith();
    return mkFloat(r);
  });
}

registerBif('math', 'pi', 0, () => new Float(Math.PI));
registerBif('math', 'e', 0, () => new Float(Math.E));
registerBif('math', 'tau', 0, () => new Float(2 * Math.PI));
unary('sqrt', Math.sqrt);
unary('exp', Math.exp);
unary('log', (x) => (x <= 0 ? NaN : Math.log(x)));
unary('log2', (x) => (x <= 0 ? NaN : Math.log2(x)));
unary('log10', (x) => (x <= 0 ? NaN : Math.log10(x)));
unary('sin', Math.sin);
unary('cos', Math.cos);
unary('tan', Math.tan);
unary('asin', Math.asin);
unary('acos', Math.acos);
unary('atan', Math.atan);
unary('sinh', Math.sinh);
unary('cosh', Math.cosh);
unary('tanh', Math.tanh);
unary('asinh', Math.asinh);
unary('acosh', Math.acosh);
unary('atanh', Math.atanh);
unary('floor', Math.floor);
unary('ceil', Math.ceil);
unary('erf', erf);
unary('erfc', (x) => 1 - erf(x));
binary('pow', Math.pow);
binary('atan2', Math.atan2);
binary('fmod', (x, y) => (y === 0 ? NaN : x % y));

/** Abramowitz-Stegun 7.1.26 is too coarse; this series/continued fraction pair is accurate. */
function erf(x: number): number {
  const t = Math.abs(x);
  if (t < 2.5) {
    let sum = t;
    let term = t;
    for (let n = 1; n < 100; n++) {
      term *= (-t * t) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return Math.sign(x) * ((2 / Math.sqrt(Math.PI)) * sum);
  }
  let f = 0;
  for (let n = 60; n >= 1; n--) f = n / 2 / (t + f);
  const erfc = Math.exp(-t * t) / Math.sqrt(Math.PI) / (t + f);
  return Math.sign(x) * (1 - erfc);
}
