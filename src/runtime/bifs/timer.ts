// The pure conversions of :timer (seconds/1, minutes/1, hours/1, hms/3): milliseconds, as
// timer.erl computes them. Sleeping and timers that send live with the processes (vm/natives.ts).
import { registerBif } from './registry.ts';
import { normalizeInteger, type Term } from '../terms/types.ts';
import { badarith } from './util.ts';

function ms(t: Term, factor: number): Term {
  if (typeof t === 'number') return t * factor;
  if (typeof t === 'bigint') return t * BigInt(factor);
  return badarith();
}

registerBif('timer', 'seconds', 1, ([s]) => ms(s, 1000));
registerBif('timer', 'minutes', 1, ([m]) => ms(m, 60_000));
registerBif('timer', 'hours', 1, ([h]) => ms(h, 3_600_000));
registerBif('timer', 'hms', 3, ([h, m, s]) => {
  const parts = [ms(h, 3_600_000), ms(m, 60_000), ms(s, 1000)] as (number | bigint)[];
  return normalizeInteger(parts.reduce<bigint>((a, b) => a + BigInt(b), 0n));
});
